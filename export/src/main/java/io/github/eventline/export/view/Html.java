package io.github.eventline.export.view;

import io.github.eventline.timeline.Timeline;
import io.github.eventline.timeline.VerdictStatus;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** HTML escapes and the words and marks the views give each status. */
final class Html {

  private Html() {}

  /** Returns text escaped for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          s.append("&amp;");
          break;
        case '<':
          s.append("&lt;");
          break;
        case '>':
          s.append("&gt;");
          break;
        case '"':
          s.append("&quot;");
          break;
        case '\'':
          s.append("&#39;");
          break;
        default:
          s.append(c);
      }
    }
    return s.toString();
  }

  /** Returns the display zone of a timeline's story: its {@code zone}, else UTC. */
  static ZoneId zone(Timeline timeline) {
    return timeline.story().zone().orElse(ZoneOffset.UTC);
  }

  /** Returns a status as a word: {@code corroborated}. */
  static String statusName(VerdictStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
