package io.github.eventline.export.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.Event;
import io.github.eventline.core.EventId;
import io.github.eventline.core.KurskStory;
import io.github.eventline.core.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {

  @TempDir Path dir;

  @Test
  void write_streamsRowsWhileTheyAreRead() throws IOException {
    // A lazily generated table of 50,000 rows: when row n is produced, the rows before it must
    // already have reached the stream, give or take Jackson's buffer.
    int rows = 50_000;
    AtomicLong written = new AtomicLong();
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            written.incrementAndGet();
          }

          @Override
          public void write(byte[] b, int off, int len) {
            written.addAndGet(len);
          }
        };
    long[] writtenWhenLastRowWasRead = new long[1];
    Iterable<Event> events =
        () ->
            new Iterator<>() {
              int next;

              @Override
              public boolean hasNext() {
                return next < rows;
              }

              @Override
              public Event next() {
                if (next == rows - 1) {
                  writtenWhenLastRowWasRead[0] = written.get();
                }
                return Event.builder(EventId.of("event-" + next++), "a generated event").build();
              }
            };
    StoryColumns.EVENTS.write(events, counting, CsvOptions.defaults());
    long total = written.get();
    assertThat(total).isGreaterThan(rows * 20L);
    assertThat(total - writtenWhenLastRowWasRead[0]).as("bytes still buffered at the last row").isLessThan(64 * 1024);
  }

  @Test
  void writeEvents_neverClosesTheCallersStream() throws IOException {
    boolean[] closed = new boolean[1];
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    CsvTables.writeEvents(KurskStory.build(), out, CsvOptions.defaults());
    out.write("after".getBytes(UTF_8));
    assertThat(closed[0]).isFalse();
    assertThat(out.toString(UTF_8)).startsWith("id,type,").endsWith("\r\nafter");
  }

  @Test
  void writeEvents_throwsTheStreamsIOException() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> CsvTables.writeEvents(KurskStory.build(), failing, CsvOptions.defaults()))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThatThrownBy(() -> CsvTables.writeActors(KurskStory.build(), failing, CsvOptions.excel()))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void write_failsWhenTheDirectoryIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> CsvTables.write(KurskStory.build(), file, CsvOptions.defaults()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void emptyStory_givesHeaderOnlyTables() throws IOException {
    Story empty = Story.builder().build();
    CsvTables.write(empty, dir, CsvOptions.defaults());
    assertThat(Files.readString(dir.resolve("places.csv"))).isEqualTo("id,name,aliases,country,lat,lon,within\r\n");
    assertThat(Files.readString(dir.resolve("actors.csv"))).isEqualTo("id,name,kind,aliases,external_ids,member_of\r\n");
  }

  @Test
  void methods_refuseNulls() {
    Story story = KurskStory.build();
    OutputStream out = new ByteArrayOutputStream();
    CsvOptions options = CsvOptions.defaults();
    assertThatThrownBy(() -> CsvTables.write((Story) null, dir, options)).isInstanceOf(NullPointerException.class).hasMessage("story");
    assertThatThrownBy(() -> CsvTables.write(story, null, options)).isInstanceOf(NullPointerException.class).hasMessage("directory");
    assertThatThrownBy(() -> CsvTables.write(story, dir, null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> CsvTables.writeEvents(null, out, options)).isInstanceOf(NullPointerException.class).hasMessage("story");
    assertThatThrownBy(() -> CsvTables.writeAssertions(story, null, options)).isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> CsvTables.writeSources(story, out, null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> CsvCells.join(null)).isInstanceOf(NullPointerException.class).hasMessage("values");
    assertThatThrownBy(() -> CsvCells.guard(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }
}
