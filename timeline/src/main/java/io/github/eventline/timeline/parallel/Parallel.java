package io.github.eventline.timeline.parallel;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Independent parts of building a large timeline, run at once: one handed to the build's {@link
 * Executor}, the other run on the calling thread. Each part reads shared data that nothing writes
 * meanwhile and writes only its own, so the result is the one a single thread gets. A part that no
 * thread of the executor has started when the caller waits for it is run by the caller (so a busy
 * or saturated executor never blocks the build), as is a part the executor rejects. With {@code
 * Runnable::run} as the executor every part runs on the calling thread, one after the other. An
 * exception of a forked part reaches the caller as it was thrown, when the caller waits for it.
 */
public final class Parallel {

  /** Below this many points or assertions, a second thread costs more than it saves. */
  public static final int THRESHOLD = 1 << 16;

  /** The executor that runs every part on the calling thread. */
  public static final Executor CALLER = Runnable::run;

  private Parallel() {}

  /**
   * A part handed to an executor; run once, by whichever thread claims it first. What the executor
   * holds is only the claim, emptied once taken: a task an executor keeps queued (or never runs)
   * holds on to neither the part nor its result.
   *
   * @param <T> the type of its result
   */
  public static final class Forked<T> {
    /** This part until a thread claims it, then null. */
    private final AtomicReference<Forked<T>> claim = new AtomicReference<>(this);
    private final CountDownLatch done = new CountDownLatch(1);
    private Supplier<T> part;
    private T result;
    private Throwable failure;

    private Forked(Supplier<T> part) {
      this.part = part;
    }

    /** The task for the executor: runs the part unless another thread has claimed it. */
    private static <T> Runnable task(AtomicReference<Forked<T>> claim) {
      return () -> {
        Forked<T> forked = claim.getAndSet(null);
        if (forked != null) {
          forked.runPart();
        }
      };
    }

    private void runPart() {
      Supplier<T> p = part;
      part = null;
      try {
        result = p.get();
      } catch (RuntimeException | Error e) {
        // Kept to be thrown as it is by join(), on the caller's thread.
        failure = e;
      } finally {
        done.countDown();
      }
    }

    /**
     * Waits for the part, running it on this thread if no thread of the executor has started it.
     *
     * @return its result
     * @throws RuntimeException  what the part threw
     * @throws Error  what the part threw
     */
    public T join() {
      if (claim.getAndSet(null) != null) {
        runPart();
      }
      Uninterruptibles.awaitUninterruptibly(done);
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }

  /**
   * Hands a part to an executor.
   *
   * @param executor  the executor, not null
   * @param part  the part, not null
   * @return the part, to {@link Forked#join} for its result
   */
  public static <T> Forked<T> fork(Executor executor, Supplier<T> part) {
    requireNonNull(executor, "executor");
    Forked<T> forked = new Forked<>(requireNonNull(part, "part"));
    try {
      executor.execute(Forked.task(forked.claim));
    } catch (RejectedExecutionException e) {
      // The part is still unclaimed: join() runs it on the caller's thread.
    }
    return forked;
  }

  /**
   * Hands {@code forked} to an executor and runs {@code here} on this thread, and waits for both;
   * the first failure is thrown, with the other's, if any, suppressed in it.
   */
  public static void both(Executor executor, Runnable forked, Runnable here) {
    Forked<Void> task = fork(executor, () -> {
      forked.run();
      return null;
    });
    Throwable failure = null;
    try {
      here.run();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    // Waited for even if this thread's part failed: it writes arrays the caller may reuse.
    try {
      task.join();
    } catch (RuntimeException | Error e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }
}
