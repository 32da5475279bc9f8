package io.github.eventline.benchmarks;

import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Reconciliation;
import io.github.eventline.timeline.ReconciliationPolicy;
import io.github.eventline.timeline.Verdict;
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
 * {@code size / 5} events from 1,000 sources ({@link StoryShape#reconciliation(int)}), with its
 * verdict lookup and every explanation read, against the same job written plainly with hash maps
 * ({@link PlainReconciliation}).
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
   * Reconciles with the default policy and reads what it returns, as the baseline builds it: the
   * lookup of verdicts by key (made by the first {@code verdict(key)}) and every verdict's
   * explanation (made when first read).
   *
   * @return the reconciliation
   */
  @Benchmark
  public Reconciliation library() {
    Reconciliation r = Reconciliation.of(story);
    r.verdict(ClaimKey.occurred(story.events().get(0).id())).orElseThrow();
    int entries = 0;
    for (Verdict v : r.verdicts()) {
      entries += v.explanation().size();
    }
    explained = entries;
    return r;
  }

  /**
   * The same job written plainly: supersession, duplicates, a hash group-by with implied supports,
   * a verdict and an explanation per key ({@link PlainReconciliation}).
   *
   * @return the verdict on each question
   */
  @Benchmark
  public Map<ClaimKey, PlainReconciliation.Verdict> baseline() {
    Map<ClaimKey, PlainReconciliation.Verdict> verdicts = PlainReconciliation.reconcile(story, ReconciliationPolicy.defaults());
    int entries = 0;
    for (PlainReconciliation.Verdict v : verdicts.values()) {
      entries += v.explanation().size();
    }
    explained = entries;
    return verdicts;
  }

  /** The number of explanation entries the last call read; what the tests compare. */
  int explained;
}
