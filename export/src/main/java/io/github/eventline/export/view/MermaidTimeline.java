package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a timeline as a Mermaid {@code timeline} diagram, for Markdown documents (GitHub renders a
 * fenced {@code mermaid} block as a diagram):
 *
 * <pre>
 * timeline
 *     title Kim Jong-un envoie des troupes en Ukraine
 *     section 2024
 *         2024-08-06 : Offensive ukrainienne dans la région de Koursk
 *         2024-12 : ... : ...
 *     section undated
 *         undated : ...
 * </pre>
 *
 * <p>Events come in timeline order, in one section per year of their earliest start (a new section
 * whenever the year changes), each line a date and the events at that date: consecutive events
 * whose dates read the same share one line. The date is the event's derived bounds at their
 * precision, as {@code 2024-08-06} or a range {@code 2024-08-06 – 2024-08-09} (earliest start to
 * latest end). Events whose earliest start is unbounded come last, in a section {@code undated}.
 *
 * <p>Text goes through {@link #escape(String)}: Mermaid reads {@code :} as a separator, {@code #}
 * as the start of an entity code and {@code ;} as a statement end, so each is written as the
 * Mermaid entity code of its decimal code point ({@code #58;}, {@code #35;}, {@code #59;}), as are
 * {@code <} and {@code >}; line breaks become spaces. The output is deterministic.
 */
public final class MermaidTimeline {

  private static final String INDENT = "    ";

  private MermaidTimeline() {}

  /**
   * Writes a timeline as a raw Mermaid {@code timeline} diagram, without a Markdown fence; the
   * writer is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Timeline timeline, Writer out) {
    requireNonNull(timeline, "timeline");
    requireNonNull(out, "out");
    try {
      out.write(diagram(timeline));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a timeline as a Mermaid diagram in a Markdown fence ({@code ```mermaid ... ```}); the
   * writer is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMarkdown(Timeline timeline, Writer out) {
    requireNonNull(timeline, "timeline");
    requireNonNull(out, "out");
    try {
      out.write("```mermaid\n" + diagram(timeline) + "```\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a timeline as a raw Mermaid diagram, as {@link #write(Timeline, Writer)} writes it.
   *
   * @param timeline  the timeline, not null
   * @return the diagram, lines ending with a line feed, not null
   */
  public static String toMermaid(Timeline timeline) {
    StringWriter s = new StringWriter();
    write(timeline, s);
    return s.toString();
  }

  /**
   * Returns a timeline as a fenced Markdown block, as {@link #writeMarkdown(Timeline, Writer)}
   * writes it.
   *
   * @param timeline  the timeline, not null
   * @return the Markdown block, not null
   */
  public static String toMarkdown(Timeline timeline) {
    StringWriter s = new StringWriter();
    writeMarkdown(timeline, s);
    return s.toString();
  }

  /**
   * Returns text safe in a Mermaid timeline's title, section, date or event: {@code :}, {@code #},
   * {@code ;}, {@code <} and {@code >} as Mermaid entity codes, control characters (line breaks
   * among them) as spaces.
   *
   * <pre>{@code
   * escape("C#: 1; 2") == "C#35;#58; 1#59; 2"
   * }</pre>
   *
   * @param text  the text, not null
   * @return the escaped text, not null
   */
  public static String escape(String text) {
    requireNonNull(text, "text");
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '#' || c == ';' || c == '<' || c == '>') {
        s.append('#').append((int) c).append(';');
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        s.append(' ');
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static String diagram(Timeline timeline) {
    StringBuilder s = new StringBuilder("timeline\n");
    timeline.story().title().ifPresent(t -> s.append(INDENT).append("title ").append(escape(t)).append('\n'));
    List<ViewEvent> undated = new ArrayList<>();
    String section = null;
    String date = null;
    for (ViewEvent v : ViewEvent.of(timeline)) {
      LocalDateTime start = v.start();
      if (start == null) {
        undated.add(v);
        continue;
      }
      String year = DateText.year(start.getYear());
      if (!year.equals(section)) {
        if (date != null) {
          s.append('\n');
        }
        section = year;
        date = null;
        s.append(INDENT).append("section ").append(escape(year)).append('\n');
      }
      LocalDateTime last = v.lastMoment();
      String when = last == null
          ? DateText.of(start, v.precision()) + " \u2013"
          : DateText.range(start, last, v.precision());
      if (when.equals(date)) {
        s.append(" : ").append(escape(v.event().summary()));
      } else {
        if (date != null) {
          s.append('\n');
        }
        date = when;
        s.append(INDENT).append(INDENT).append(escape(when)).append(" : ").append(escape(v.event().summary()));
      }
    }
    if (date != null) {
      s.append('\n');
    }
    if (!undated.isEmpty()) {
      s.append(INDENT).append("section undated\n").append(INDENT).append(INDENT).append("undated");
      for (ViewEvent v : undated) {
        s.append(" : ").append(escape(v.event().summary()));
      }
      s.append('\n');
    }
    return s.toString();
  }
}
