package io.github.eventline.benchmarks;

import io.github.eventline.core.Story;
import io.github.eventline.imports.BadRows;
import io.github.eventline.imports.GdeltReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * GDELT import: {@link GdeltReader#read(Path, BadRows)} of a {@code size}-row Events export
 * ({@link GdeltFiles}, written at setup into a temporary file) against a plain Jackson CSV read of
 * the same file that turns every row into the values a user would take from it (strings, whole
 * and decimal numbers) and keeps them, without building a story; {@link #parseOnly()} keeps nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GdeltImportBenchmark {

  /** Rows as string arrays: tab-separated, no quoting, no header, as GDELT writes them. */
  private static final ObjectReader READER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build()
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar());

  /** The columns of whole numbers: day, month, year, IsRootEvent, root code, quad class, counts, geo types. */
  private static final int[] WHOLE = {1, 2, 3, 25, 28, 29, 31, 32, 33, 35, 43, 51};

  /** The columns of decimals: fraction date, Goldstein scale, tone, latitudes and longitudes. */
  private static final int[] DECIMAL = {4, 30, 34, 40, 41, 48, 49, 56, 57};

  /** The number of event rows in the file. */
  @Param("1000")
  public int size;

  private Path file;

  /** Creates the benchmark; JMH and the tests call it. */
  public GdeltImportBenchmark() {}

  /**
   * Writes the Events file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("eventline-gdelt-" + size + "-", ".export.CSV");
    GdeltFiles.writeEvents(file, size, 20240806L);
  }

  /**
   * Deletes the Events file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Returns the Events file. @return the path */
  public Path file() {
    return file;
  }

  /**
   * Reads the file with Eventline: every cell checked, the story built and validated.
   *
   * @return the story
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public Story library() throws IOException {
    return GdeltReader.read(file, BadRows.stop());
  }

  /**
   * Reads the same file with Jackson's CSV module row by row, each row into its field values (the
   * id, day, counts and codes as whole numbers, the scale, tone and coordinates as decimals, the
   * rest as strings), and keeps them: the plain read a user would write to hold the file in memory,
   * as the story holds it.
   *
   * @return the values of every row
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public List<Object[]> baseline() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = READER.readValues(file.toFile())) {
      while (it.hasNextValue()) {
        rows.add(values(it.nextValue()));
      }
    }
    return rows;
  }

  /**
   * Reads the same file as {@link #baseline()} and keeps nothing: the cost of parsing alone.
   *
   * @return the number of rows and a checksum of their values
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long[] parseOnly() throws IOException {
    long rows = 0;
    long sum = 0;
    try (MappingIterator<String[]> it = READER.readValues(file.toFile())) {
      while (it.hasNextValue()) {
        sum += values(it.nextValue()).length;
        rows++;
      }
    }
    return new long[] {rows, sum};
  }

  /** The values of one row: numbers parsed where the codebook has numbers, strings elsewhere. */
  static Object[] values(String[] r) {
    Object[] v = new Object[r.length];
    for (int i = 0; i < r.length; i++) {
      v[i] = r[i];
    }
    v[0] = Long.parseLong(r[0]);
    for (int i : WHOLE) {
      v[i] = r[i].isEmpty() ? null : Integer.parseInt(r[i]);
    }
    for (int i : DECIMAL) {
      v[i] = r[i].isEmpty() ? null : Double.parseDouble(r[i]);
    }
    v[59] = Long.parseLong(r[59]);
    return v;
  }
}
