package io.github.eventline.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@link TimeBounds}: intersections and the labels of the factories, then EDTF.
 * Not public, by design: the grammar is documented on {@link TimeBounds#parse(String)}.
 */
final class TimeBoundsText {

  /** Joins the labels of an intersection. */
  static final String AND = " & ";

  private static final Pattern BETWEEN = Pattern.compile("between (\\S+) and (\\S+)");
  private static final Pattern AROUND = Pattern.compile("around (\\S+) (?:±|\\+/-)(\\S+)");

  private TimeBoundsText() {}

  static TimeBounds parse(String text) {
    TimeBounds bounds = read(text, text);
    return bounds.label().equals(text) ? bounds : bounds.withLabel(text);
  }

  /** Reads {@code part} of the whole input {@code text}, which error messages quote. */
  private static TimeBounds read(String part, String text) {
    List<String> operands = splitIntersection(part, text);
    if (operands.size() > 1) {
      TimeBounds result = read(operands.get(0), text);
      for (String operand : operands.subList(1, operands.size())) {
        TimeBounds next = read(operand, text);
        result = result.intersection(next).orElseThrow(() -> new EdtfParseException(text,
            "\"" + operand + "\" is disjoint from what comes before it; no interval satisfies both"));
      }
      return result;
    }
    if (part.startsWith("(") && part.endsWith(")")) {
      return read(part.substring(1, part.length() - 1), text);
    }
    if (part.equals("..")) {
      return TimeBounds.unbounded();
    }
    if (part.startsWith("ongoing at ")) {
      return TimeBounds.ongoingAt(read(part.substring("ongoing at ".length()), text));
    }
    if (part.startsWith("not before ")) {
      return TimeBounds.notBefore(read(part.substring("not before ".length()), text));
    }
    if (part.startsWith("not after ")) {
      return TimeBounds.notAfter(read(part.substring("not after ".length()), text));
    }
    if (part.startsWith("early ")) {
      return TimeBounds.early(month(part.substring("early ".length()), text));
    }
    if (part.startsWith("mid ")) {
      return TimeBounds.mid(month(part.substring("mid ".length()), text));
    }
    if (part.startsWith("late ")) {
      return TimeBounds.late(month(part.substring("late ".length()), text));
    }
    if (part.startsWith("between ")) {
      return between(part, text);
    }
    if (part.startsWith("around ")) {
      return around(part, text);
    }
    return EdtfParser.parse(part, text);
  }

  /** Splits at the top-level {@code " & "}, outside parentheses. */
  private static List<String> splitIntersection(String part, String text) {
    List<String> operands = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new EdtfParseException(text, "a ')' has no matching '('");
        }
      } else if (depth == 0 && part.startsWith(AND, i)) {
        operands.add(part.substring(from, i));
        from = i + AND.length();
        i = from - 1;
      }
    }
    if (depth != 0) {
      throw new EdtfParseException(text, "a '(' has no matching ')'");
    }
    operands.add(part.substring(from));
    return operands;
  }

  private static YearMonth month(String month, String text) {
    return java(month, text, YearMonth::parse, "a month such as 2024-08");
  }

  private static LocalDate day(String day, String text) {
    return java(day, text, LocalDate::parse, "a day such as 2024-08-06");
  }

  private static TimeBounds between(String part, String text) {
    Matcher m = BETWEEN.matcher(part);
    if (!m.matches()) {
      throw new EdtfParseException(text, "expected \"between 2024-08-01 and 2024-08-10\"");
    }
    LocalDate first = day(m.group(1), text);
    LocalDate last = day(m.group(2), text);
    if (last.isBefore(first)) {
      throw new EdtfParseException(text, "the last day " + last + " is before the first " + first);
    }
    return TimeBounds.between(first, last);
  }

  private static TimeBounds around(String part, String text) {
    Matcher m = AROUND.matcher(part);
    if (!m.matches()) {
      throw new EdtfParseException(text, "expected \"around 2024-08-06 ±P3D\"");
    }
    LocalDate day = day(m.group(1), text);
    Period margin = java(m.group(2), text, Period::parse, "a period such as P3D");
    try {
      return TimeBounds.around(day, margin);
    } catch (IllegalArgumentException e) {
      throw new EdtfParseException(text, "the margin " + margin + " is negative or too large");
    }
  }

  private static <T> T java(String value, String text, Function<String, T> parser, String expected) {
    try {
      return parser.apply(value);
    } catch (DateTimeException e) {
      throw new EdtfParseException(text, "expected " + expected + ", not \"" + value + "\"");
    }
  }
}
