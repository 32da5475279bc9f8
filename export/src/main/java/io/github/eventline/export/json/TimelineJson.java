package io.github.eventline.export.json;

import static java.util.Objects.requireNonNull;

import io.github.eventline.export.internal.OutputFiles;
import io.github.eventline.timeline.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a timeline as JSON, format {@code eventline-timeline/1} (see {@code docs/format.md}): the
 * reconciled view of a story, with its events in timeline order and their stated and derived
 * bounds, every verdict with its explanation, and the temporal conflicts.
 *
 * <pre>{@code
 * Story story = StoryJson.read(Path.of("examples/kursk-2024.json"));
 * Instant asOf = Instant.parse("2024-12-15T00:00:00Z");
 * TimelineJson.write(Timeline.build(story.asKnownAt(asOf)), Optional.of(asOf), Path.of("timeline.json"));
 * }</pre>
 *
 * <p>The top-level fields are {@code format}, {@code asOf} (the instant the story is known at, or
 * null for everything the story holds), {@code events}, {@code verdicts} and {@code conflicts}.
 * The layout is that of story files: UTF-8, two-space indentation, {@code \n} line ends and a
 * final newline, fields in a fixed order.
 *
 * <p><b>Streaming.</b> The document is written element by element with Jackson's generator, as
 * the timeline gives them: nothing is built in memory first. The verdicts are sorted by event id
 * and then by question, so that the file does not depend on the order of the story's input; that
 * holds one array of references to the verdicts while writing, not a copy of them.
 *
 * <p><b>Deterministic.</b> The same story, whatever the order of its elements, and the same
 * {@code asOf} give byte-identical output.
 *
 * <p>Not instantiable. Thread-safe: this class has no mutable state. Every method refuses null
 * arguments.
 */
public final class TimelineJson {

  /** The value of the {@code format} field: {@value}. */
  public static final String FORMAT = "eventline-timeline/1";

  private static final ObjectWriter WRITER =
      JsonMapper.builder(StoryJson.FACTORY).build().writer().with(new CanonicalPrettyPrinter());

  private TimelineJson() {}

  /**
   * Writes a timeline to a stream, UTF-8, ending with a newline, with {@code "asOf": null}. The
   * stream is flushed, not closed.
   *
   * @param timeline  the timeline, not null
   * @param out  the stream, not null
   * @throws IOException if the stream cannot be written
   */
  public static void write(Timeline timeline, OutputStream out) throws IOException {
    write(timeline, Optional.empty(), out);
  }

  /**
   * Writes a timeline to a stream, UTF-8, ending with a newline. The stream is flushed, not closed.
   *
   * @param timeline  the timeline, not null; for a story known at {@code asOf}, built from
   *     {@code story.asKnownAt(asOf)}
   * @param asOf  the instant the story is known at, written as the {@code asOf} field; empty for
   *     {@code null} (everything the story holds)
   * @param out  the stream, not null
   * @throws IOException if the stream cannot be written
   */
  public static void write(Timeline timeline, Optional<Instant> asOf, OutputStream out) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(asOf, "asOf");
    requireNonNull(out, "out");
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      TimelineWriter.timeline(g, timeline, asOf);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes a timeline as text to a writer, ending with a newline: for a console or a {@code
   * StringWriter}. The writer is flushed, not closed.
   *
   * @param timeline  the timeline, not null
   * @param asOf  the instant the story is known at; empty for {@code null}
   * @param out  the writer, not null
   * @throws IOException if the writer fails
   */
  public static void write(Timeline timeline, Optional<Instant> asOf, Writer out) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(asOf, "asOf");
    requireNonNull(out, "out");
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      TimelineWriter.timeline(g, timeline, asOf);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes a timeline file with {@code "asOf": null}, replacing the file if it exists.
   *
   * @param timeline  the timeline, not null
   * @param file  the file, not null
   * @throws IOException if the file cannot be written (a {@link java.nio.file.FileSystemException}
   *     naming {@code file} if it is a directory)
   */
  public static void write(Timeline timeline, Path file) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(file, "file");
    write(timeline, Optional.empty(), file);
  }

  /**
   * Writes a timeline file, replacing it if it exists. The file is written next to its target first
   * and moved into place, so a failed write leaves the old file as it was; a replaced file keeps its
   * permissions, a symbolic link is written through (the file it points to is replaced), and a
   * device such as {@code /dev/null} is written directly.
   *
   * @param timeline  the timeline, not null
   * @param asOf  the instant the story is known at; empty for {@code null}
   * @param file  the file, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Timeline timeline, Optional<Instant> asOf, Path file) throws IOException {
    requireNonNull(timeline, "timeline");
    requireNonNull(asOf, "asOf");
    requireNonNull(file, "file");
    OutputFiles.write(file, out -> write(timeline, asOf, out));
  }

  /**
   * Returns a timeline as JSON text, with {@code "asOf": null}.
   *
   * @param timeline  the timeline, not null
   * @return the JSON text, ending with a newline
   */
  public static String toJson(Timeline timeline) {
    return toJson(timeline, Optional.empty());
  }

  /**
   * Returns a timeline as JSON text.
   *
   * @param timeline  the timeline, not null
   * @param asOf  the instant the story is known at; empty for {@code null}
   * @return the JSON text, ending with a newline
   */
  public static String toJson(Timeline timeline, Optional<Instant> asOf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(timeline, asOf, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
