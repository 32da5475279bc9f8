package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ordering: {@link Timeline#build(Story)} on {@code size} events and {@code 2 size} {@code PRECEDES}
 * relations ({@link StoryShape#ordering(int)}) against the plain ordering of {@link PlainOrdering}
 * over int arrays, and the same with JGraphT.
 *
 * <p>Both sides start from the same validated story, built in the untimed setup, and both read the
 * claims' events at the positions its validation resolved: neither hashes an id in the timed
 * method. The baselines run on one thread; {@link #library()} may use a second one (the common
 * pool) on a large story, and {@link #libraryOneThread()} runs the same build in a fork whose common
 * pool has no worker, so that every part runs on the calling thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OrderingBenchmark {

  /** The number of events. */
  @Param("1000")
  public int size;

  private Story story;

  /** Creates the benchmark; JMH and the tests call it. */
  public OrderingBenchmark() {}

  /** Generates the story. */
  @Setup(Level.Trial)
  public void setUp() {
    story = SyntheticStories.generate(StoryShape.ordering(size));
  }

  /** Returns the story. @return the story */
  public Story story() {
    return story;
  }

  /**
   * Builds the timeline: bounds propagated, conflicts checked, events ordered.
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline library() {
    return Timeline.build(story);
  }

  /**
   * Builds the timeline on one thread: this method's fork sets the common pool's parallelism to 0
   * ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}), so the part the build hands
   * to the pool runs on the calling thread when the build waits for it.
   *
   * @return the timeline
   */
  @Benchmark
  @Fork(jvmArgsAppend = "-D" + ONE_THREAD + "=0")
  public Timeline libraryOneThread() {
    return Timeline.build(story);
  }

  /** The system property that sets the common pool's parallelism. */
  static final String ONE_THREAD = "java.util.concurrent.ForkJoinPool.common.parallelism";

  /**
   * Orders plainly: sort, group-by and Kahn over int arrays.
   *
   * @return the event indexes in order
   */
  @Benchmark
  public int[] baseline() {
    return PlainOrdering.order(story);
  }

  /**
   * Orders with JGraphT's topological order iterator.
   *
   * @return the event indexes in order
   */
  @Benchmark
  public int[] jgrapht() {
    return PlainOrdering.orderWithJGraphT(story);
  }
}
