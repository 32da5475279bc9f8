package io.github.eventline.timeline.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Independent parts of building a large timeline, run at once: one on the common {@link
 * ForkJoinPool}, the other on the calling thread. Each part reads shared data that nothing writes
 * meanwhile and writes only its own, so the result is the one a single thread gets. When the pool
 * has no free worker, the calling thread runs the forked part itself when it waits for it. An
 * exception of a forked part reaches the caller as it was thrown, when the caller waits for it.
 */
public final class Parallel {

  /** Below this many points or assertions, a second thread costs more than it saves. */
  public static final int THRESHOLD = 1 << 16;

  private Parallel() {}

  /**
   * A part started on the common pool.
   *
   * @param <T> the type of its result
   */
  public static final class Forked<T> {
    private final ForkJoinTask<?> task;
    private T result;
    private Throwable failure;

    private Forked(Supplier<T> part) {
      this.task = ForkJoinTask.adapt(() -> {
        try {
          result = part.get();
        } catch (RuntimeException | Error e) {
          // Kept to be thrown as it is by join(), not as the copy ForkJoinTask.join() makes.
          failure = e;
        }
      });
    }

    /**
     * Waits for the part (running it on this thread if no worker took it yet).
     *
     * @return its result
     * @throws RuntimeException  what the part threw
     * @throws Error  what the part threw
     */
    public T join() {
      task.quietlyJoin();
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
   * Starts a part on the common pool.
   *
   * @param part  the part, not null
   * @return the started part, to {@link Forked#join} for its result
   */
  public static <T> Forked<T> fork(Supplier<T> part) {
    Forked<T> forked = new Forked<>(part);
    ForkJoinPool.commonPool().execute(forked.task);
    return forked;
  }

  /**
   * Runs {@code forked} on the common pool and {@code here} on this thread, and waits for both;
   * the first failure is thrown, with the other's, if any, suppressed in it.
   */
  public static void both(Runnable forked, Runnable here) {
    Forked<Void> task = fork(() -> {
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
