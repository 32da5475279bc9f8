package io.github.eventline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.Source;
import io.github.eventline.core.Story;
import io.github.eventline.core.time.IntervalRelation;
import io.github.eventline.core.time.TimeBounds;
import io.github.eventline.timeline.index.StoryIndex;
import io.github.eventline.timeline.network.SolvedNetwork;
import io.github.eventline.timeline.network.TemporalNetwork;
import io.github.eventline.timeline.parallel.Parallel;
import java.time.LocalDate;
import java.time.YearMonth;
import com.google.common.util.concurrent.Uninterruptibles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A story large enough for the build to run parts at once ({@link Parallel#THRESHOLD}) gives the
 * timeline a single thread gives, whatever the executor; with {@code Runnable::run} no other
 * thread runs any part; the parts' failures reach the caller.
 */
class ParallelBuildTest {

  private static final long SEED = 0xA11_2026L;
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

  private static Story story;
  private static int events;

  /**
   * A consistent story of 40,000 events and about 80,000 assertions: each event within one day,
   * stated by that day, its month or not at all; relations between events of different days, two
   * sources disagreeing on some so that verdicts reject a few; timings by month.
   */
  @BeforeAll
  static void story() {
    Random random = new Random(SEED);
    events = 40_000;
    int[] day = new int[events];
    Event[] list = new Event[events];
    for (int i = 0; i < events; i++) {
      day[i] = random.nextInt(2_000);
      Event.Builder e = Event.builder("e" + i, "Event " + i);
      int precision = random.nextInt(4);
      if (precision < 2) {
        e.when(TimeBounds.on(FIRST.plusDays(day[i])));
      } else if (precision == 2) {
        e.when(TimeBounds.in(YearMonth.from(FIRST.plusDays(day[i]))));
      }
      list[i] = e.build();
    }
    Story.Builder b = Story.builder()
        .source(Source.builder("agency", "Agency").reliability(0.9).build(), Source.builder("blog", "Blog").reliability(0.3).build())
        .event(list);
    int k = 0;
    while (k < 2 * events) {
      int x = random.nextInt(events);
      int y = Math.floorMod(x + 1 + random.nextInt(200), events);
      if (day[x] == day[y]) {
        continue;
      }
      boolean before = day[x] < day[y];
      Claim claim = Claim.Relation.of(list[x].id(), before ? IntervalRelation.PRECEDES : IntervalRelation.FOLLOWS, list[y].id());
      b.assertion(Assertion.builder("r" + k++, "agency", claim).build());
      if (random.nextInt(50) == 0) {
        // A weaker source says the opposite: rejected by the verdicts.
        Claim wrong = Claim.Relation.of(list[x].id(), before ? IntervalRelation.FOLLOWS : IntervalRelation.PRECEDES, list[y].id());
        b.assertion(Assertion.builder("w" + k++, "blog", wrong).build());
      }
      if (random.nextInt(10) == 0) {
        b.assertion(Assertion.builder("t" + k++, "agency",
            new Claim.Timing(list[x].id(), TimeBounds.in(YearMonth.from(FIRST.plusDays(day[x]))))).build());
      }
    }
    story = b.build();
    assertThat(story.assertions().size()).isGreaterThanOrEqualTo(Parallel.THRESHOLD);
    assertThat(2 * events).isGreaterThanOrEqualTo(Parallel.THRESHOLD);
  }

  @Test
  void build_ofALargeStory_isTheTimelineOfItsAcceptedAssertions() {
    Timeline timeline = Timeline.build(story);
    Reconciliation full = Reconciliation.of(story);
    Timeline expected = Timeline.build(story, TimelineOptions.builder().accepting(a -> full.isAccepted(a.id())).build());

    assertThat(full.verdicts().stream().filter(v -> v.status() == VerdictStatus.CONTESTED || v.status() == VerdictStatus.REFUTED))
        .as("some relations are rejected, so acceptance matters")
        .isNotEmpty();
    assertThat(timeline.conflicts()).isEmpty();
    assertThat(timeline.events()).isEqualTo(expected.events());
    for (Event e : story.events()) {
      assertThat(timeline.derivedBounds(e.id())).as(e.id().toString()).isEqualTo(expected.derivedBounds(e.id()));
    }
  }

  @Test
  void build_ofALargeStory_everyRelationAccepted_isTheTimelineOfEveryAssertion() {
    // Without the weaker source's contrary relations, every assertion is accepted: the network the
    // build lays out while the verdicts are judged is the one it keeps.
    Story.Builder b = Story.builder().source(story.sources().toArray(new Source[0])).event(story.events().toArray(new Event[0]));
    story.assertions().stream().filter(a -> !a.id().value().startsWith("w")).forEach(b::assertion);
    Story agreed = b.build();
    Timeline timeline = Timeline.build(agreed);
    Timeline expected = Timeline.build(agreed, TimelineOptions.builder().accepting(a -> true).build());

    Reconciliation full = Reconciliation.of(agreed);
    assertThat(agreed.assertions()).allSatisfy(a -> assertThat(full.isAccepted(a.id())).as(a.id().toString()).isTrue());
    assertThat(timeline.conflicts()).isEmpty();
    assertThat(timeline.events()).isEqualTo(expected.events());
    for (Event e : agreed.events()) {
      assertThat(timeline.derivedBounds(e.id())).as(e.id().toString()).isEqualTo(expected.derivedBounds(e.id()));
    }
    Random random = new Random(SEED + 2);
    for (int k = 0; k < 200; k++) {
      EventId x = agreed.events().get(random.nextInt(events)).id();
      EventId y = agreed.events().get(random.nextInt(events)).id();
      assertThat(timeline.relation(x, y)).as("%s, %s", x, y).isEqualTo(expected.relation(x, y));
    }
  }

  @Test
  void build_withAnExecutor_handsItTheParts_andGivesTheTimelineOfTheDefault() {
    Thread caller = Thread.currentThread();
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    Executor recording = task -> {
      ranOn.add(Thread.currentThread());
      task.run();
    };

    Timeline alone = Timeline.builder(story).executor(recording).build();
    Timeline shared = Timeline.build(story);

    assertThat(ranOn).as("the parts handed to the executor, and the threads they ran on").isNotEmpty().containsOnly(caller);
    assertSameTimeline(alone, shared);
  }

  @Test
  void build_onTheCallingThread_handsNothingToTheCommonPool_evenWhenThePoolIsBusy() {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    int workers = pool.getParallelism();
    CountDownLatch started = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < workers; i++) {
      pool.execute(() -> {
        started.countDown();
        Uninterruptibles.awaitUninterruptibly(release);
      });
    }
    try {
      assertThat(Uninterruptibles.awaitUninterruptibly(started, 30, TimeUnit.SECONDS)).as("every worker busy").isTrue();
      int queued = pool.getQueuedSubmissionCount();

      Timeline alone = Timeline.builder(story).executor(Runnable::run).build();
      assertThat(pool.getQueuedSubmissionCount()).as("parts handed to the common pool").isEqualTo(queued);

      // The default hands parts to the pool; its workers are busy, so the calling thread runs them.
      Timeline shared = Timeline.build(story);
      assertThat(pool.getQueuedSubmissionCount()).as("parts handed to the common pool").isGreaterThan(queued);
      assertSameTimeline(alone, shared);
    } finally {
      release.countDown();
    }
  }

  @Test
  void build_withAnExecutorThatRejectsOrNeverRuns_runsThePartsOnTheCallingThread() {
    List<Runnable> hoarded = new ArrayList<>();
    Executor rejecting = task -> {
      throw new RejectedExecutionException("full");
    };

    Timeline rejected = Timeline.builder(story).executor(rejecting).build();
    Timeline neverRun = Timeline.builder(story).executor(hoarded::add).build();
    hoarded.forEach(Runnable::run);

    assertThat(hoarded).isNotEmpty();
    assertSameTimeline(rejected, Timeline.builder(story).executor(Runnable::run).build());
    assertSameTimeline(neverRun, rejected);
  }

  /** Checks that two timelines of the story agree on order, bounds, conflicts and verdicts. */
  private static void assertSameTimeline(Timeline actual, Timeline expected) {
    assertThat(actual.events()).isEqualTo(expected.events());
    assertThat(actual.conflicts()).isEqualTo(expected.conflicts());
    for (Event e : story.events()) {
      assertThat(actual.derivedBounds(e.id())).as(e.id().toString()).isEqualTo(expected.derivedBounds(e.id()));
    }
    assertThat(actual.verdicts()).isEqualTo(expected.verdicts());
  }

  @Test
  void events_ofALargeStory_areUnmodifiable() {
    List<Event> list = Timeline.build(story).events();

    assertThat(list).hasSize(events).doesNotContainNull();
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, story.events().get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(events)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void propagate_onTwoThreads_givesTheBoundsOfOne() {
    TimelineOptions all = TimelineOptions.builder().accepting(a -> true).build();
    SolvedNetwork net = SolvedNetwork.byStatedStart(story, all, p -> true, new StoryIndex(story, Parallel.CALLER));
    int points = 2 * events;
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 3; round++) {
      // Bounds stated on some points, as the story's statements of when would.
      long[] upper = new long[points];
      long[] lower = new long[points];
      Arrays.fill(upper, TemporalNetwork.INF);
      Arrays.fill(lower, TemporalNetwork.NEG_INF);
      for (int p = 0; p < points; p++) {
        if (random.nextInt(4) == 0) {
          long t = 1_600_000_000L + random.nextInt(100_000_000);
          lower[p] = t;
          upper[p] = t + random.nextInt(10_000_000);
        }
      }
      long[] stated = upper.clone();
      long[] upper2 = upper.clone();
      long[] lower2 = lower.clone();
      int[] upperPred = new int[points];
      int[] lowerPred = new int[points];
      int[] upperPred2 = new int[points];
      int[] lowerPred2 = new int[points];

      net.network().propagate(upper, upperPred, lower, lowerPred, ForkJoinPool.commonPool());
      net.network().propagate(upper2, upperPred2, lower2, lowerPred2, Parallel.CALLER);

      assertThat(upper).as("round %d", round).isEqualTo(upper2);
      assertThat(lower).as("round %d", round).isEqualTo(lower2);
      assertThat(upperPred).as("round %d", round).isEqualTo(upperPred2);
      assertThat(lowerPred).as("round %d", round).isEqualTo(lowerPred2);
      assertThat(upper).as("round %d: propagation tightened some bound", round).isNotEqualTo(stated);
    }
  }

  @Test
  void both_runsBothParts() {
    AtomicBoolean forked = new AtomicBoolean();
    AtomicBoolean here = new AtomicBoolean();

    Parallel.both(ForkJoinPool.commonPool(), () -> forked.set(true), () -> here.set(true));

    assertThat(forked).isTrue();
    assertThat(here).isTrue();
  }

  @Test
  void both_whenThePartOnThisThreadFails_throwsIt_afterTheOtherEnds() {
    AtomicBoolean forked = new AtomicBoolean();

    assertThatThrownBy(() -> Parallel.both(ForkJoinPool.commonPool(), () -> forked.set(true), () -> {
      throw new IllegalStateException("here failed");
    })).isInstanceOf(IllegalStateException.class).hasMessage("here failed");
    assertThat(forked).isTrue();
  }

  @Test
  void both_whenTheForkedPartFails_throwsIt() {
    assertThatThrownBy(() -> Parallel.both(ForkJoinPool.commonPool(), () -> {
      throw new IllegalArgumentException("forked failed");
    }, () -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("forked failed");
  }

  @Test
  void both_whenBothFail_throwsThisThreadsFailure_withTheOtherSuppressed() {
    assertThatThrownBy(() -> Parallel.both(ForkJoinPool.commonPool(), () -> {
      throw new IllegalArgumentException("forked failed");
    }, () -> {
      throw new IllegalStateException("here failed");
    })).isInstanceOf(IllegalStateException.class)
        .hasMessage("here failed")
        .satisfies(e -> assertThat(List.of(e.getSuppressed())).singleElement()
            .satisfies(s -> assertThat(s).isInstanceOf(IllegalArgumentException.class).hasMessage("forked failed")));
  }

  @Test
  void fork_givesThePartsResult() {
    assertThat(Parallel.fork(ForkJoinPool.commonPool(), () -> EventId.of("e1")).join()).isEqualTo(EventId.of("e1"));
  }

  @Test
  void fork_toAnExecutorThatHasNotRunIt_runsOnJoin_once() {
    List<Runnable> hoarded = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    Parallel.Forked<Integer> forked = Parallel.fork(hoarded::add, runs::incrementAndGet);

    assertThat(runs).hasValue(0);
    assertThat(forked.join()).isEqualTo(1);
    hoarded.forEach(Runnable::run);
    assertThat(runs).hasValue(1);
    assertThat(forked.join()).isEqualTo(1);
  }

  @Test
  void fork_runByTheExecutor_isNotRunAgainOnJoin() {
    List<Runnable> hoarded = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    Parallel.Forked<Integer> forked = Parallel.fork(hoarded::add, runs::incrementAndGet);
    hoarded.forEach(Runnable::run);

    assertThat(forked.join()).isEqualTo(1);
    assertThat(runs).hasValue(1);
  }
}
