package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.timeline.Timeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Conflicts: {@link Timeline#build(Story)} of the ordering story ({@link StoryShape#ordering(int)})
 * with contradictions added ({@link SyntheticStories#withConflicts}), against the build of the same
 * story without them. A few: three cycles of {@code BEFORE} over events far apart and three misdated
 * claims. Many: one cycle and one misdated claim per 500 events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConflictsBenchmark {

  /** The number of events. */
  @Param("1000")
  public int size;

  /** How many contradictions: {@code few} or {@code many}. */
  @Param({"few", "many"})
  public String conflicts;

  private Story consistent;
  private Story contradicted;

  /** Creates the benchmark; JMH and the tests call it. */
  public ConflictsBenchmark() {}

  /** Generates the story and its contradicted copy. */
  @Setup(Level.Trial)
  public void setUp() {
    consistent = SyntheticStories.generate(StoryShape.ordering(size));
    int count = conflicts.equals("few") ? 3 : Math.max(1, size / 500);
    contradicted = SyntheticStories.withConflicts(consistent, count, count, StoryShape.SEED);
  }

  /** Returns the story with its contradictions. @return the story */
  public Story contradicted() {
    return contradicted;
  }

  /**
   * Builds the timeline of the story with its contradictions: found, explained, set aside.
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline library() {
    return Timeline.build(contradicted);
  }

  /**
   * Builds the timeline of the same story without the contradictions.
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline baseline() {
    return Timeline.build(consistent);
  }
}
