package io.github.eventline.export.json;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parser's messages into what a user of a story file can act on: Jackson's advice names
 * its own API ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code
 * StreamReadConstraints.getMaxNestingDepth()}), which means nothing to someone editing a file.
 * Not public, by design.
 */
final class ParserMessages {

  private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern COMMENT = Pattern.compile("maybe a \\(non-standard\\) comment\\?");
  private static final Pattern LIMIT = Pattern.compile(
      "(Document nesting depth|String value length|Name length|Number value length|Document length)"
          + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private ParserMessages() {}

  /** A problem's message and hint. */
  record Advice(String message, Optional<String> hint) {}

  /**
   * Returns what to say for a parser's message.
   *
   * @param original  the parser's message, without its location, or null
   */
  static Advice of(String original) {
    String text = original == null ? "unreadable input" : original;
    Matcher m = NON_NUMERIC.matcher(text);
    if (m.find()) {
      return new Advice("invalid JSON: " + m.group(1) + " is not a JSON number",
          Optional.of("JSON has no NaN or infinity: write a number, or leave the field out"));
    }
    if (COMMENT.matcher(text).find()) {
      return new Advice("invalid JSON: comments are not allowed",
          Optional.of("JSON has no comments: remove it, or keep the note in an \"x-\" field"));
    }
    m = LIMIT.matcher(text);
    if (m.find()) {
      return limit(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
    return new Advice("invalid JSON: " + clean(text), Optional.empty());
  }

  private static Advice limit(String what, long found, long limit) {
    switch (what) {
      case "Document nesting depth":
        return new Advice(format("arrays and objects nested more than %,d deep", limit),
            Optional.of(format("the reader's limit is %,d levels", limit)));
      case "String value length":
        return new Advice(format("a string longer than %,d characters", limit),
            Optional.of(format("the reader's limit is %,d characters", limit)));
      case "Name length":
        return new Advice(format("a field name longer than %,d characters", limit),
            Optional.of(format("field names are at most %,d characters", limit)));
      case "Number value length":
        return new Advice(format("a number of %,d characters, longer than the limit of %,d", found, limit),
            Optional.of("write it with fewer digits"));
      default:
        return new Advice(format("the document is longer than %,d bytes", limit), Optional.of(DOCUMENT_HINT));
    }
  }

  /** How to read a longer document, on the command line and in Java. */
  static final String DOCUMENT_HINT =
      "raise the limit with --max-document-bytes (StoryJson.reader().maxDocumentLength in Java)";

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  /**
   * Drops Jackson's source descriptions, and its advice naming its own features and constraints:
   * they repeat what the problem says, or speak of Jackson's API.
   */
  static String clean(String message) {
    return message
        .replaceAll("(?s)\\s*\\(start marker at .*", "")
        .replaceAll("(?s)\\s*\\n.*", "")
        .replaceAll("\\s*\\([^()]*(Feature|StreamReadConstraints|JsonReadFeature)[^()]*\\)", "")
        .replaceAll(":?\\s*enable `[^`]*` to allow", "");
  }
}
