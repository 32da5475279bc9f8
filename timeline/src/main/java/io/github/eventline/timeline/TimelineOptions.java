package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Polarity;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * How {@link Timeline#build(io.github.eventline.core.Story, TimelineOptions)} builds a timeline:
 * which assertions it takes as true, what it does about a conflict, which policy reconciles the
 * verdicts, and which executor runs the independent parts of a large build.
 *
 * <p>By default every {@code Timing} and {@code Relation} claim of an assertion with positive
 * polarity is accepted, whatever its certainty, each conflict sets aside every assertion of its
 * cycle, the verdicts are those of {@link ReconciliationPolicy#defaults()}, and a large build uses
 * the {@linkplain ForkJoinPool#commonPool() common pool}. {@link Timeline#builder} takes the same
 * settings and, unless told otherwise, accepts the assertions the verdicts accept; the
 * timeline uses only those (the modeller's own {@code when} of each event is always used, unless a
 * conflict sets it aside).
 *
 * <pre>{@code
 * Reconciliation reconciliation = Reconciliation.of(story);
 * Timeline timeline = Timeline.build(story, TimelineOptions.builder()
 *     .accepting(a -> reconciliation.isAccepted(a.id()))
 *     .dropWeakest()
 *     .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe if the predicate is.
 */
public final class TimelineOptions {

  private static final Predicate<Assertion> POSITIVE = a -> a.factuality().polarity() == Polarity.POSITIVE;
  private static final TimelineOptions DEFAULTS =
      new TimelineOptions(POSITIVE, false, ReconciliationPolicy.defaults(), ForkJoinPool.commonPool());

  private final Predicate<? super Assertion> accepted;
  private final boolean dropWeakest;
  private final ReconciliationPolicy policy;
  private final Executor executor;

  private TimelineOptions(
      Predicate<? super Assertion> accepted, boolean dropWeakest, ReconciliationPolicy policy, Executor executor) {
    this.accepted = accepted;
    this.dropWeakest = dropWeakest;
    this.policy = policy;
    this.executor = executor;
  }

  /**
   * Returns the default options: assertions of positive polarity are accepted, and a conflict sets
   * aside every assertion of its cycle.
   *
   * @return the options, not null
   */
  public static TimelineOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns which assertions are taken as true; by default those of positive polarity.
   *
   * @return the predicate, not null
   */
  public Predicate<? super Assertion> accepted() {
    return accepted;
  }

  /**
   * Checks if a conflict drops only its weakest assertion (fewest sources, then least reliable,
   * then least certain) rather than setting aside every assertion of its cycle.
   *
   * @return true if only the weakest is dropped
   */
  public boolean isDropWeakest() {
    return dropWeakest;
  }

  /**
   * Returns the policy that reconciles the verdicts ({@link Timeline#verdicts()}) and whose
   * reliabilities rank the weakest assertion of a conflict; by default
   * {@link ReconciliationPolicy#defaults()}.
   *
   * @return the policy, not null
   */
  public ReconciliationPolicy policy() {
    return policy;
  }

  /**
   * Returns the executor that runs the independent parts of a large build (from 65,536 assertions
   * or 32,768 events): one part at a time is handed to it while the calling thread runs another.
   * By default the {@linkplain ForkJoinPool#commonPool() common pool}; {@code Runnable::run} keeps
   * every part on the calling thread.
   *
   * @return the executor, not null
   */
  public Executor executor() {
    return executor;
  }

  @Override
  public String toString() {
    return "TimelineOptions[" + (accepted == POSITIVE ? "positive assertions" : "custom acceptance") + ", "
        + (dropWeakest ? "drop the weakest" : "set aside the cycle") + ", " + policy.method().label() + ", "
        + (executor == ForkJoinPool.commonPool() ? "common pool" : "custom executor") + "]";
  }

  /**
   * Builds {@link TimelineOptions}. Each setting may be set once; the builder stays usable after
   * {@link #build()}.
   */
  public static final class Builder {
    private Predicate<? super Assertion> accepted;
    private boolean dropWeakest;
    private ReconciliationPolicy policy;
    private Executor executor;

    private Builder() {}

    /**
     * Sets which assertions are taken as true (default: those of positive polarity). Only their
     * {@code Timing} and {@code Relation} claims constrain time; besides them, every positive,
     * certain report that an event occurred bounds its start by the report's stated time, whatever
     * this test says (unless withdrawn or a forecast: see {@code docs/temporal.md}).
     *
     * @param accepted  the test, not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder accepting(Predicate<? super Assertion> accepted) {
      requireNonNull(accepted, "accepted");
      if (this.accepted != null) {
        throw new IllegalStateException("accepting was already set; call it once");
      }
      this.accepted = accepted;
      return this;
    }

    /**
     * Makes each conflict drop only its weakest assertion: the one stated by the fewest sources,
     * then by the least reliable ones (a source with no stated reliability counts as the
     * {@linkplain ReconciliationPolicy#fallbackReliability policy says}), then the
     * least certain. The default sets aside every assertion of the cycle.
     *
     * @return this builder
     */
    public Builder dropWeakest() {
      this.dropWeakest = true;
      return this;
    }

    /**
     * Sets the policy that reconciles the verdicts and whose reliabilities rank the weakest
     * assertion of a conflict (default {@link ReconciliationPolicy#defaults()}). It does not say
     * which assertions constrain time: {@link #accepting} does.
     *
     * @param policy  the policy, not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder policy(ReconciliationPolicy policy) {
      requireNonNull(policy, "policy");
      if (this.policy != null) {
        throw new IllegalStateException("policy was already set; call it once");
      }
      this.policy = policy;
      return this;
    }

    /**
     * Sets the executor that runs the independent parts of a large build (default the {@linkplain
     * ForkJoinPool#commonPool() common pool}); {@code Runnable::run} runs the whole build on the
     * calling thread, as a task of a distributed engine should. The result is the same whatever the
     * executor. A part that no thread of the executor has started when the build needs it is run
     * by the calling thread, as is a part the executor rejects, so a saturated executor delays
     * nothing.
     *
     * @param executor  the executor, not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder executor(Executor executor) {
      requireNonNull(executor, "executor");
      if (this.executor != null) {
        throw new IllegalStateException("executor was already set; call it once");
      }
      this.executor = executor;
      return this;
    }

    /**
     * Builds the options; settings left unset keep their defaults.
     *
     * @return the options, not null
     */
    public TimelineOptions build() {
      return new TimelineOptions(
          accepted == null ? POSITIVE : accepted,
          dropWeakest,
          policy == null ? ReconciliationPolicy.defaults() : policy,
          executor == null ? ForkJoinPool.commonPool() : executor);
    }
  }
}
