package io.github.eventline.timeline.reconcile;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.AssertionLink;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Factuality;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 4, links across questions. A {@code contradicts} or {@code corroborates} link from an
 * assertion to one on <em>another</em> question lends its claimant a voice on that question: the
 * linking claimant says the linked statement is wrong (or right), so it counts there as a denial
 * (or a statement) of the linked value, with the linking assertion's certainty, relays, stated time
 * and supersession. The armed forces' admission that a missile brought the aircraft down, linked as
 * contradicting the early attribution to a technical failure, is their denial of that failure.
 *
 * <ul>
 *   <li>{@code contradicts} lends the opposite polarity: a denial of a positive statement, the
 *       statement itself for a denial; a link to an uncommitted statement lends nothing (there is
 *       nothing to contradict);
 *   <li>{@code corroborates} lends the same polarity; nothing for an uncommitted statement;
 *   <li>{@code refines} and {@code retracts} lend nothing across questions ({@code refines} acts
 *       between values of one question, {@code retracts} withdraws the claimant's own statement
 *       wherever it is);
 *   <li>links to or from same-as claims act only on their own question: same-as verdicts are made
 *       first, to merge duplicate events, before any other question is weighed.
 * </ul>
 *
 * <p>A lent statement is weighed like the implied supports of rule 1: it is shown in the
 * explanation under the linking assertion's id, it does not count where its claimant addresses
 * the question itself ({@link ImpliedOccurrence#isCountedBeside}), it takes part in outdating
 * (rule 2) like any statement, and it implies nothing further. When one assertion links to several
 * on one question, the link to the smallest id lends. Not instantiable; thread-safe.
 */
public final class LinkedStatements {

  private LinkedStatements() {}

  /**
   * Returns the statement a link lends on the linked assertion's question, when the link acts
   * across questions.
   *
   * @param linking  the assertion stating the link, not null
   * @param link  one of its links, not null
   * @param linked  the assertion the link names, not null
   * @param question  the question the linked assertion is judged under (canonical once duplicate
   *     events are merged), not null
   * @param reversed  true if the linked claim is read from the question's other event
   * @return the lent statement: the linking assertion's id, source, stated time, relays and
   *     certainty, the linked claim in the question's terms, the lent polarity, and the link as its
   *     only link; empty if the link lends nothing
   */
  public static Optional<Assertion> lent(
      Assertion linking, AssertionLink link, Assertion linked, ClaimKey question, boolean reversed) {
    requireNonNull(linking, "linking");
    requireNonNull(link, "link");
    requireNonNull(linked, "linked");
    requireNonNull(question, "question");
    Polarity polarity = lentPolarity(link.type(), linked.factuality().polarity());
    if (polarity == null || question.type() == ClaimType.SAME_AS || linking.claim().type() == ClaimType.SAME_AS) {
      return Optional.empty();
    }
    Claim claim = Values.retargeted(linked.claim(), reversed, question);
    return Optional.of(new Assertion(
        linking.id(), linking.source(), linking.stated(), claim,
        Factuality.of(polarity, linking.factuality().certainty()), linking.via(), Optional.empty(), List.of(),
        List.of(link), Optional.empty(), Map.of()));
  }

  /** The polarity a link lends against the linked statement's polarity; null if it lends nothing. */
  private static Polarity lentPolarity(LinkType type, Polarity linked) {
    if (linked == Polarity.UNKNOWN) {
      return null;
    }
    if (type == LinkType.CONTRADICTS) {
      return linked == Polarity.POSITIVE ? Polarity.NEGATIVE : Polarity.POSITIVE;
    }
    return type == LinkType.CORROBORATES ? linked : null;
  }

  /**
   * Checks if an entry added as implied on a question is a lent statement rather than an implied
   * support of occurrence: its claim answers the question itself. A support of occurrence is a
   * claim of another type, or the occurred claim of a part.
   *
   * @param entry  an entry added as implied, not null
   * @param question  the question it was added to, not null
   * @return true if it is a statement lent by a link
   */
  public static boolean isLent(Assertion entry, ClaimKey question) {
    Claim claim = entry.claim();
    return claim.type() == question.type() && (claim.type() != ClaimType.OCCURRED || claim.event().equals(question.event()))
        && entry.links().size() == 1;
  }

  /**
   * Returns why a lent statement bears on its question, such as {@code "contradicts
   * cao-technical-failure (a link from another question)"}.
   *
   * @param entry  the lent statement, as {@link #lent} makes it, not null
   * @param counted  false if its claimant addresses the question itself
   * @return the reason, not null
   */
  public static String reason(Assertion entry, boolean counted) {
    AssertionLink link = entry.links().get(0);
    String text = (link.type() == LinkType.CONTRADICTS ? "contradicts " : "corroborates ") + link.assertion()
        + " (a link from another question)";
    return counted ? text : text + "; not counted: " + entry.source() + " answers this question itself";
  }
}
