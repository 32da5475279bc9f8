package io.github.eventline.assertj;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.Claim;
import io.github.eventline.core.SourceId;
import io.github.eventline.core.Story;
import io.github.eventline.timeline.Stance;
import io.github.eventline.timeline.Verdict;
import io.github.eventline.timeline.VerdictStatus;
import io.github.eventline.timeline.Weighed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Verdict}: how a claim stands once every assertion on it is weighed, and
 * who supports or opposes it.
 *
 * <pre>{@code
 * assertThat(timeline).verdictOn(occurred("nk-troops-in-assaults"))
 *     .isContested()
 *     .isSupportedBy("zelensky-address")
 *     .isOpposedBy("austin-statement");
 * }</pre>
 *
 * <p>A failure shows the verdict: its status, confidence and value held, and each assertion on it
 * with its claimant, relays, stance, weight and reason:
 *
 * <pre>{@code
 * Expecting the verdict on occurred(nk-troops-in-assaults) to be CORROBORATED, but it is CONTESTED:
 *   verdict on occurred(nk-troops-in-assaults): CONTESTED, confidence 0.696
 *     a17 (austin-statement via article) doubts: uncommitted on it, never refutes on its own; weight 0.09 = ...
 *     a3 (preliminary-information via article, zelensky-address) supports: states the claim; weight 0.364 = ...
 *     a2 (zelensky-address via article) supports: states the claim; weight 0.63 = ...
 * }</pre>
 *
 * <p><b>Support by a source.</b> {@link #isSupportedBy} and {@link #isOpposedBy} take an assertion id
 * or a source id. A source supports a verdict when it is the <em>claimant</em> of a supporting
 * assertion (its {@code source}), not when it merely relays one ({@code via}): the reconciliation
 * counts one voice per claimant, however many outlets pass it on, and these assertions say the
 * same. {@link #isRelayedBy} checks the relays.
 *
 * <p>Relays are known when the verdict was reached from a timeline
 * ({@link TimelineAssert#verdictOn}); a verdict asserted on its own knows its assertions by id and
 * source only. Not final, so that {@link EventlineSoftAssertions} can proxy it; not thread-safe, as
 * no AssertJ assertion is.
 */
public class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

  private final @Nullable Story story;
  private final boolean missing;
  private @Nullable AssertionErrorCollector collector;

  /**
   * Creates assertions on a verdict; {@link EventlineAssertions#assertThat(Verdict)} reads better.
   *
   * @param actual  the verdict, may be null (every check then fails)
   */
  public VerdictAssert(@Nullable Verdict actual) {
    this(actual, null, false, null);
  }

  VerdictAssert(
      @Nullable Verdict actual, @Nullable Story story, boolean missing, @Nullable AssertionErrorCollector collector) {
    super(actual, VerdictAssert.class);
    this.story = story;
    this.missing = missing;
    this.collector = collector;
  }


  /**
   * Checks that the claim stands as expected.
   *
   * <pre>{@code
   * assertThat(verdict).hasStatus(VerdictStatus.CONTESTED);
   * }</pre>
   *
   * @param expected  the status, not null
   * @return this assertion, for chaining
   */
  public VerdictAssert hasStatus(VerdictStatus expected) {
    requireNonNull(expected, "expected");
    if (ready() && actual.status() != expected) {
      fail("Expecting the verdict on " + actual.key() + " to be " + expected + ", but it is " + actual.status() + ":");
    }
    return myself;
  }

  /**
   * Checks that at least two distinct claimants, other than the story's editor, support the value
   * held and nothing opposes it.
   *
   * <pre>{@code
   * assertThat(verdict).isCorroborated();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isCorroborated() {
    return hasStatus(VerdictStatus.CORROBORATED);
  }

  /**
   * Checks that the claim is not corroborated: fewer than two independent claimants support it,
   * or something opposes it. A report relayed by many outlets is still one voice:
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(occurred("nk-troops-in-kursk"))
   *     .isRelayedBy("article")
   *     .isNotCorroborated();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isNotCorroborated() {
    if (ready() && actual.status() == VerdictStatus.CORROBORATED) {
      fail("Expecting the verdict on " + actual.key() + " not to be CORROBORATED, but it is:");
    }
    return myself;
  }

  /**
   * Checks that one claimant, and no other, supports the value held, and nothing opposes it.
   *
   * <pre>{@code
   * assertThat(verdict).isUncontested();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isUncontested() {
    return hasStatus(VerdictStatus.UNCONTESTED);
  }

  /**
   * Checks that nobody asserts the claim: no live assertion supports or denies it.
   *
   * <pre>{@code
   * assertThat(timeline).asKnownAt("2024-12-14").verdictOn(occurred("nk-troops-in-assaults")).isUnverified();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isUnverified() {
    return hasStatus(VerdictStatus.UNVERIFIED);
  }

  /**
   * Checks that the value held is supported and also opposed, and still taken as true.
   *
   * <pre>{@code
   * assertThat(verdict).isContested();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isContested() {
    return hasStatus(VerdictStatus.CONTESTED);
  }

  /**
   * Checks that denials outweigh the support: the claim is taken as false.
   *
   * <pre>{@code
   * assertThat(verdict).isRefuted();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isRefuted() {
    return hasStatus(VerdictStatus.REFUTED);
  }

  /**
   * Checks that every assertion on the claim was superseded or retracted by its own source.
   *
   * <pre>{@code
   * assertThat(verdict).isSuperseded();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isSuperseded() {
    return hasStatus(VerdictStatus.SUPERSEDED);
  }

  /**
   * Checks that the value held is taken as true: uncontested, corroborated or contested.
   *
   * <pre>{@code
   * assertThat(verdict).isAccepted();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isAccepted() {
    if (ready() && !actual.isAccepted()) {
      fail("Expecting the verdict on " + actual.key() + " to be accepted (UNCONTESTED, CORROBORATED or CONTESTED),"
          + " but it is " + actual.status() + ":");
    }
    return myself;
  }

  /**
   * Checks that the value held is not taken as true: unverified, refuted or superseded.
   *
   * <pre>{@code
   * assertThat(verdict).isNotAccepted();
   * }</pre>
   *
   * @return this assertion, for chaining
   */
  public VerdictAssert isNotAccepted() {
    if (ready() && actual.isAccepted()) {
      fail("Expecting the verdict on " + actual.key() + " not to be accepted, but it is " + actual.status() + ":");
    }
    return myself;
  }

  /**
   * Checks that the confidence is at least a minimum.
   *
   * <pre>{@code
   * assertThat(verdict).hasConfidenceAtLeast(0.5);
   * }</pre>
   *
   * @param minimum  the least confidence, in [0, 1]
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the minimum is outside [0, 1]
   */
  public VerdictAssert hasConfidenceAtLeast(double minimum) {
    checkConfidence(minimum);
    if (ready() && !(actual.confidence() >= minimum)) {
      fail("Expecting the verdict on " + actual.key() + " to have a confidence of at least " + FailureText.number(minimum)
          + ", but it has " + FailureText.number(actual.confidence()) + ":");
    }
    return myself;
  }

  /**
   * Checks that the confidence is at most a maximum.
   *
   * <pre>{@code
   * assertThat(verdict).hasConfidenceAtMost(0.5); // a hedged report
   * }</pre>
   *
   * @param maximum  the greatest confidence, in [0, 1]
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if the maximum is outside [0, 1]
   */
  public VerdictAssert hasConfidenceAtMost(double maximum) {
    checkConfidence(maximum);
    if (ready() && !(actual.confidence() <= maximum)) {
      fail("Expecting the verdict on " + actual.key() + " to have a confidence of at most " + FailureText.number(maximum)
          + ", but it has " + FailureText.number(actual.confidence()) + ":");
    }
    return myself;
  }

  private static void checkConfidence(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Confidence " + confidence + " is out of range: expected 0 to 1");
    }
  }

  /**
   * Checks that each given assertion, or source, supports the value held. A source supports it
   * when it is the claimant of a supporting assertion; relaying one ({@code via}) is not enough,
   * see {@link #isRelayedBy}.
   *
   * <pre>{@code
   * assertThat(verdict).isSupportedBy("zelensky-address");   // a source
   * assertThat(verdict).isSupportedBy("a2", "a3");           // assertions
   * }</pre>
   *
   * @param ids  assertion or source ids, not empty, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if no id is given
   */
  public VerdictAssert isSupportedBy(String... ids) {
    checkIds(ids);
    if (!ready()) {
      return myself;
    }
    for (String id : ids) {
      if (matching(Stance.SUPPORTS, id).isEmpty()) {
        fail("Expecting the verdict on " + actual.key() + " to be supported by \"" + id
            + "\", but no supporting assertion has that id or source" + onlyRelays(id) + ":");
      }
    }
    return myself;
  }

  /**
   * Checks that none of the given assertions, or sources, supports the value held.
   *
   * <pre>{@code
   * assertThat(verdict).isNotSupportedBy("article"); // the article only relays the report
   * }</pre>
   *
   * @param ids  assertion or source ids, not empty, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if no id is given
   */
  public VerdictAssert isNotSupportedBy(String... ids) {
    checkIds(ids);
    if (!ready()) {
      return myself;
    }
    for (String id : ids) {
      List<Weighed> found = matching(Stance.SUPPORTS, id);
      if (!found.isEmpty()) {
        fail("Expecting the verdict on " + actual.key() + " not to be supported by \"" + id + "\", but "
            + describe(found) + (found.size() == 1 ? " supports" : " support") + " it:");
      }
    }
    return myself;
  }

  /**
   * Checks that each given assertion, or source, opposes the value held: denies it, states a
   * rival value, or is uncommitted on it ("no information on ..."). As for support, a source
   * opposes when it is the claimant, not a relay.
   *
   * <pre>{@code
   * assertThat(verdict).isContested().isOpposedBy("austin-statement");
   * }</pre>
   *
   * @param ids  assertion or source ids, not empty, not null
   * @return this assertion, for chaining
   * @throws IllegalArgumentException if no id is given
   */
  public VerdictAssert isOpposedBy(String... ids) {
    checkIds(ids);
    if (!ready()) {
      return myself;
    }
    for (String id : ids) {
      if (matching(Stance.OPPOSES, id).isEmpty() && matching(Stance.DOUBTS, id).isEmpty()) {
        fail("Expecting the verdict on " + actual.key() + " to be opposed by \"" + id
            + "\", but no opposing assertion has that id or source:");
      }
    }
    return myself;
  }

  /**
   * Checks that a source relays ({@code via}) at least one of the assertions supporting the value
   * held. Needs the story: reach the verdict from a timeline.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(occurred("nk-troops-in-kursk"))
   *     .isSupportedBy("south-korean-sources")
   *     .isRelayedBy("article");
   * }</pre>
   *
   * @param source  the relaying source id, not null
   * @return this assertion, for chaining
   * @throws IllegalStateException if the verdict was not reached from a timeline, so that its
   *     assertions' relays are unknown
   */
  public VerdictAssert isRelayedBy(String source) {
    requireNonNull(source, "source");
    if (!missing && actual != null && story == null) {
      throw new IllegalStateException("isRelayedBy needs the story the verdict comes from:"
          + " reach it with assertThat(timeline).verdictOn(key)");
    }
    if (ready() && relayed(SourceId.of(source)).isEmpty()) {
      fail("Expecting the verdict on " + actual.key() + " to be relayed by \"" + source
          + "\", but no supporting assertion came through it:");
    }
    return myself;
  }

  /**
   * Checks the value held, for example the bounds of a timing or the figure of a quantity.
   *
   * <pre>{@code
   * assertThat(verdict).hasValue(new Claim.Location(EventId.of("nk-losses"), PlaceId.of("kursk-oblast")));
   * }</pre>
   *
   * @param expected  the claim carrying the value, not null
   * @return this assertion, for chaining
   */
  public VerdictAssert hasValue(Claim expected) {
    requireNonNull(expected, "expected");
    if (ready() && !actual.value().equals(Optional.of(expected))) {
      fail("Expecting the verdict on " + actual.key() + " to hold " + expected + ", but it holds "
          + actual.value().map(Object::toString).orElse("no value") + ":");
    }
    return myself;
  }

  /**
   * Checks that the value held is a single figure, exact or approximate.
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(quantity("nk-troops-in-kursk", "soldiers")).hasFigure(10_000);
   * }</pre>
   *
   * @param figure  the figure
   * @return this assertion, for chaining
   */
  public VerdictAssert hasFigure(double figure) {
    return figure(figure, false);
  }

  /**
   * Checks that the value held is a single figure given as approximate ("about", "environ").
   *
   * <pre>{@code
   * assertThat(timeline).verdictOn(quantity("nk-troops-in-kursk", "soldiers")).hasApproximateFigure(10_000);
   * }</pre>
   *
   * @param figure  the figure
   * @return this assertion, for chaining
   */
  public VerdictAssert hasApproximateFigure(double figure) {
    return figure(figure, true);
  }

  private VerdictAssert figure(double figure, boolean approximate) {
    if (!ready()) {
      return myself;
    }
    Optional<Claim> value = actual.value();
    boolean holds = value.isPresent() && value.get() instanceof Claim.Quantity q
        && q.isSingleValue() && q.low() == figure && (q.approximate() || !approximate);
    if (!holds) {
      String held = value.flatMap(FailureText::value).map(v -> "it holds " + v).orElse("it holds no figure");
      fail("Expecting the verdict on " + actual.key() + " to hold " + (approximate ? "about " : "the figure ")
          + FailureText.number(figure) + ", but " + held + ":");
    }
    return myself;
  }

  private static void checkIds(String[] ids) {
    requireNonNull(ids, "ids");
    if (ids.length == 0) {
      throw new IllegalArgumentException("No id given: name at least one assertion or source");
    }
    for (String id : ids) {
      requireNonNull(id, "ids element");
    }
  }

  /** The assertions of a stance that have the id, or whose claimant has it. */
  private List<Weighed> matching(Stance stance, String id) {
    List<Weighed> found = new ArrayList<>();
    for (Weighed w : actual.explanation()) {
      if (w.stance() == stance && (w.assertion().value().equals(id) || w.source().value().equals(id))) {
        found.add(w);
      }
    }
    return found;
  }

  private List<AssertionId> relayed(SourceId source) {
    List<AssertionId> found = new ArrayList<>();
    for (Weighed w : actual.explanation()) {
      if (w.stance() == Stance.SUPPORTS && FailureText.relays(story, w).contains(source)) {
        found.add(w.assertion());
      }
    }
    return found;
  }

  /** Says that a source only relays the support, when it does and the story is known. */
  private String onlyRelays(String id) {
    List<AssertionId> relayed = relayed(SourceId.of(id));
    return relayed.isEmpty() ? ""
        : " (" + id + " only relays " + FailureText.join(relayed) + ": a relay is not a claimant)";
  }

  private static String describe(List<Weighed> found) {
    List<String> parts = new ArrayList<>();
    for (Weighed w : found) {
      parts.add(w.assertion() + " (" + w.source() + ")");
    }
    return String.join(", ", parts);
  }

  /** True if there is a verdict to check; reports a null one. */
  private boolean ready() {
    if (missing) {
      return false;
    }
    if (actual == null) {
      Soft.report(failure("%s", "Expecting a verdict, but it is null"), collector);
      return false;
    }
    return true;
  }

  /** Reports a failure: the message, then the verdict. */
  private void fail(String message) {
    Soft.report(failure("%s", message + "\n" + FailureText.verdict(actual, story)), collector);
  }
}
