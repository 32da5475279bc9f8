package io.github.eventline.cli;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.time.Precision;
import io.github.eventline.core.time.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Says a {@link TimeBounds} as a person would: {@code 6 Aug 2024}, {@code Aug 2024}, {@code 2024},
 * {@code early Aug 2024}, {@code spring 2024}, {@code 6-10 Aug 2024}, {@code after 6 Aug 2024},
 * {@code before 6 Aug 2024}, {@code from Aug 2024}, {@code until 6 Aug 2024},
 * {@code ongoing as of 14 Dec 2024}, {@code unknown date}.
 *
 * <p>The text names the span the event lies within, from its earliest start to its latest end, in
 * UTC, by the largest calendar unit that fits it exactly: a year, a season (when stated as one), a
 * month, the early (days 1-10), mid (11-20) or late (21-end) part of a month, a day, or a range of
 * those. "after D" and "before D" include the day D itself. Approximate dates (EDTF {@code ~}) read
 * {@code about ...}; uncertain ones (EDTF {@code ?}) end with {@code ?}. Years are ISO years, so
 * 44 BC is {@code -43}. Not public, by design: the command's own wording.
 */
final class HumanDates {

  static final String UNKNOWN = "unknown date";

  /** English month abbreviations, fixed here so that no JDK locale data changes the output. */
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** The instants a {@link LocalDateTime} can hold; beyond them, instants are shown as they are. */
  private static final Instant FIRST = LocalDateTime.MIN.toInstant(ZoneOffset.UTC);
  private static final Instant LAST = LocalDateTime.MAX.toInstant(ZoneOffset.UTC);

  private HumanDates() {}

  /**
   * Returns the text for optional bounds.
   *
   * @param bounds  the bounds, empty if none were stated
   * @return the text, {@value #UNKNOWN} if empty or unbounded
   */
  static String format(Optional<TimeBounds> bounds) {
    return requireNonNull(bounds, "bounds").map(HumanDates::format).orElse(UNKNOWN);
  }

  /**
   * Returns the text for bounds.
   *
   * @param bounds  the bounds, not null
   * @return the text, not empty
   */
  static String format(TimeBounds bounds) {
    requireNonNull(bounds, "bounds");
    String text = describe(bounds);
    if (text.equals(UNKNOWN)) {
      return text;
    }
    if (bounds.isApproximate()) {
      text = "about " + text;
    }
    return bounds.isUncertain() ? text + "?" : text;
  }

  /**
   * Returns the calendar day of an instant, in UTC.
   *
   * @param instant  a finite instant
   * @return the day, such as {@code 6 Aug 2024}
   */
  static String day(Instant instant) {
    return date(instant).map(HumanDates::day).orElse(instant.toString());
  }

  /**
   * Returns the calendar day of the last moment before an exclusive end, in UTC.
   *
   * @param endExclusive  a finite instant
   * @return the day, such as {@code 6 Aug 2024} for {@code 2024-08-07T00:00Z}
   */
  static String lastDay(Instant endExclusive) {
    return day(endExclusive.minusNanos(1));
  }

  private static String describe(TimeBounds b) {
    boolean lowKnown = !b.earliestStart().equals(Instant.MIN);
    boolean highKnown = !b.latestEnd().equals(Instant.MAX);
    boolean latestStartKnown = !b.latestStart().equals(Instant.MAX);
    boolean earliestEndKnown = !b.earliestEnd().equals(Instant.MIN);
    if (lowKnown && highKnown) {
      return span(b.earliestStart(), b.latestEnd(), b.precision());
    }
    if (lowKnown) {
      return latestStartKnown
          ? "from " + span(b.earliestStart(), b.latestStart(), b.precision())
          : "after " + day(b.earliestStart());
    }
    if (highKnown) {
      return earliestEndKnown
          ? "until " + span(b.earliestEnd(), b.latestEnd(), b.precision())
          : "before " + lastDay(b.latestEnd());
    }
    if (latestStartKnown && earliestEndKnown) {
      // Started by the latest start, not over by the earliest end: ongoing at the time in between.
      return b.earliestEnd().isAfter(b.latestStart())
          ? "ongoing throughout " + span(b.latestStart(), b.earliestEnd(), b.precision())
          : "ongoing as of " + span(b.earliestEnd(), b.latestStart(), b.precision());
    }
    if (latestStartKnown) {
      return "started before " + lastDay(b.latestStart());
    }
    if (earliestEndKnown) {
      return "ended after " + day(b.earliestEnd());
    }
    return UNKNOWN;
  }

  /** Names the span {@code [from, to)} by the largest calendar unit that fits it exactly. */
  private static String span(Instant from, Instant to, Precision precision) {
    Optional<LocalDateTime> a = dateTime(from);
    Optional<LocalDateTime> b = dateTime(to);
    if (a.isEmpty() || b.isEmpty()) {
      return from + " to " + to;
    }
    boolean midnights = a.get().toLocalTime().equals(LocalTime.MIDNIGHT)
        && b.get().toLocalTime().equals(LocalTime.MIDNIGHT);
    if (midnights && a.get().isBefore(b.get())) {
      return days(a.get().toLocalDate(), b.get().toLocalDate(), precision);
    }
    return times(a.get(), b.get(), precision);
  }

  /** Names the whole days {@code [first, endExclusive)}. */
  private static String days(LocalDate first, LocalDate endExclusive, Precision precision) {
    LocalDate last = endExclusive.minusDays(1);
    if (first.getDayOfYear() == 1 && endExclusive.getDayOfYear() == 1) {
      return first.getYear() == last.getYear()
          ? Integer.toString(first.getYear())
          : first.getYear() + "-" + last.getYear();
    }
    if (first.getDayOfMonth() == 1 && endExclusive.getDayOfMonth() == 1) {
      return months(first, last, precision);
    }
    if (first.withDayOfMonth(1).equals(last.withDayOfMonth(1))) {
      Optional<String> part = partOfMonth(first, last);
      if (part.isPresent()) {
        return part.get();
      }
    }
    if (first.equals(last)) {
      return day(first);
    }
    if (first.getYear() != last.getYear()) {
      return day(first) + "-" + day(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return first.getDayOfMonth() + " " + month(first.getMonth()) + "-" + day(last);
    }
    return first.getDayOfMonth() + "-" + day(last);
  }

  /** Names whole months from the month of {@code first} to the month of {@code last}. */
  private static String months(LocalDate first, LocalDate last, Precision precision) {
    if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
      return month(first.getMonth()) + " " + first.getYear();
    }
    if (precision == Precision.SEASON
        && first.plusMonths(3).minusDays(1).equals(last)
        && first.getMonthValue() % 3 == 0) {
      return season(first.getMonth()) + " " + first.getYear();
    }
    if (first.getYear() == last.getYear()) {
      return month(first.getMonth()) + "-" + month(last.getMonth()) + " " + first.getYear();
    }
    return month(first.getMonth()) + " " + first.getYear() + "-" + month(last.getMonth()) + " " + last.getYear();
  }

  private static Optional<String> partOfMonth(LocalDate first, LocalDate last) {
    String part;
    if (first.getDayOfMonth() == 1 && last.getDayOfMonth() == 10) {
      part = "early";
    } else if (first.getDayOfMonth() == 11 && last.getDayOfMonth() == 20) {
      part = "mid";
    } else if (first.getDayOfMonth() == 21 && last.getDayOfMonth() == last.lengthOfMonth()) {
      part = "late";
    } else {
      return Optional.empty();
    }
    return Optional.of(part + " " + month(first.getMonth()) + " " + first.getYear());
  }

  /** Names a span that does not fall on whole days: day and time of both ends, in UTC. */
  private static String times(LocalDateTime a, LocalDateTime b, Precision precision) {
    String start = day(a.toLocalDate()) + " " + time(a.toLocalTime(), precision);
    if (a.equals(b)) {
      return start + " UTC";
    }
    String end = a.toLocalDate().equals(b.toLocalDate())
        ? time(b.toLocalTime(), precision)
        : day(b.toLocalDate()) + " " + time(b.toLocalTime(), precision);
    return start + "-" + end + " UTC";
  }

  private static String time(LocalTime time, Precision precision) {
    boolean seconds = precision == Precision.SECOND || time.getSecond() != 0 || time.getNano() != 0;
    return String.format(Locale.ROOT, seconds ? "%02d:%02d:%02d" : "%02d:%02d",
        time.getHour(), time.getMinute(), time.getSecond());
  }

  private static String day(LocalDate date) {
    return date.getDayOfMonth() + " " + month(date.getMonth()) + " " + date.getYear();
  }

  private static String month(Month month) {
    return MONTHS[month.ordinal()];
  }

  private static String season(Month firstMonth) {
    switch (firstMonth) {
      case MARCH:
        return "spring";
      case JUNE:
        return "summer";
      case SEPTEMBER:
        return "autumn";
      default:
        return "winter";
    }
  }

  private static Optional<LocalDate> date(Instant instant) {
    return dateTime(instant).map(LocalDateTime::toLocalDate);
  }

  /** Returns the UTC date-time, or empty for instants beyond {@link LocalDateTime}'s range. */
  private static Optional<LocalDateTime> dateTime(Instant instant) {
    return instant.isBefore(FIRST) || instant.isAfter(LAST)
        ? Optional.empty()
        : Optional.of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
