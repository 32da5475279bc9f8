package io.github.eventline.timeline.reconcile;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Assertion;
import io.github.eventline.core.Claim;
import io.github.eventline.core.ClaimType;
import io.github.eventline.core.Polarity;
import io.github.eventline.core.Source;
import io.github.eventline.core.time.TimeBounds;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Rule 1, a dated claim says the event happened. A positive timing, location, participation,
 * quantity or relation claim presupposes that its events happened: it counts as its claimant's
 * support for {@code occurred} of each of them, with the same certainty and relays. A part that
 * happened means its whole happened: a positive {@code occurred} claim, stated or implied, of an
 * event that is {@code partOf} another supports {@code occurred} of the whole, and so on up the
 * chain.
 *
 * <p>Three exceptions. The modeller's own fields ({@link Source#EDITOR}) assert nothing: an alleged
 * event is declared and dated in order to be described. A forecast says nothing of whether the
 * event happened ({@link #isForecast}): a launch date announced in advance is not a report of the
 * launch. And a claimant that addresses
 * {@code occurred} itself speaks for itself there: its implied support is shown, not counted
 * ({@link #isCountedBeside}).
 *
 * <p>Events are named by index (the story's order, or any other) so that the grouping of a large
 * story makes no key per assertion. Not instantiable; thread-safe.
 */
public final class ImpliedOccurrence {

  private ImpliedOccurrence() {}

  /**
   * Checks if an assertion implies that its claim's events happened (or, for an occurred claim,
   * that the wholes they are part of happened): it is positive, not the editor's, and not a
   * forecast.
   *
   * @param assertion  the assertion, not null
   * @param statedTime  when it was stated, empty if unknown
   * @return true if it implies occurrence
   */
  public static boolean implies(Assertion assertion, Optional<TimeBounds> statedTime) {
    return implies(assertion.claim().type(), assertion.factuality().polarity(), assertion.source().equals(Source.EDITOR))
        && !isForecast(assertion.claim(), statedTime);
  }

  /**
   * Checks if a claim, stated when it was, is a forecast: a timing claim by which the event cannot
   * have begun before the statement ended (its earliest start is at or after the latest end of
   * the stated time). A forecast implies nothing about whether the event happened; its date may
   * be outdated by the reported actual date (rule 2). A claim with no stated time is no forecast.
   *
   * @param claim  the claim, not null
   * @param statedTime  when it was stated, empty if unknown
   * @return true if it is a forecast
   */
  public static boolean isForecast(Claim claim, Optional<TimeBounds> statedTime) {
    if (!(claim instanceof Claim.Timing timing) || statedTime.isEmpty()) {
      return false;
    }
    TimeBounds when = timing.when();
    TimeBounds stated = statedTime.get();
    return !when.isUnboundedStart() && !stated.isUnboundedEnd() && !when.earliestStart().isBefore(stated.latestEnd());
  }

  /**
   * Checks if an assertion implies occurrence, from what a caller already knows of it: as {@link
   * #implies(Assertion)}.
   *
   * @param type  its claim's type
   * @param polarity  its polarity
   * @param editors  true if its source is the editor
   * @return true if it implies occurrence
   */
  public static boolean implies(ClaimType type, Polarity polarity, boolean editors) {
    return polarity == Polarity.POSITIVE && !editors && type != ClaimType.SAME_AS;
  }

  /**
   * Finds the events whose occurrence a claim implies, by index: the claim's event and other
   * event (a relation), each followed by the wholes it is part of, without repeats, and without
   * the claim's own event when the claim is itself an occurred claim. Run only for an assertion
   * that {@link #implies} it.
   *
   * @param type  the claim's type
   * @param event  the index of the claim's event (after merging duplicates)
   * @param other  the index of its other event (a relation), or -1
   * @param wholeOf  the index of the whole each event is part of (after merging duplicates), -1 if none
   * @param events  the number of events: the longest chain followed
   * @param out  where the indices are written, in chain order; grown if too short
   * @return the array written (out, or a longer copy): {@code out[0]} is the count, and the
   *     indices follow from {@code out[1]}
   */
  public static int[] events(ClaimType type, int event, int other, IntUnaryOperator wholeOf, int events, int[] out) {
    int size = 0;
    for (int k = 0; k < 2; k++) {
      int e = k == 0 ? event : other;
      for (int hops = 0; e >= 0 && hops <= events; hops++) {
        boolean own = type == ClaimType.OCCURRED && e == event;
        if (!own && !contains(out, size, e)) {
          if (size + 1 >= out.length) {
            out = java.util.Arrays.copyOf(out, 2 * out.length + 2);
          }
          out[++size] = e;
        }
        int whole = wholeOf.applyAsInt(e);
        e = whole == e ? -1 : whole;
      }
    }
    out[0] = size;
    return out;
  }

  /**
   * Returns the events {@link #events(ClaimType, int, int, IntUnaryOperator, int, int[])} finds, as
   * an array of their own.
   *
   * @param type  the claim's type
   * @param event  the index of the claim's event
   * @param other  the index of its other event, or -1
   * @param wholeOf  the index of the whole each event is part of, -1 if none
   * @param events  the number of events
   * @return the indices, in chain order, not null
   */
  public static int[] events(ClaimType type, int event, int other, IntUnaryOperator wholeOf, int events) {
    int[] out = events(type, event, other, wholeOf, events, new int[5]);
    return java.util.Arrays.copyOfRange(out, 1, 1 + out[0]);
  }

  /** Checks if x is among the {@code size} indices written from position 1. */
  private static boolean contains(int[] a, int size, int x) {
    for (int i = 1; i <= size; i++) {
      if (a[i] == x) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks if an implied support counts beside the claimant's other entries on the occurred
   * question: only if the claimant addresses {@code occurred} of that event in none of its own
   * assertions (affirmed, denied or doubted, superseded or not).
   *
   * @param claimantAddressesOccurred  true if some entry of the same claimant on the question is
   *     an occurred claim of its own
   * @return true if the implied support counts
   */
  public static boolean isCountedBeside(boolean claimantAddressesOccurred) {
    return !claimantAddressesOccurred;
  }

  /**
   * Returns why an implied entry bears on an occurred question, such as
   * {@code "implied by a8 (timing of kursk-offensive)"}.
   *
   * @param assertion  the implying assertion, not null
   * @param counted  false if its claimant addresses the question itself
   * @return the reason, not null
   */
  public static String reason(Assertion assertion, boolean counted) {
    requireNonNull(assertion, "assertion");
    Claim claim = assertion.claim();
    String what = claim.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
    String of = claim instanceof Claim.Relation r ? claim.event() + " and " + r.other() : claim.event().toString();
    String text = "implied by " + assertion.id() + " (" + what + " of " + of
        + (claim.type() == ClaimType.OCCURRED ? ", a part of it" : "") + ")";
    return counted ? text : text + "; not counted: " + assertion.source() + " says whether it happened itself";
  }
}
