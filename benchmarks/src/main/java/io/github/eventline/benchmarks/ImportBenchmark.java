package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.export.json.StoryJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import: {@link StoryJson.Reader#read(Path)} (no document limit) of an {@code size}-event story file ({@link
 * StoryShape#file(int)}: one relation and one other assertion per event) against a Jackson tree
 * parse of the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

  /** A plain mapper without document limits, as a user parsing the file by hand would have. */
  private static final JsonMapper TREE = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(-1).build())
          .build())
      .build();

  /**
   * The library's reader, with the document limit raised to the file's size class: the default
   * 100 MB refuses files of more than about 110,000 events of this shape, as a user reading a
   * million-event file would raise it ({@code --max-document-bytes} in the CLI).
   */
  private static final StoryJson.Reader READER = StoryJson.reader().maxDocumentLength(Long.MAX_VALUE);

  /** The number of events in the story file. */
  @Param("1000")
  public int size;

  private Path file;

  /** Creates the benchmark; JMH and the tests call it. */
  public ImportBenchmark() {}

  /**
   * Writes the story file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("eventline-import-" + size + "-", ".json");
    SyntheticStories.writeFile(StoryShape.file(size), file);
  }

  /**
   * Deletes the story file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Returns the story file. @return the path */
  public Path file() {
    return file;
  }

  /**
   * Reads the story with Eventline: parse, check every field, build and validate the model.
   *
   * @return the story
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public Story library() throws IOException {
    return READER.read(file);
  }

  /**
   * Parses the same file into a Jackson tree.
   *
   * @return the tree
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public JsonNode baseline() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return TREE.readTree(in);
    }
  }
}
