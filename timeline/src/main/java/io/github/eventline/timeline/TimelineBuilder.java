package io.github.eventline.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.eventline.core.Assertion;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.order.TimelineOrder;
import io.github.eventline.timeline.parallel.Parallel;
import java.util.BitSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Builds a {@link Timeline}: the story, given to {@link Timeline#builder(Story)}, then any of the
 * settings, each of which combines with the others. Each setting may be set once; the builder
 * stays usable after {@link #build()}. Not thread-safe; the timelines it builds are.
 *
 * <p>The build judges up front only the verdicts the temporal network needs (same-as, timings and
 * relations), solves the network, laid out so that its conflicts do not depend on the order the
 * story lists its events and assertions in, and orders the events; the other verdicts are made when
 * first asked for.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.builder(story)
 *     .policy(ReconciliationPolicy.latestStatement())
 *     .dropWeakest()
 *     .executor(Runnable::run)
 *     .build();
 * }</pre>
 */
public final class TimelineBuilder {
  private final Story story;
  private ReconciliationPolicy policy;
  private Predicate<? super Assertion> accepted;
  private boolean dropWeakest;
  private Executor executor;

  TimelineBuilder(Story story) {
    this.story = story;
  }

  /**
   * Sets the reconciliation policy (default {@link ReconciliationPolicy#defaults()}): it makes the
   * verdicts, which by default say which {@code Timing} and {@code Relation} assertions constrain
   * time, and its reliabilities rank the weakest assertion of a conflict.
   *
   * @param policy  the policy, not null
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public TimelineBuilder policy(ReconciliationPolicy policy) {
    requireNonNull(policy, "policy");
    if (this.policy != null) {
      throw new IllegalStateException("policy was already set; call it once");
    }
    this.policy = policy;
    return this;
  }

  /**
   * Sets which assertions are taken as true, whatever the verdicts on them (default: those that
   * support a verdict the policy accepts). Only their {@code Timing} and {@code Relation} claims
   * constrain time; besides them, every positive, certain report that an event occurred bounds
   * its start by the report's stated time (unless withdrawn or a forecast). The verdicts are
   * still the policy's.
   *
   * @param accepted  the test, not null
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public TimelineBuilder accepting(Predicate<? super Assertion> accepted) {
    requireNonNull(accepted, "accepted");
    if (this.accepted != null) {
      throw new IllegalStateException("accepting was already set; call it once");
    }
    this.accepted = accepted;
    return this;
  }

  /**
   * Makes each conflict drop only its weakest assertion: the one stated by the fewest sources,
   * then by the least reliable ones (a source with no stated reliability counts as the policy's
   * {@linkplain ReconciliationPolicy#fallbackReliability fallback}), then the least certain. The
   * default sets aside every assertion of the cycle.
   *
   * @return this builder
   */
  public TimelineBuilder dropWeakest() {
    this.dropWeakest = true;
    return this;
  }

  /**
   * Sets the executor that runs the independent parts of a large build (from 65,536 assertions
   * or 32,768 events), one part at a time while the calling thread runs another; default the
   * {@linkplain ForkJoinPool#commonPool() common pool}. {@code Runnable::run} keeps the whole
   * build on the calling thread, as a task of a distributed engine (a Spark task) should, so as
   * not to take more cores than the engine gave it. The timeline is the same whatever the
   * executor. A part that no thread of the executor has started when the build needs it is run
   * by the calling thread, as is a part the executor rejects: a busy executor delays nothing.
   *
   * @param executor  the executor, not null
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public TimelineBuilder executor(Executor executor) {
    requireNonNull(executor, "executor");
    if (this.executor != null) {
      throw new IllegalStateException("executor was already set; call it once");
    }
    this.executor = executor;
    return this;
  }

  /**
   * Builds the timeline; settings left unset keep their defaults. The result does not depend on
   * the order of the story's elements.
   *
   * @return the timeline, not null
   */
  public Timeline build() {
    return build(story, new Settings(
        policy == null ? ReconciliationPolicy.defaults() : policy,
        accepted,
        dropWeakest,
        executor == null ? ForkJoinPool.commonPool() : executor));
  }

  /** The settings of a build; {@code accepted} null for the assertions the verdicts accept. */
  record Settings(
      ReconciliationPolicy policy, Predicate<? super Assertion> accepted, boolean dropWeakest, Executor executor) {}

  /** Builds the timeline of a story with settings. */
  static Timeline build(Story story, Settings settings) {
    ReconciliationPolicy policy = settings.policy;
    Supplier<Reconciliation> reconciliation = Suppliers.memoize(() -> Reconciliation.of(story, policy));
    TimelineOptions.Builder options = TimelineOptions.builder().policy(policy).executor(settings.executor);
    if (settings.dropWeakest) {
      options.dropWeakest();
    }
    if (settings.accepted != null) {
      options.accepting(settings.accepted);
      return assemble(story, options.build(), settings, reconciliation, null, null);
    }
    // The network needs only which timings and relations are accepted: those are judged now, the
    // rest of the verdicts when first asked for.
    options.accepting(a -> reconciliation.get().isAccepted(a.id()));
    // Each event id of a claim is looked up once, for both the verdicts and the network.
    StoryIndex index = new StoryIndex(story, settings.executor);
    Supplier<IntPredicate> acceptedAt;
    if (story.assertions().size() >= Parallel.THRESHOLD) {
      // The verdicts are judged by the executor while this thread lays out the network's events.
      Parallel.Forked<BitSet> verdicts =
          Parallel.fork(settings.executor, () -> Reconciliation.acceptedTimesAndRelations(story, policy, index));
      acceptedAt = () -> acceptance(verdicts.join(), reconciliation);
    } else {
      BitSet accepted = Reconciliation.acceptedTimesAndRelations(story, policy, index);
      acceptedAt = () -> acceptance(accepted, reconciliation);
    }
    return assemble(story, options.build(), settings, reconciliation, acceptedAt, index);
  }

  /** The test of acceptance by position: the up-front verdicts if made (not null), else the full reconciliation's. */
  private static IntPredicate acceptance(BitSet accepted, Supplier<Reconciliation> reconciliation) {
    return accepted != null ? accepted::get : reconciliation.get()::isAcceptedAt;
  }

  /**
   * Builds the timeline; {@code acceptedAt} gives, once the network has laid out the events, the
   * options' test of acceptance by position in the story's assertions, or null for the options' own;
   * {@code index}, if not null, is the story's index (in the story's order).
   */
  private static Timeline assemble(
      Story story, TimelineOptions options, Settings settings, Supplier<Reconciliation> reconciliation,
      Supplier<IntPredicate> acceptedAt, StoryIndex index) {
    SolvedNetwork net = index != null ? SolvedNetwork.forTimeline(story, options, index, acceptedAt)
        : SolvedNetwork.forTimeline(story, options);
    int[] order = TimelineOrder.order(net);
    return new Timeline(story, options, settings, net, order, net.qualitative(), reconciliation);
  }
}
