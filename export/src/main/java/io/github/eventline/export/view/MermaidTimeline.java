package io.github.eventline.export.view;

import static java.util.Objects.requireNonNull;

import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a timeline as a Mermaid {@code timeline} diagram, for Markdown documents (GitHub renders a
 * fenced {@code mermaid} block as a diagram):
 *
 * <pre>
 * timeline
 *     title Kim Jong-un envoie des troupes en Ukraine
 *     section 2024
 *         early Aug 2024 : Ukrainian offensive in the Kursk region
 *         ongoing as of 15 Dec 2024 : ... : ...
 *     section undated
 *         undated : ...
 * </pre>
 *
 * <p>Events come in timeline order (the order rule of {@link Timeline#events()}), in one section
 * per year of where they are drawn from (a new section whenever the year changes), each line a date
 * and the events at that date: consecutive events whose dates read the same share one line. The
 * date is said as a person would ({@link io.github.eventline.core.time.TimeBoundsFormatter}: {@code
 * 6 Aug 2024}, {@code after 1 Aug 2024}, {@code ongoing as of 15 Dec 2024}), times of day in the
 * display zone: the story's {@code zone}, or the one given, else UTC. An event whose start is open
 * is placed as the order places it; events of which nothing is known come last, in a section
 * {@code undated}, as in every other output.
 *
 * <p>Text goes through {@link #escape(String)}: Mermaid reads {@code :} as a separator, {@code #}
 * as the start of an entity code, {@code ;} as a statement end, and {@code <}, {@code >} and
 * {@code &} as markup, so each is written as a character that looks the same to a reader and means
 * nothing to Mermaid ({@code ꞉ ＃ ； ‹ › ＆}); line breaks become spaces. Mermaid refuses
 * diagrams longer than {@value #MAX_TEXT_SIZE} characters by default, so a longer one is refused
 * here with a message that says so. The output is deterministic.
 */
public final class MermaidTimeline {

  /** The longest diagram Mermaid renders by default (its {@code maxTextSize} setting), in characters. */
  public static final int MAX_TEXT_SIZE = 50_000;

  private static final String INDENT = "    ";

  private MermaidTimeline() {}

  /**
   * Writes a timeline as a raw Mermaid {@code timeline} diagram, without a Markdown fence, times of
   * day in the story's zone (else UTC); the writer is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @throws IllegalArgumentException if the diagram is longer than {@value #MAX_TEXT_SIZE} characters
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Timeline timeline, Writer out) {
    write(timeline, out, Html.zone(timeline));
  }

  /**
   * Writes a timeline as a raw Mermaid {@code timeline} diagram, times of day in a zone; the writer
   * is left open.
   *
   * @param timeline  the timeline, not null
   * @param out  where to write, not null
   * @param zone  the display zone, not null
   * @throws IllegalArgumentException if the diagram is longer than {@value #MAX_TEXT_SIZE} characters
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Timeline timeline, Writer out, ZoneId zone) {
    requireNonNull(timeline, "timeline");
    requireNonNull(out, "out");
    requireNonNull(zone, "zone");
    String diagram = diagram(timeline, zone);
    try {
      out.write(diagram);
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
   * @throws IllegalArgumentException if the diagram is longer than {@value #MAX_TEXT_SIZE} characters
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMarkdown(Timeline timeline, Writer out) {
    requireNonNull(timeline, "timeline");
    requireNonNull(out, "out");
    String diagram = diagram(timeline, Html.zone(timeline));
    try {
      out.write("```mermaid\n" + diagram + "```\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a timeline as a raw Mermaid diagram, as {@link #write(Timeline, Writer)} writes it.
   *
   * @param timeline  the timeline, not null
   * @return the diagram, lines ending with a line feed, not null
   * @throws IllegalArgumentException if the diagram is longer than {@value #MAX_TEXT_SIZE} characters
   */
  public static String toMermaid(Timeline timeline) {
    return toMermaid(timeline, Html.zone(timeline));
  }

  /**
   * Returns a timeline as a raw Mermaid diagram, times of day in a zone.
   *
   * @param timeline  the timeline, not null
   * @param zone  the display zone, not null
   * @return the diagram, lines ending with a line feed, not null
   * @throws IllegalArgumentException if the diagram is longer than {@value #MAX_TEXT_SIZE} characters
   */
  public static String toMermaid(Timeline timeline, ZoneId zone) {
    StringWriter s = new StringWriter();
    write(timeline, s, zone);
    return s.toString();
  }

  /**
   * Returns a timeline as a fenced Markdown block, as {@link #writeMarkdown(Timeline, Writer)}
   * writes it.
   *
   * @param timeline  the timeline, not null
   * @return the Markdown block, not null
   * @throws IllegalArgumentException if the diagram is longer than {@value #MAX_TEXT_SIZE} characters
   */
  public static String toMarkdown(Timeline timeline) {
    StringWriter s = new StringWriter();
    writeMarkdown(timeline, s);
    return s.toString();
  }

  /**
   * Returns text safe in a Mermaid timeline's title, section, date or event, and as readable: the
   * characters Mermaid reads as syntax replaced by look-alikes that it does not, {@code :} by
   * {@code ꞉} (U+A789), {@code #} by {@code ＃} (U+FF03), {@code ;} by {@code ；} (U+FF1B), {@code <}
   * and {@code >} by {@code ‹ ›} (U+2039, U+203A), {@code &} by {@code ＆} (U+FF06); control
   * characters (line breaks among them) as spaces.
   *
   * <pre>{@code
   * escape("Deepwater Horizon: BP & Transocean") == "Deepwater Horizon꞉ BP ＆ Transocean"
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
      switch (c) {
        case ':':
          s.append('\uA789');
          break;
        case '#':
          s.append('\uFF03');
          break;
        case ';':
          s.append('\uFF1B');
          break;
        case '<':
          s.append('\u2039');
          break;
        case '>':
          s.append('\u203A');
          break;
        case '&':
          s.append('\uFF06');
          break;
        default:
          s.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
      }
    }
    return s.toString();
  }

  private static String diagram(Timeline timeline, ZoneId zone) {
    StringBuilder s = new StringBuilder("timeline\n");
    timeline.story().title().ifPresent(t -> s.append(INDENT).append("title ").append(escape(t)).append('\n'));
    List<ViewEvent> undated = new ArrayList<>();
    String section = null;
    String date = null;
    for (ViewEvent v : ViewEvent.of(timeline, zone)) {
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
      String when = v.when();
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
    if (s.length() > MAX_TEXT_SIZE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "The Mermaid diagram of this timeline would be %,d characters: Mermaid refuses diagrams over %,d"
              + " by default (its maxTextSize setting). Show fewer events, or use the HTML view.",
          s.length(), MAX_TEXT_SIZE));
    }
    return s.toString();
  }
}
