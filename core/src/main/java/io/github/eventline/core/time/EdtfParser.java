package io.github.eventline.core.time;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads EDTF (ISO 8601-2) levels 0 and 1, and the forms of level 2 documented on
 * {@link TimeBounds#parse(String)}, into {@link TimeBounds}. Not public, by design.
 *
 * <p>Every value is first read as a {@link Span}, the range in which both the start and the end of
 * what happened lie; an interval {@code a/b} then takes its start from {@code a} and its end from
 * {@code b}.
 */
final class EdtfParser {

  private static final Pattern DATE_TIME = Pattern.compile(
      "([+-][0-9]{5,10}|-?[0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,9})?"
          + "(Z|[+-][0-9]{2}(?::[0-9]{2})?)?");
  private static final Pattern DATE =
      Pattern.compile("([+-][0-9]{5,9}|-?[0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?");
  /** Y-prefixed years, with the exponent ({@code E}) and significant digits ({@code S}) of level 2. */
  private static final Pattern LONG_YEAR = Pattern.compile("Y(-?)([0-9]+)(?:E([0-9]+))?(?:S([0-9]+))?");
  private static final Pattern SIGNIFICANT_YEAR = Pattern.compile("(-?)([0-9]{4})S([0-9]+)");
  private static final Pattern BARE_LONG_YEAR = Pattern.compile("-?[0-9]{5,}");
  /** Qualifiers right before or after a year, month or day; the year may carry a sign or {@code Y-}. */
  private static final Pattern QUALIFIED =
      Pattern.compile("[?~%]?(?:Y-|[-+])?[^-?~%]+[?~%]?(?:-[?~%]?[^-?~%]+[?~%]?){0,2}");
  private static final Pattern QUALIFIER = Pattern.compile("[?~%]");
  private static final Pattern QUALIFIER_RUN = Pattern.compile("[?~%]{2}");

  private static final String EXPECTED =
      "expected an EDTF date such as 2024, 2024-08, 2024-08-06, 2024-08-06T10:00:00Z or 2024-21,"
          + " or an interval such as 2024-08/2024-10";

  /** What one EDTF value says: start and end both lie in {@code [earliest, latest)}. */
  record Span(
      Instant earliest, Instant latest, Precision precision, boolean uncertain, boolean approximate,
      boolean instant) {}

  private EdtfParser() {}

  /**
   * Parses {@code part}, a single value or an interval, labelling the bounds with it; errors quote
   * {@code text}, the whole input that {@code part} belongs to.
   */
  static TimeBounds parse(String part, String text) {
    if (part.isEmpty()) {
      throw new EdtfParseException(text, part.equals(text) ? "the text is empty" : "a date is missing");
    }
    if (EdtfSets.isSet(part)) {
      return EdtfSets.parse(part, text);
    }
    int slash = part.indexOf('/');
    if (slash < 0) {
      Span span = span(part, text);
      return TimeBounds.create(span.earliest(), span.latest(), span.earliest(), span.latest(),
          span.precision(), part, span.uncertain(), span.approximate());
    }
    if (part.indexOf('/', slash + 1) >= 0) {
      throw new EdtfParseException(text, "an interval has exactly one '/'");
    }
    return interval(part, text, part.substring(0, slash), part.substring(slash + 1));
  }

  private static TimeBounds interval(String part, String text, String first, String second) {
    boolean firstKnown = !first.isEmpty() && !first.equals("..");
    boolean secondKnown = !second.isEmpty() && !second.equals("..");
    if (!firstKnown && !secondKnown) {
      throw new EdtfParseException(text, "an interval needs at least one known end");
    }
    Span a = firstKnown ? span(first, text) : null;
    Span b = secondKnown ? span(second, text) : null;
    if (a != null && b != null) {
      int order = a.earliest().compareTo(b.latest());
      if (order > 0 || (order == 0 && !(a.instant() && b.instant()))) {
        throw new EdtfParseException(text, "the interval ends before it starts: " + second + " ends by "
            + b.latest() + ", but " + first + " starts at " + a.earliest() + " or later");
      }
    }
    Instant earliestStart = a != null ? a.earliest() : Instant.MIN;
    Instant latestStart = a != null ? min(a.latest(), b != null ? b.latest() : Instant.MAX) : b.latest();
    Instant earliestEnd = b != null ? max(b.earliest(), a != null ? a.earliest() : Instant.MIN) : a.earliest();
    Instant latestEnd = b != null ? b.latest() : Instant.MAX;
    Precision precision = a == null ? b.precision() : b == null ? a.precision() : finer(a.precision(), b.precision());
    boolean uncertain = (a != null && a.uncertain()) || (b != null && b.uncertain());
    boolean approximate = (a != null && a.approximate()) || (b != null && b.approximate());
    return TimeBounds.create(
        earliestStart, latestStart, earliestEnd, latestEnd, precision, part, uncertain, approximate);
  }

  /** Returns the finer of two precisions, {@link Precision#NONE} counting as the coarsest. */
  static Precision finer(Precision a, Precision b) {
    if (a == Precision.NONE) {
      return b;
    }
    if (b == Precision.NONE) {
      return a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Reads one value with its qualifiers: after the value (level 1) or on its components (level 2,
   * as in {@code ?2024-08-~06}); any qualifier marks the whole value. {@code text} is the whole
   * input, for messages.
   */
  static Span span(String part, String text) {
    if (EdtfSets.isSet(part)) {
      throw new EdtfParseException(text, "a set stands alone: it is neither an end of an interval nor a member of a set");
    }
    String body = QUALIFIER.matcher(part).replaceAll("");
    if (!body.equals(part)) {
      checkQualifiers(part, body, text);
    }
    boolean uncertain = part.indexOf('?') >= 0 || part.indexOf('%') >= 0;
    boolean approximate = part.indexOf('~') >= 0 || part.indexOf('%') >= 0;
    Matcher dateTime = DATE_TIME.matcher(body);
    if (dateTime.matches()) {
      Instant instant = dateTime(dateTime, text);
      return new Span(instant, instant, Precision.SECOND, false, false, true);
    }
    Span span = date(body, text);
    return new Span(span.earliest(), span.latest(), span.precision(), uncertain, approximate, false);
  }

  /** Checks where the qualifiers of {@code part} stand; {@code body} is {@code part} without them. */
  private static void checkQualifiers(String part, String body, String text) {
    if (QUALIFIER_RUN.matcher(part).find()) {
      throw new EdtfParseException(text, "two qualifiers in a row; use one: ? (uncertain), ~ (approximate) or % (both)");
    }
    if (DATE_TIME.matcher(body).matches()) {
      throw new EdtfParseException(text, "qualifiers ? ~ % apply to dates, not to date-times");
    }
    if (body.isEmpty()) {
      throw new EdtfParseException(text, EXPECTED);
    }
    if (!QUALIFIED.matcher(part).matches()) {
      throw new EdtfParseException(text, "a qualifier ? ~ % stands right before or right after a year, month or day,"
          + " as in ?2024-08-06, 2024-?08-06, 2024-08~-06 or 2024-08-06~");
    }
  }

  private static Span date(String body, String text) {
    Matcher longYear = LONG_YEAR.matcher(body);
    if (longYear.matches()) {
      return longYear(longYear, text);
    }
    Matcher significant = SIGNIFICANT_YEAR.matcher(body);
    if (significant.matches()) {
      return years(significant.group(1), significant.group(2), significant.group(3), text);
    }
    if (BARE_LONG_YEAR.matcher(body).matches()) {
      throw new EdtfParseException(text, "a year of more than four digits needs the Y prefix, as in Y" + body);
    }
    Matcher date = DATE.matcher(body);
    if (!date.matches()) {
      throw new EdtfParseException(text, EXPECTED);
    }
    String yearText = date.group(1);
    String month = date.group(2);
    String day = date.group(3);
    if (body.indexOf('X') >= 0) {
      return UnspecifiedDigits.span(body, yearText, month, day, text);
    }
    long year = year(yearText, text);
    if (month == null) {
      return span(startOfYear(year), endOfYear(year), Precision.YEAR);
    }
    int monthNumber = Integer.parseInt(month);
    if (day == null && monthNumber >= 21 && monthNumber <= 41) {
      return season(year, monthNumber, text);
    }
    if (monthNumber < 1 || monthNumber > 12) {
      throw new EdtfParseException(text, "month " + month + " does not exist; months are 01 to 12, seasons 21 to 24");
    }
    YearMonth yearMonth = YearMonth.of((int) year, monthNumber);
    if (day == null) {
      return span(start(yearMonth.atDay(1)), end(yearMonth.atEndOfMonth()), Precision.MONTH);
    }
    int dayNumber = Integer.parseInt(day);
    if (dayNumber < 1 || dayNumber > yearMonth.lengthOfMonth()) {
      throw new EdtfParseException(text, "day " + day + " does not exist in " + yearMonth);
    }
    LocalDate date1 = yearMonth.atDay(dayNumber);
    return span(start(date1), end(date1), Precision.DAY);
  }

  /**
   * Reads a Y-prefixed year: more than four digits ({@code Y170000002}), or an exponent
   * ({@code Y-17E7}, -17 times ten to the seventh), either with significant digits.
   */
  private static Span longYear(Matcher m, String text) {
    String sign = m.group(1);
    String digits = m.group(2);
    String exponent = m.group(3);
    if (exponent == null && digits.length() <= 4) {
      throw new EdtfParseException(text, "a Y-prefixed year needs more than four digits; write "
          + sign + digits + " without the Y");
    }
    if (exponent != null) {
      if (exponent.length() > 2) {
        throw new EdtfParseException(text, "the exponent E" + exponent + " is too large; years run from "
            + Year.MIN_VALUE + " to " + Year.MAX_VALUE + " (java.time)");
      }
      digits = new BigInteger(digits).multiply(BigInteger.TEN.pow(Integer.parseInt(exponent))).toString();
    }
    return years(sign, digits, m.group(4), text);
  }

  /**
   * Reads a year, {@code sign} and {@code digits}, of which only the first {@code significant} are
   * significant (EDTF level 2, {@code 1950S2}: some year from 1900 to 1999); all are when it is
   * null. The bounds cover every year the significant digits allow.
   */
  private static Span years(String sign, String digits, @Nullable String significant, String text) {
    if (significant == null) {
      long year = year(sign + digits, text);
      return span(startOfYear(year), endOfYear(year), Precision.YEAR);
    }
    int count = significant.length() > 1 ? Integer.MAX_VALUE : Integer.parseInt(significant);
    if (count < 1 || count > digits.length()) {
      throw new EdtfParseException(text, "S" + significant + " asks for " + significant + " significant digits of the year "
          + sign + digits + ", which has " + digits.length() + "; write S1 to S" + digits.length());
    }
    String head = digits.substring(0, count);
    long nearest = year(head + "0".repeat(digits.length() - count), text);
    long farthest = year(head + "9".repeat(digits.length() - count), text);
    return sign.isEmpty()
        ? span(startOfYear(nearest), endOfYear(farthest), Precision.YEAR)
        : span(startOfYear(-farthest), endOfYear(-nearest), Precision.YEAR);
  }

  /** Seasons 21-24: the Northern Hemisphere's meteorological seasons; winter runs into the next year. */
  static Span season(long year, int season, String text) {
    if (season > 24) {
      throw new EdtfParseException(text, "season " + season + " is EDTF level 2, which is not supported;"
          + " use 21 to 24 (spring, summer, autumn, winter)");
    }
    YearMonth first = YearMonth.of((int) year, 3 + 3 * (season - 21));
    if (season == 24 && year == Year.MAX_VALUE) {
      throw new EdtfParseException(text, "winter " + year + " ends after the last supported year " + Year.MAX_VALUE);
    }
    YearMonth last = first.plusMonths(2);
    return span(start(first.atDay(1)), end(last.atEndOfMonth()), Precision.SEASON);
  }

  private static Instant dateTime(Matcher m, String text) {
    ZoneOffset offset = offset(m.group(8), text);
    long year = Long.parseLong(m.group(1));
    String fraction = m.group(7) == null ? "" : m.group(7).substring(1);
    int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      return extremeInstant(m.group(0), text);
    }
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = Integer.parseInt(m.group(6));
    checkField(hour, 23, "hour", m.group(4), text);
    checkField(minute, 59, "minute", m.group(5), text);
    checkField(second, 59, "second", m.group(6), text);
    LocalDate date = dayOf((int) year, m.group(2), m.group(3), text);
    try {
      return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos)).toInstant(offset);
    } catch (DateTimeException e) {
      throw new EdtfParseException(text, "the date-time is outside the range of java.time.Instant");
    }
  }

  /** The years +-1000000000 exist only at the very ends of Instant's range, as Instant.toString writes them. */
  private static Instant extremeInstant(String body, String text) {
    try {
      return Instant.parse(body);
    } catch (DateTimeParseException e) {
      throw new EdtfParseException(text, "the date-time is outside the range of java.time.Instant");
    }
  }

  private static LocalDate dayOf(int year, String month, String day, String text) {
    int monthNumber = Integer.parseInt(month);
    if (monthNumber < 1 || monthNumber > 12) {
      throw new EdtfParseException(text, "month " + month + " does not exist; months are 01 to 12");
    }
    YearMonth yearMonth = YearMonth.of(year, monthNumber);
    int dayNumber = Integer.parseInt(day);
    if (dayNumber < 1 || dayNumber > yearMonth.lengthOfMonth()) {
      throw new EdtfParseException(text, "day " + day + " does not exist in " + yearMonth);
    }
    return yearMonth.atDay(dayNumber);
  }

  private static void checkField(int value, int max, String name, String digits, String text) {
    if (value > max) {
      throw new EdtfParseException(text, name + " " + digits + " does not exist; the largest is " + max);
    }
  }

  private static ZoneOffset offset(String offset, String text) {
    if (offset == null || offset.equals("Z")) {
      return ZoneOffset.UTC;
    }
    int hours = Integer.parseInt(offset.substring(1, 3));
    int minutes = offset.length() > 3 ? Integer.parseInt(offset.substring(4)) : 0;
    if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
      throw new EdtfParseException(text, "offset " + offset + " is out of range; offsets run from -18:00 to +18:00");
    }
    int sign = offset.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** Reads a year of at most ten digits with an optional sign, checking java.time's range. */
  static long year(String digits, String text) {
    if (digits.equals("-0000")) {
      throw new EdtfParseException(text, "year -0000 does not exist; year zero is 0000");
    }
    long year;
    try {
      year = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      year = Long.MAX_VALUE;
    }
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new EdtfParseException(text, "year " + digits + " is outside the supported range " + Year.MIN_VALUE
          + " to " + Year.MAX_VALUE + " (java.time)");
    }
    return year;
  }

  /** Formats a year as EDTF writes it: four digits with a sign when negative, Y-prefixed past four digits. */
  static String formatYear(int year) {
    if (year > 9999 || year < -9999) {
      return "Y" + year;
    }
    return (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
  }

  /**
   * Formats a month as {@link LocalDate#toString()} formats years: four digits, or a sign and more
   * digits past 9999 ({@code +12345-08}), which {@link YearMonth#toString()} leaves out.
   */
  static String formatMonth(YearMonth month) {
    String date = month.atDay(1).toString();
    return date.substring(0, date.length() - 3);
  }

  static Span span(Instant earliest, Instant latest, Precision precision) {
    return new Span(earliest, latest, precision, false, false, false);
  }

  static Instant startOfYear(long year) {
    return start(LocalDate.of((int) year, 1, 1));
  }

  static Instant endOfYear(long year) {
    return end(LocalDate.of((int) year, 12, 31));
  }

  /** Returns the first instant of a day, in UTC. */
  static Instant start(LocalDate day) {
    return Instant.ofEpochSecond(day.toEpochDay() * 86_400L);
  }

  /** Returns the first instant after a day, in UTC; safe for the last day java.time knows. */
  static Instant end(LocalDate day) {
    return Instant.ofEpochSecond((day.toEpochDay() + 1) * 86_400L);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
