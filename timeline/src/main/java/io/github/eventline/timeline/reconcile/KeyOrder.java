package io.github.eventline.timeline.reconcile;

import io.github.eventline.core.ClaimKey;
import io.github.eventline.timeline.Verdict;
import java.util.Comparator;
import java.util.Optional;

/**
 * The order of questions: {@link ClaimKey#compareTo}'s, without its allocations, so that the
 * verdicts of large stories sort fast. Public for the module's own packages; not part of the API.
 * Not instantiable; thread-safe.
 */
public final class KeyOrder {

  /** The verdicts in the order of their keys. */
  public static final Comparator<Verdict> VERDICTS = (x, y) -> compare(x.key(), y.key());

  private KeyOrder() {}

  /**
   * Compares two keys as {@link ClaimKey#compareTo} does.
   *
   * @param a  a key, not null
   * @param b  another key, not null
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   */
  public static int compare(ClaimKey a, ClaimKey b) {
    int c = a.type().compareTo(b.type());
    if (c == 0) {
      c = a.event().value().compareTo(b.event().value());
    }
    if (c == 0) {
      c = valueOf(a.other()).compareTo(valueOf(b.other()));
    }
    if (c == 0) {
      c = valueOf(a.actor()).compareTo(valueOf(b.actor()));
    }
    return c != 0 ? c : a.measure().orElse("").compareTo(b.measure().orElse(""));
  }

  /**
   * Compares as {@link #compare} does two keys of the same event.
   *
   * @param a  a key, not null
   * @param b  another key of the same event, not null
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   */
  public static int compareOnOneEvent(ClaimKey a, ClaimKey b) {
    int c = a.type().compareTo(b.type());
    if (c == 0) {
      c = valueOf(a.other()).compareTo(valueOf(b.other()));
    }
    if (c == 0) {
      c = valueOf(a.actor()).compareTo(valueOf(b.actor()));
    }
    return c != 0 ? c : a.measure().orElse("").compareTo(b.measure().orElse(""));
  }

  private static String valueOf(Optional<?> id) {
    return id.isPresent() ? id.get().toString() : "";
  }

}
