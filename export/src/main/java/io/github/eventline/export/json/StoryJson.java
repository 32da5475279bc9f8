package io.github.eventline.export.json;

import static java.util.Objects.requireNonNull;

import io.github.eventline.core.Story;
import io.github.eventline.export.internal.OutputFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes story files, format {@code eventline/1} (see {@code docs/format.md}).
 *
 * <pre>{@code
 * Story story = StoryJson.read(Path.of("examples/kursk-2024.json"));
 * StoryJson.write(story, Path.of("copy.json"));
 * }</pre>
 *
 * <p><b>Reading</b> reports every problem of a file at once, in a {@link StoryFileException}: each
 * {@link FileProblem} has its line, column and JSON pointer, says what was expected, and often how
 * to fix it. Field problems (wrong type, missing required field, invalid id or EDTF date, unknown
 * field) come first in the reader's pass; then the story's own validation ({@link
 * Story.Builder#problems()}: unknown references, duplicate ids, cycles...) runs on what could be
 * built, and its problems are placed where the offending value sits in the file. Unknown fields
 * are errors, except {@code x-} fields, which are kept in the model's {@code extensions} and
 * written back.
 *
 * <p><b>Limits</b>: the parser refuses, as a {@link StoryFileException}, a document nested deeper
 * than {@value #MAX_NESTING_DEPTH} levels, longer than {@value #MAX_DOCUMENT_LENGTH} bytes, with a
 * string longer than {@value #MAX_STRING_LENGTH} characters, a field name longer than
 * {@value #MAX_NAME_LENGTH} characters or a number longer than {@value #MAX_NUMBER_LENGTH}
 * characters. {@link #reader()} gives a {@link Reader} whose document length, nesting depth and
 * string length limits can be changed, for a story larger than the default document limit.
 * No polymorphic typing is involved anywhere: the format names every type itself.
 *
 * <p><b>Writing</b> is canonical and lossless: {@code read(write(story))} equals {@code story}, and
 * writing a file that the library wrote gives the same bytes. UTF-8, two-space indentation, {@code
 * \n} line ends and a final newline, non-ASCII characters as they are; fields in the order of
 * {@code docs/format.md}; absent optional fields, empty lists and default values (kind {@code
 * other}, event type {@code event}, polarity {@code positive}, certainty {@code certain}) left out.
 *
 * <p><b>Memory</b>: {@link #read(Path)} and {@link #fromJson(String)} stream the top-level lists
 * of the file element by element, so that only the model is kept; a problem of the story's
 * validation inside one of them is placed by parsing the input again. {@link #read(InputStream,
 * String)} cannot read its input twice and holds a located tree of the whole document while it
 * reads.
 *
 * <p>The same reading and writing is available to Jackson users through {@link EventlineModule}.
 * Thread-safe: this class has no mutable state.
 */
public final class StoryJson {

  /** The deepest nesting of arrays and objects a story file may have. */
  public static final int MAX_NESTING_DEPTH = 200;
  /**
   * The highest nesting depth {@link Reader#maxNestingDepth(int)} accepts, and the deepest nesting
   * the writers write: what is read can always be written back, and reading never needs more
   * stack than a thread of a default size has.
   */
  public static final int NESTING_DEPTH_CEILING = 1_000;
  /** The longest string value, in characters (1 MB of text). */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest document, in bytes (100 MB). */
  public static final long MAX_DOCUMENT_LENGTH = 100_000_000L;

  /** The resource path of the JSON Schema (draft 2020-12) of format {@code eventline/1}. */
  public static final String SCHEMA_RESOURCE = "/io/github/eventline/export/json/eventline-1.schema.json";

  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxDocumentLength(MAX_DOCUMENT_LENGTH)
      .build();

  static final JsonFactory FACTORY = factory(CONSTRAINTS);

  private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY).addModule(new EventlineModule()).build();

  private static final Reader DEFAULT_READER = new Reader(MAX_DOCUMENT_LENGTH, MAX_NESTING_DEPTH, MAX_STRING_LENGTH);

  private static final ObjectWriter WRITER = MAPPER.writer().with(new CanonicalPrettyPrinter());

  private StoryJson() {}

  /** Returns a factory of parsers with the given limits and of generators as the writers write. */
  static JsonFactory factory(StreamReadConstraints constraints) {
    return builder(constraints).build();
  }

  private static JsonFactoryBuilder builder(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(NESTING_DEPTH_CEILING).build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII);
  }

  /**
   * Reads a story file, with the default limits.
   *
   * @param file  the file, UTF-8, not null
   * @return the story, not null
   * @throws StoryFileException listing every problem of the file, if it has any
   * @throws IOException if the file cannot be read
   */
  public static Story read(Path file) throws IOException {
    return DEFAULT_READER.read(file);
  }

  /**
   * Reads a story from a stream, which is left open, with the default limits.
   *
   * @param in  the stream, UTF-8 JSON, not null
   * @param sourceName  the name of the stream in messages, such as a file name, not null
   * @return the story, not null
   * @throws StoryFileException listing every problem, if there is any
   * @throws IOException if the stream cannot be read
   */
  public static Story read(InputStream in, String sourceName) throws IOException {
    return DEFAULT_READER.read(in, sourceName);
  }

  /**
   * Reads a story from JSON text, with the default limits.
   *
   * @param json  the text, not null
   * @return the story, not null
   * @throws StoryFileException listing every problem, if there is any
   */
  public static Story fromJson(String json) {
    return DEFAULT_READER.fromJson(json);
  }

  /**
   * Returns a reader with the default limits ({@link #MAX_DOCUMENT_LENGTH} and the others), whose
   * limits can be raised or lowered:
   *
   * <pre>{@code
   * Story story = StoryJson.reader().maxDocumentLength(2_000_000_000L).read(Path.of("big.json"));
   * }</pre>
   *
   * @return the reader, not null
   */
  public static Reader reader() {
    return DEFAULT_READER;
  }

  /**
   * Reads story files with given parser limits; {@link StoryJson#reader()} gives the default
   * ones. Reads exactly as {@link StoryJson#read(Path)} does, reporting a file past a limit as a
   * {@link StoryFileException}.
   *
   * <p>Reading a file or a text streams its top-level lists, holding one element's located tree at
   * a time beside the model being built; a stream, which cannot be read twice, is held whole as a
   * located tree. For a story larger than the default document limit, raise the limit together
   * with the heap; {@code docs/format.md} gives the sizes measured.
   * Immutable and thread-safe.
   */
  public static final class Reader {

    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final JsonFactory factory;

    private Reader(long maxDocumentLength, int maxNestingDepth, int maxStringLength) {
      this.maxDocumentLength = maxDocumentLength;
      this.maxNestingDepth = maxNestingDepth;
      this.maxStringLength = maxStringLength;
      // parsers that tell token places without making an object each time, where Jackson allows
      this.factory = LocatingJsonFactory.create(builder(StreamReadConstraints.builder()
          .maxNestingDepth(maxNestingDepth)
          .maxStringLength(maxStringLength)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(maxDocumentLength)
          .build()));
    }

    /**
     * Returns a reader like this one that refuses documents longer than the given length.
     *
     * @param bytes  the longest document, in bytes, at least 1 ({@link Long#MAX_VALUE} for no limit)
     * @return the reader, not null
     * @throws IllegalArgumentException if the length is less than 1
     */
    public Reader maxDocumentLength(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("The document length limit must be at least 1 byte, not " + bytes);
      }
      return new Reader(bytes, maxNestingDepth, maxStringLength);
    }

    /**
     * Returns a reader like this one that refuses arrays and objects nested deeper than the given
     * depth.
     *
     * @param depth  the deepest nesting, from 1 to {@link #NESTING_DEPTH_CEILING}
     * @return the reader, not null
     * @throws IllegalArgumentException if the depth is less than 1 or more than the ceiling
     */
    public Reader maxNestingDepth(int depth) {
      if (depth < 1 || depth > NESTING_DEPTH_CEILING) {
        throw new IllegalArgumentException("The nesting depth limit must be from 1 to " + NESTING_DEPTH_CEILING
            + " (StoryJson.NESTING_DEPTH_CEILING, the deepest the writers write), not " + depth);
      }
      return new Reader(maxDocumentLength, depth, maxStringLength);
    }

    /**
     * Returns a reader like this one that refuses string values longer than the given length.
     *
     * @param characters  the longest string value, in characters, at least 1
     * @return the reader, not null
     * @throws IllegalArgumentException if the length is less than 1
     */
    public Reader maxStringLength(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("The string length limit must be at least 1 character, not " + characters);
      }
      return new Reader(maxDocumentLength, maxNestingDepth, characters);
    }

    /**
     * Returns the longest document this reader accepts.
     *
     * @return the limit, in bytes, at least 1 ({@link Long#MAX_VALUE} for no limit)
     */
    public long maxDocumentLength() {
      return maxDocumentLength;
    }

    /**
     * Returns the deepest nesting of arrays and objects this reader accepts.
     *
     * @return the limit, from 1 to {@link #NESTING_DEPTH_CEILING}
     */
    public int maxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Returns the longest string value this reader accepts.
     *
     * @return the limit, in characters, at least 1
     */
    public int maxStringLength() {
      return maxStringLength;
    }

    /**
     * Reads a story file. A regular file longer than the document limit is refused before it is
     * read.
     *
     * @param file  the file, UTF-8, not null
     * @return the story, not null
     * @throws StoryFileException listing every problem of the file, if it has any
     * @throws IOException if the file cannot be read
     */
    public Story read(Path file) throws IOException {
      requireNonNull(file, "file");
      if (Files.isRegularFile(file) && Files.size(file) > maxDocumentLength) {
        throw new StoryFileException(file.toString(), List.of(tooLong(Files.size(file))));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, file.toString(), Optional.of(() -> reparse(file)));
      }
    }

    /**
     * Reads a story from a stream, which is left open.
     *
     * @param in  the stream, UTF-8 JSON, not null
     * @param sourceName  the name of the stream in messages, such as a file name, not null
     * @return the story, not null
     * @throws StoryFileException listing every problem, if there is any
     * @throws IOException if the stream cannot be read
     */
    public Story read(InputStream in, String sourceName) throws IOException {
      requireNonNull(in, "in");
      requireNonNull(sourceName, "sourceName");
      return read(in, sourceName, Optional.empty());
    }

    /**
     * Reads a story; with a way to parse the input again, the top-level lists are streamed
     * element by element (a problem of the story's validation is then placed by parsing the input
     * again), else the whole located tree is kept.
     */
    private Story read(InputStream in, String sourceName, Optional<Supplier<Node>> reparse) throws IOException {
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
        return StoryJson.read(p, sourceName, reparse);
      } catch (JacksonIOException e) {
        throw e.getCause();
      }
    }

    /** Parses a file again into its located tree, or returns null if it cannot. */
    private Node reparse(Path file) {
      try (InputStream in = Files.newInputStream(file);
          JsonParser p = factory.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
        return DocumentParser.parse(p, new Problems(), Optional.empty()).orElse(null);
      } catch (IOException | JacksonException e) {
        return null;
      }
    }

    /** Parses a text again into its located tree, or returns null if it cannot. */
    private Node reparse(String json) {
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
        return DocumentParser.parse(p, new Problems(), Optional.empty()).orElse(null);
      } catch (JacksonException e) {
        return null;
      }
    }

    /**
     * Reads a story from JSON text.
     *
     * @param json  the text, not null
     * @return the story, not null
     * @throws StoryFileException listing every problem, if there is any
     */
    public Story fromJson(String json) {
      requireNonNull(json, "json");
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
        return StoryJson.read(p, "JSON text", Optional.of(() -> reparse(json)));
      } catch (JacksonIOException e) {
        throw new UncheckedIOException(e.getCause());
      }
    }

    /** Returns the factory of this reader's parsers, for tests. */
    JsonFactory factoryForTests() {
      return factory;
    }

    /** The problem of a file longer than the limit, found before reading it. */
    private FileProblem tooLong(long bytes) {
      return new FileProblem(1, 1, "", String.format(java.util.Locale.ROOT,
          "the file is %,d bytes long, more than the limit of %,d bytes", bytes, maxDocumentLength),
          Optional.of(ParserMessages.DOCUMENT_HINT));
    }

    /**
     * Returns the limits, for messages and tests.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "StoryJson.Reader[maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth
          + ", maxStringLength=" + maxStringLength + "]";
    }
  }

  private static Story read(JsonParser p, String sourceName, Optional<Supplier<Node>> reparse) {
    Problems problems = new Problems();
    Optional<Story> story;
    if (reparse.isPresent()) {
      StoryTreeReader reader = StoryTreeReader.streaming(reparse.get());
      story = DocumentParser.parse(p, problems, Optional.of(reader)).flatMap(r -> reader.finish(r, problems));
    } else {
      story = DocumentParser.parse(p, problems, Optional.empty()).flatMap(r -> StoryTreeReader.read(r, problems));
    }
    if (story.isEmpty() || !problems.isEmpty()) {
      throw new StoryFileException(sourceName, problems.inFileOrder());
    }
    return story.get();
  }

  /**
   * Writes a story file, replacing it if it exists. The file is written next to its target first
   * and moved into place, so a failed write leaves the old file as it was; a replaced file keeps its
   * permissions, a symbolic link is written through (the file it points to is replaced), and a
   * device such as {@code /dev/null} is written directly.
   *
   * @param story  the story, not null
   * @param file  the file, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the story holds a value the format cannot hold (an extension
   *     that is not JSON, or a time marked uncertain whose label is not EDTF)
   */
  public static void write(Story story, Path file) throws IOException {
    requireNonNull(story, "story");
    requireNonNull(file, "file");
    OutputFiles.write(file, out -> write(story, out));
  }

  /**
   * Writes a story to a stream, UTF-8, ending with a newline. The stream is flushed, not closed.
   *
   * @param story  the story, not null
   * @param out  the stream, not null
   * @throws IOException if the stream cannot be written
   * @throws IllegalArgumentException if the story holds a value the format cannot hold
   */
  public static void write(Story story, OutputStream out) throws IOException {
    requireNonNull(story, "story");
    requireNonNull(out, "out");
    try {
      WRITER.writeValue(out, story);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Returns a story as the text of a story file.
   *
   * @param story  the story, not null
   * @return the JSON text, ending with a newline
   */
  public static String toJson(Story story) {
    requireNonNull(story, "story");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(story, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of format {@code eventline/1}, shipped in this jar at
   * {@link #SCHEMA_RESOURCE}.
   *
   * @return the schema text, not null
   */
  public static String schema() {
    try (InputStream in = StoryJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The schema resource " + SCHEMA_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
