package io.github.eventline.core.time;

import io.github.eventline.core.time.EdtfParser.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sets of EDTF level 2: one of a set, {@code [2024-08, 2024-09]} ("August or
 * September"), and all of a set, {@code {2024-08, 2024-10}} ("in August and in October"). Not
 * public, by design: the grammar is documented on {@link TimeBounds#parse(String)}.
 *
 * <p>Members are dates as {@link EdtfParser#span} reads them, ranges {@code a..b} (every value
 * from {@code a} to {@code b}), and, first or last, a date open before ({@code ..a}: {@code a} or
 * earlier) or after ({@code a..}: {@code a} or later). Linear in the number of members.
 */
final class EdtfSets {

  private static final String RANGE = "..";

  private EdtfSets() {}

  /** Checks if {@code part} is written as a set: it starts with {@code [} or {@code {}. */
  static boolean isSet(String part) {
    return part.startsWith("[") || part.startsWith("{");
  }

  /**
   * Reads a set into the bounds of its hull, labelled with {@code part}. Something within one of a
   * set starts and ends within the hull; something within all of a set covers every member, so it
   * also starts before the end of the first member and ends after the start of the last.
   */
  static TimeBounds parse(String part, String text) {
    boolean oneOf = part.charAt(0) == '[';
    char close = oneOf ? ']' : '}';
    char last = part.charAt(part.length() - 1);
    if (part.length() < 2 || (last != ']' && last != '}')) {
      throw new EdtfParseException(text, "a set opened with '" + part.charAt(0) + "' needs a closing '" + close + "'");
    }
    if (last != close) {
      throw new EdtfParseException(text, "a set opened with '" + part.charAt(0) + "' closes with '" + close
          + "', not '" + last + "'");
    }
    if (part.indexOf('/') >= 0) {
      throw new EdtfParseException(text, "a set holds dates and ranges such as 2024-08..2024-10, not intervals with '/'");
    }
    String[] members = part.substring(1, part.length() - 1).split(",", -1);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      spans.addAll(member(members[i].strip(), i == 0, i == members.length - 1, text));
    }
    return hull(spans, oneOf, part);
  }

  /** Reads one member: a date, a range {@code a..b}, or a date open before or after. */
  private static List<Span> member(String member, boolean first, boolean last, String text) {
    if (member.isEmpty()) {
      throw new EdtfParseException(text, "a date is missing in the set; write its dates between commas, as in"
          + " [2024-08, 2024-09]");
    }
    if (member.equals(RANGE)) {
      throw new EdtfParseException(text, "'..' in a set needs a date: ..2024-08 (that date or earlier) or 2024-08.."
          + " (that date or later)");
    }
    boolean earlier = member.startsWith(RANGE);
    boolean later = member.endsWith(RANGE);
    if (earlier && later) {
      throw new EdtfParseException(text, member + " is open at both ends and says nothing about when");
    }
    if (earlier && !first) {
      throw new EdtfParseException(text, "only the first member of a set may be open before it, as in [..2024-08, 2024-10]");
    }
    if (later && !last) {
      throw new EdtfParseException(text, "only the last member of a set may be open after it, as in [2024-08, 2024-10..]");
    }
    String date = earlier ? member.substring(2) : later ? member.substring(0, member.length() - 2) : member;
    int range = date.indexOf(RANGE);
    if (range >= 0) {
      if (earlier || later) {
        throw new EdtfParseException(text, "the range " + member + " is also open; write a range a..b or an open date");
      }
      return range(date, date.substring(0, range), date.substring(range + 2), text);
    }
    Span span = EdtfParser.span(date, text);
    if (earlier) {
      return List.of(new Span(Instant.MIN, span.latest(), span.precision(), span.uncertain(), span.approximate(), false));
    }
    if (later) {
      return List.of(new Span(span.earliest(), Instant.MAX, span.precision(), span.uncertain(), span.approximate(), false));
    }
    return List.of(span);
  }

  /** Reads a range {@code from..to} as its two ends, which are in order. */
  private static List<Span> range(String member, String from, String to, String text) {
    Span a = EdtfParser.span(from, text);
    Span b = EdtfParser.span(to, text);
    int order = a.earliest().compareTo(b.latest());
    if (order > 0 || (order == 0 && !(a.instant() && b.instant()))) {
      throw new EdtfParseException(text, "the range " + member + " ends before it starts: " + to + " ends by "
          + b.latest() + ", but " + from + " starts at " + a.earliest() + " or later");
    }
    return List.of(a, b);
  }

  private static TimeBounds hull(List<Span> spans, boolean oneOf, String label) {
    Span first = spans.get(0);
    Instant earliest = first.earliest();
    Instant latest = first.latest();
    Instant firstLatest = first.latest();
    Instant lastEarliest = first.earliest();
    Precision precision = first.precision();
    boolean uncertain = false;
    boolean approximate = false;
    for (Span span : spans) {
      earliest = min(earliest, span.earliest());
      latest = max(latest, span.latest());
      firstLatest = min(firstLatest, span.latest());
      lastEarliest = max(lastEarliest, span.earliest());
      precision = EdtfParser.finer(precision, span.precision());
      uncertain |= span.uncertain();
      approximate |= span.approximate();
    }
    return oneOf
        ? TimeBounds.create(earliest, latest, earliest, latest, precision, label, uncertain, approximate)
        : TimeBounds.create(earliest, firstLatest, lastEarliest, latest, precision, label, uncertain, approximate);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
