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
 * Qualitative reasoning: {@link Timeline#build(Story)} of 300 undated events with 3,000 disjunctive
 * relation claims ({@link SyntheticStories#qualitative}), checked by path consistency. No baseline:
 * the target is an interactive time, well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QualitativeBenchmark {

  /** The number of events; the constraints are ten times as many. */
  @Param("300")
  public int events;

  private Story story;

  /** Creates the benchmark; JMH and the tests call it. */
  public QualitativeBenchmark() {}

  /** Generates the story. */
  @Setup(Level.Trial)
  public void setUp() {
    story = SyntheticStories.qualitative(events, 10 * events, StoryShape.SEED);
  }

  /**
   * Builds the timeline, path consistency included.
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline library() {
    return Timeline.build(story);
  }
}
