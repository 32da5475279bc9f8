package io.github.eventline.benchmarks;

import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import java.util.Map;
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
 * Reconciliation: {@link Reconciliation#of(Story)} (default policy) of {@code size} assertions on
 * {@code size / 5} events from 1,000 sources ({@link StoryShape#reconciliation(int)}) against the
 * hash group-by of {@link PlainReconciliation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReconciliationBenchmark {

  /** The number of assertions. */
  @Param("1000")
  public int size;

  private Story story;

  /** Creates the benchmark; JMH and the tests call it. */
  public ReconciliationBenchmark() {}

  /** Generates the story. */
  @Setup(Level.Trial)
  public void setUp() {
    story = SyntheticStories.generate(StoryShape.reconciliation(size));
  }

  /**
   * Reconciles with the default policy: a verdict, with its explanation, per claim key.
   *
   * @return the reconciliation
   */
  @Benchmark
  public Reconciliation library() {
    return Reconciliation.of(story);
  }

  /**
   * Sums support and opposition per claim key.
   *
   * @return the sums per key
   */
  @Benchmark
  public Map<ClaimKey, double[]> baseline() {
    return PlainReconciliation.supportAndOpposition(story, ReconciliationPolicy.defaults());
  }
}
