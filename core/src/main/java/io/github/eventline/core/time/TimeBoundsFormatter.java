package io.github.eventline.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Says a {@link TimeBounds} as a person would: {@code 6 Aug 2024}, {@code Aug 2024}, {@code 2024},
 * {@code early Aug 2024}, {@code spring 2024}, {@code 6-10 Aug 2024}, {@code after 6 Aug 2024},
 * {@code before 6 Aug 2024}, {@code from Aug 2024}, {@code until 6 Aug 2024}, {@code began between
 * 21 and 29 Apr 2010}, {@code began 21 Apr 2010, ended Sep 2010}, {@code ongoing as of 14 Dec
 * 2024}, {@code unknown date}. The {@code eventline} command prints its dates with it.
 *
 * <pre>{@code
 * TimeBoundsFormatter text = TimeBoundsFormatter.of(Locale.ENGLISH, ZoneId.of("America/Chicago"));
 * text.format(TimeBounds.notBefore(TimeBounds.parse("2024-08-01")));   // "after 1 Aug 2024"
 * text.format(TimeBounds.parse("2010-04-20T21:45:00-05:00")); // "20 Apr 2010 21:45:00 -05:00"
 * }</pre>
 *
 * <p>When the start and the end are known within the same window, the text names that window, from
 * the earliest start to the latest end, by the largest calendar unit that fits it exactly: a year, a
 * season (when stated as one), a month, the early (days 1-10), mid (11-20) or late (21-end) part of
 * a month, a day, or a range of those ({@code Aug-Oct 2024} starts within August and ends within
 * October). When they are known within different windows that are not both units of the same kind,
 * it says each: {@code began 21 Apr 2010, ended Sep 2010}; a window that is no calendar unit reads
 * {@code between 21 and 29 Apr 2010}, never as a span. "after D" and "before D" include the day D
 * itself. Approximate dates (EDTF {@code ~}) read {@code about ...}; uncertain ones (EDTF {@code ?})
 * end with {@code ?}. Years are ISO years, so 44 BC is {@code -43}.
 *
 * <p><b>Time zones.</b> Dates stated as calendar dates (year, season, month or day precision, and
 * derived bounds that fall on midnights UTC) are the same in every zone and read as stated. Times of
 * day (hour, minute or second precision, and other instants) read in the formatter's zone, with its
 * offset at that instant ({@code 21:45 -05:00}), or {@code UTC}.
 *
 * <p><b>Languages.</b> The words are English; {@link #of(Locale, ZoneId)} accepts the English
 * locales and refuses the others rather than mix languages. Month names are fixed here, so that no
 * JDK locale data changes the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeBoundsFormatter {

  /** The text of bounds of which nothing is known. */
  public static final String UNKNOWN = "unknown date";

  /** English, in UTC: the command's default. */
  public static final TimeBoundsFormatter ENGLISH_UTC = new TimeBoundsFormatter(ZoneOffset.UTC);

  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** The instants a {@link LocalDateTime} can hold, with a day's margin for any zone's offset. */
  private static final Instant FIRST = LocalDateTime.MIN.plusDays(1).toInstant(ZoneOffset.UTC);
  private static final Instant LAST = LocalDateTime.MAX.minusDays(1).toInstant(ZoneOffset.UTC);

  private final ZoneId zone;

  private TimeBoundsFormatter(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Obtains a formatter for a locale and a zone.
   *
   * @param locale  the language of the text: English ({@code en}, any country), not null
   * @param zone  the zone in which times of day are read, not null
   * @return the formatter, not null
   * @throws IllegalArgumentException if the locale is not English
   */
  public static TimeBoundsFormatter of(Locale locale, ZoneId zone) {
    requireNonNull(locale, "locale");
    requireNonNull(zone, "zone");
    if (!locale.getLanguage().equals("en")) {
      throw new IllegalArgumentException("Unsupported locale \"" + locale.toLanguageTag()
          + "\" for dates: only English (en) is written; use Locale.ENGLISH");
    }
    return zone.equals(ZoneOffset.UTC) ? ENGLISH_UTC : new TimeBoundsFormatter(zone);
  }

  /**
   * Returns the zone in which times of day are read.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns a copy of this formatter that reads times of day in another zone.
   *
   * @param zone  the zone, not null
   * @return the formatter, not null
   */
  public TimeBoundsFormatter withZone(ZoneId zone) {
    return of(Locale.ENGLISH, zone);
  }

  /**
   * Returns the text for bounds.
   *
   * @param bounds  the bounds, not null
   * @return the text, {@value #UNKNOWN} for unbounded bounds, not empty
   */
  public String format(TimeBounds bounds) {
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
   * Returns the calendar day of an instant: in UTC at midnight UTC (where dates begin), else in the
   * formatter's zone.
   *
   * @param instant  a finite instant, not null
   * @return the day, such as {@code 6 Aug 2024}
   */
  public String day(Instant instant) {
    requireNonNull(instant, "instant");
    return local(instant, !isUtcMidnight(instant)).map(t -> day(t.toLocalDate())).orElse(instant.toString());
  }

  /**
   * Returns the calendar day of the last moment before an exclusive end, as {@link #day(Instant)}.
   *
   * @param endExclusive  a finite instant, not null
   * @return the day, such as {@code 6 Aug 2024} for {@code 2024-08-07T00:00Z}
   */
  public String lastDay(Instant endExclusive) {
    requireNonNull(endExclusive, "endExclusive");
    Instant last = endExclusive.minusNanos(1);
    return local(last, !isUtcMidnight(endExclusive)).map(t -> day(t.toLocalDate())).orElse(last.toString());
  }

  @Override
  public String toString() {
    return "TimeBoundsFormatter[en, " + zone + "]";
  }

  private String describe(TimeBounds b) {
    boolean lowKnown = !b.earliestStart().equals(Instant.MIN);
    boolean highKnown = !b.latestEnd().equals(Instant.MAX);
    boolean latestStartKnown = !b.latestStart().equals(Instant.MAX);
    boolean earliestEndKnown = !b.earliestEnd().equals(Instant.MIN);
    Precision p = b.precision();
    if (lowKnown && highKnown) {
      return both(b, p);
    }
    if (lowKnown) {
      if (!latestStartKnown) {
        return "after " + day(b.earliestStart());
      }
      Optional<String> unit = unit(b.earliestStart(), b.latestStart(), p);
      return unit.isPresent() ? "from " + unit.get() : "began " + window(b.earliestStart(), b.latestStart(), p);
    }
    if (highKnown) {
      if (!earliestEndKnown) {
        return "before " + lastDay(b.latestEnd());
      }
      Optional<String> unit = unit(b.earliestEnd(), b.latestEnd(), p);
      return unit.isPresent() ? "until " + unit.get() : "ended " + window(b.earliestEnd(), b.latestEnd(), p);
    }
    if (latestStartKnown && earliestEndKnown) {
      // Started by the latest start, not over by the earliest end: ongoing at the time in between.
      return b.earliestEnd().isAfter(b.latestStart())
          ? "ongoing throughout " + span(b.latestStart(), b.earliestEnd(), p)
          : "ongoing as of " + span(b.earliestEnd(), b.latestStart(), p);
    }
    if (latestStartKnown) {
      return "started before " + lastDay(b.latestStart());
    }
    if (earliestEndKnown) {
      return "ended after " + day(b.earliestEnd());
    }
    return UNKNOWN;
  }

  /** Says bounds with both outer ends known: one window, a span of like units, or each end. */
  private String both(TimeBounds b, Precision p) {
    boolean sameWindow = b.earliestStart().equals(b.earliestEnd()) && b.latestStart().equals(b.latestEnd());
    if (sameWindow) {
      return span(b.earliestStart(), b.latestEnd(), p);
    }
    Optional<Unit> start = unitOf(b.earliestStart(), b.latestStart(), p);
    Optional<Unit> end = unitOf(b.earliestEnd(), b.latestEnd(), p);
    if (start.isPresent() && end.isPresent() && start.get().kind == end.get().kind) {
      return span(b.earliestStart(), b.latestEnd(), p);
    }
    return "began " + start.map(u -> u.text).orElseGet(() -> window(b.earliestStart(), b.latestStart(), p))
        + ", ended " + end.map(u -> u.text).orElseGet(() -> window(b.earliestEnd(), b.latestEnd(), p));
  }

  /** The kinds of calendar unit a window can be. */
  private enum Kind { TIME, DAY, PART_OF_MONTH, MONTH, SEASON, YEAR }

  /** A window that is one calendar unit, and its name. */
  private static final class Unit {
    final Kind kind;
    final String text;

    Unit(Kind kind, String text) {
      this.kind = kind;
      this.text = text;
    }
  }

  private Optional<String> unit(Instant from, Instant to, Precision precision) {
    return unitOf(from, to, precision).map(u -> u.text);
  }

  /** Names the window {@code [from, to)} if it is exactly one calendar unit, or one instant. */
  private Optional<Unit> unitOf(Instant from, Instant to, Precision precision) {
    boolean clock = isClock(from, to, precision);
    Optional<LocalDateTime> a = local(from, clock);
    Optional<LocalDateTime> b = local(to, clock);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    if (from.equals(to)) {
      return Optional.of(new Unit(Kind.TIME, times(a.get(), b.get(), precision) + zoneText(from, clock)));
    }
    if (clock || !a.get().toLocalTime().equals(LocalTime.MIDNIGHT) || !b.get().toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return Optional.empty();
    }
    LocalDate first = a.get().toLocalDate();
    LocalDate end = b.get().toLocalDate();
    LocalDate last = end.minusDays(1);
    if (first.equals(last)) {
      return Optional.of(new Unit(Kind.DAY, day(first)));
    }
    if (first.getDayOfYear() == 1 && end.equals(first.plusYears(1))) {
      return Optional.of(new Unit(Kind.YEAR, Integer.toString(first.getYear())));
    }
    if (first.getDayOfMonth() == 1 && end.equals(first.plusMonths(1))) {
      return Optional.of(new Unit(Kind.MONTH, month(first.getMonth()) + " " + first.getYear()));
    }
    if (precision == Precision.SEASON && first.getDayOfMonth() == 1 && first.getMonthValue() % 3 == 0
        && end.equals(first.plusMonths(3))) {
      return Optional.of(new Unit(Kind.SEASON, season(first.getMonth()) + " " + first.getYear()));
    }
    if (first.withDayOfMonth(1).equals(last.withDayOfMonth(1))) {
      return partOfMonth(first, last).map(t -> new Unit(Kind.PART_OF_MONTH, t));
    }
    return Optional.empty();
  }

  /** Says a window that is no calendar unit: {@code between 21 and 29 Apr 2010}. */
  private String window(Instant from, Instant to, Precision precision) {
    boolean clock = isClock(from, to, precision);
    Optional<LocalDateTime> a = local(from, clock);
    Optional<LocalDateTime> b = local(to, clock);
    if (a.isEmpty() || b.isEmpty()) {
      return "between " + from + " and " + to;
    }
    if (clock || !a.get().toLocalTime().equals(LocalTime.MIDNIGHT) || !b.get().toLocalTime().equals(LocalTime.MIDNIGHT)) {
      String end = a.get().toLocalDate().equals(b.get().toLocalDate())
          ? time(b.get().toLocalTime(), precision)
          : day(b.get().toLocalDate()) + " " + time(b.get().toLocalTime(), precision);
      return "between " + day(a.get().toLocalDate()) + " " + time(a.get().toLocalTime(), precision)
          + " and " + end + zoneText(from, clock);
    }
    LocalDate first = a.get().toLocalDate();
    LocalDate last = b.get().toLocalDate().minusDays(1);
    if (first.getYear() != last.getYear()) {
      return "between " + day(first) + " and " + day(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return "between " + first.getDayOfMonth() + " " + month(first.getMonth()) + " and " + day(last);
    }
    return "between " + first.getDayOfMonth() + " and " + day(last);
  }

  /** Names the span {@code [from, to)} by the largest calendar unit that fits it exactly. */
  private String span(Instant from, Instant to, Precision precision) {
    boolean clock = isClock(from, to, precision);
    Optional<LocalDateTime> a = local(from, clock);
    Optional<LocalDateTime> b = local(to, clock);
    if (a.isEmpty() || b.isEmpty()) {
      return from + " to " + to;
    }
    boolean midnights = a.get().toLocalTime().equals(LocalTime.MIDNIGHT)
        && b.get().toLocalTime().equals(LocalTime.MIDNIGHT);
    if (!clock && midnights && a.get().isBefore(b.get())) {
      return days(a.get().toLocalDate(), b.get().toLocalDate(), precision);
    }
    return times(a.get(), b.get(), precision) + zoneText(from, clock);
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

  /** Names a span that does not fall on whole days: day and time of both ends. */
  private static String times(LocalDateTime a, LocalDateTime b, Precision precision) {
    String start = day(a.toLocalDate()) + " " + time(a.toLocalTime(), precision);
    if (a.equals(b)) {
      return start;
    }
    String end = a.toLocalDate().equals(b.toLocalDate())
        ? time(b.toLocalTime(), precision)
        : day(b.toLocalDate()) + " " + time(b.toLocalTime(), precision);
    return start + "-" + end;
  }

  /** The zone after a time of day: {@code " UTC"} for dates and UTC, else the zone's offset then. */
  private String zoneText(Instant at, boolean clock) {
    if (!clock || zone.equals(ZoneOffset.UTC)) {
      return " UTC";
    }
    ZoneOffset offset = zone.getRules().getOffset(at);
    return offset.equals(ZoneOffset.UTC) ? " UTC" : " " + offset.getId();
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

  /**
   * Checks if a window is read on the clock, in the formatter's zone, rather than as calendar dates:
   * at a precision finer than a day, or without precision when an end is not a midnight UTC.
   */
  private static boolean isClock(Instant from, Instant to, Precision precision) {
    switch (precision) {
      case HOUR:
      case MINUTE:
      case SECOND:
        return true;
      case NONE:
        return !isUtcMidnight(from) || !isUtcMidnight(to);
      default:
        return false;
    }
  }

  private static boolean isUtcMidnight(Instant instant) {
    return instant.getEpochSecond() % 86_400 == 0 && instant.getNano() == 0;
  }

  /** Returns the local date-time, in the zone or in UTC, or empty beyond {@link LocalDateTime}'s range. */
  private Optional<LocalDateTime> local(Instant instant, boolean inZone) {
    return instant.isBefore(FIRST) || instant.isAfter(LAST)
        ? Optional.empty()
        : Optional.of(LocalDateTime.ofInstant(instant, inZone ? zone : ZoneOffset.UTC));
  }
}
