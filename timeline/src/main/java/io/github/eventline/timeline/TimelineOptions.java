package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Polarity;
import java.util.function.Predicate;

/**
 * How {@link Timeline#build(io.github.eventline.core.Story, TimelineOptions)} builds a timeline:
 * which assertions it takes as true, and what it does about a conflict.
 *
 * <p>By default every {@code Timing} and {@code Relation} claim of an assertion with positive
 * polarity is accepted, whatever its certainty, and each conflict sets aside every assertion of its
 * cycle. {@link Timeline#build(io.github.eventline.core.Story, ReconciliationPolicy)} plugs
 * reconciliation in through {@link Builder#accepting(Predicate)}: it passes the assertions its
 * verdicts accept, and the timeline uses only those (the modeller's own {@code when} of each event
 * is always used, unless a conflict sets it aside).
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
  private static final TimelineOptions DEFAULTS = new TimelineOptions(POSITIVE, false);

  private final Predicate<? super Assertion> accepted;
  private final boolean dropWeakest;

  private TimelineOptions(Predicate<? super Assertion> accepted, boolean dropWeakest) {
    this.accepted = accepted;
    this.dropWeakest = dropWeakest;
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

  @Override
  public String toString() {
    return "TimelineOptions[" + (accepted == POSITIVE ? "positive assertions" : "custom acceptance") + ", "
        + (dropWeakest ? "drop the weakest" : "set aside the cycle") + "]";
  }

  /**
   * Builds {@link TimelineOptions}. Each setting may be set once; the builder stays usable after
   * {@link #build()}.
   */
  public static final class Builder {
    private Predicate<? super Assertion> accepted;
    private boolean dropWeakest;

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
     * then by the least reliable ones (a source with no stated reliability counts 0.5), then the
     * least certain. The default sets aside every assertion of the cycle.
     *
     * @return this builder
     */
    public Builder dropWeakest() {
      this.dropWeakest = true;
      return this;
    }

    /**
     * Builds the options; settings left unset keep their defaults.
     *
     * @return the options, not null
     */
    public TimelineOptions build() {
      return new TimelineOptions(accepted == null ? POSITIVE : accepted, dropWeakest);
    }
  }
}
