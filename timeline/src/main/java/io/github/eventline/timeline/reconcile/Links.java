package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.AssertionId;
import io.github.eventline.core.ClaimKey;
import io.github.eventline.core.LinkType;
import io.github.eventline.core.Polarity;
import io.github.eventline.timeline.LinkConflict;
import java.util.Optional;

/**
 * Rule 4, links between assertions act, and are checked against the values. On a question where
 * both linked assertions meet:
 *
 * <ul>
 *   <li>{@code contradicts} puts them on opposite sides: two positive assertions so linked never
 *       join one cluster of compatible values, whatever their values;
 *   <li>{@code corroborates} puts them on the same side: agreeing values already are; rival values
 *       cannot be held together, so the values stand;
 *   <li>{@code refines} makes the refining value held over the refined one: a refined assertion
 *       whose value the refinement does not agree with is outdated by it ({@link Outdating}), one
 *       that agrees keeps supporting (the value held is then their intersection);
 *   <li>{@code retracts} withdraws the claimant's own statement, like {@code supersedes}; a
 *       retraction of another claimant's statement has no effect.
 * </ul>
 *
 * <p>Two assertions <em>agree</em> when they are on the same side by their values alone: both
 * positive with compatible values; both denials; a denial and a positive assertion of a value it
 * does not deny (incompatible with it); both uncommitted. A {@code contradicts} between agreeing
 * assertions, and a {@code corroborates} between disagreeing ones, is a {@link LinkConflict}.
 * Not instantiable; thread-safe.
 */
public final class Links {

  private Links() {}

  /**
   * Checks if two assertions on one question are on the same side by their values alone.
   *
   * @param a  the polarity of the first, not null
   * @param b  the polarity of the second, not null
   * @param compatible  true if their values are compatible (always, for a yes-or-no question)
   * @return true if they agree
   */
  public static boolean agree(Polarity a, Polarity b, boolean compatible) {
    if (a == Polarity.UNKNOWN || b == Polarity.UNKNOWN) {
      return a == b;
    }
    if (a == b) {
      return a == Polarity.NEGATIVE || compatible;
    }
    return !compatible;
  }

  /**
   * Checks a link against the values of the two assertions it joins on one question.
   *
   * @param type  the link, not null
   * @param from  the assertion stating it, not null
   * @param to  the assertion it names, not null
   * @param question  where they meet, not null
   * @param agree  whether they {@link #agree}
   * @param bothPositive  true if both are positive: a {@code contradicts} then keeps them apart
   * @return the conflict, if the values disagree with the link
   */
  public static Optional<LinkConflict> check(
      LinkType type, AssertionId from, AssertionId to, ClaimKey question, boolean agree, boolean bothPositive) {
    if (type == LinkType.CONTRADICTS && agree) {
      return Optional.of(new LinkConflict(from, type, to, question,
          from + " is said to contradict " + to + ", but on " + question + " they agree by their values: "
              + (bothPositive ? "the link keeps them on opposite sides." : "the values stand.")));
    }
    if (type == LinkType.CORROBORATES && !agree) {
      return Optional.of(new LinkConflict(from, type, to, question,
          from + " is said to corroborate " + to + ", but on " + question + " their values are on opposite sides: "
              + "the values stand."));
    }
    return Optional.empty();
  }

  /**
   * Checks if a {@code refines} link outdates the refined assertion: when the two do not agree.
   *
   * @param agree  whether the refining and the refined assertion {@link #agree}
   * @return true if the refined assertion no longer counts
   */
  public static boolean refinementOutdates(boolean agree) {
    return !agree;
  }

  /**
   * Checks if a link keeps two positive assertions apart when clustering compatible values.
   *
   * @param type  the link, not null
   * @return true for {@code contradicts}
   */
  public static boolean keepsApart(LinkType type) {
    return type == LinkType.CONTRADICTS;
  }
}
