package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eventline.core.Story;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at and past the parser's limits: huge documents, long chains of references. Each is
 * refused (or read) with a clear result, never an {@link OutOfMemoryError} or a {@link
 * StackOverflowError}. The documents are generated as they are read, never held in memory.
 */
class LargeInputTest {

  private static final long TWO_HUNDRED_MB = 200_000_000L;

  /**
   * A story of events whose summaries have the given length, generated piece by piece until it is
   * at least the given length.
   */
  private static Iterator<byte[]> events(long length, int summaryLength) {
    String summary = "x".repeat(summaryLength);
    return new Iterator<>() {
      private long written;
      private int next = -1;
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public byte[] next() {
        if (done) {
          throw new NoSuchElementException();
        }
        String piece;
        if (next < 0) {
          piece = "{\"format\": \"eventline/1\", \"events\": [\n";
        } else if (written < length) {
          piece = (next == 0 ? "" : ",\n") + "{\"id\": \"e" + next + "\", \"summary\": \"" + summary + "\"}";
        } else {
          piece = "]}\n";
          done = true;
        }
        next++;
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        written += bytes.length;
        return bytes;
      }
    };
  }

  private static InputStream stream(Iterator<byte[]> pieces) {
    return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
      @Override
      public boolean hasMoreElements() {
        return pieces.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return new ByteArrayInputStream(pieces.next());
      }
    });
  }

  @Test
  void read_refusesA200MbFile_beforeReadingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      Iterator<byte[]> pieces = events(TWO_HUNDRED_MB, 20);
      while (pieces.hasNext()) {
        out.write(pieces.next());
      }
    }
    long size = Files.size(file);

    StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> StoryJson.read(file));

    assertThat(size).isGreaterThan(TWO_HUNDRED_MB);
    assertThat(e.problems()).extracting(FileProblem::toString).containsExactly(String.format(java.util.Locale.ROOT,
        "1:1 /: the file is %,d bytes long, more than the limit of 100,000,000 bytes"
            + " (raise the limit with --max-document-bytes (StoryJson.reader().maxDocumentLength in Java))", size));
  }

  /**
   * A stream has no size to check first: the parser stops at the limit. The summaries are long so
   * that the tree built up to the limit stays small (a dense file of tiny events needs about 16 bytes
   * of heap per byte of JSON; see docs/reliability.md).
   */
  @Test
  void read_refusesA200MbStream_atTheDocumentLengthLimit() {
    StoryFileException e = catchThrowableOfType(StoryFileException.class,
        () -> StoryJson.read(stream(events(TWO_HUNDRED_MB, 10_000)), "huge stream"));

    assertThat(e.problems()).singleElement().asString()
        .matches("\\d+:\\d+ /events/\\d+(/\\w+)?: the document is longer than 100,000,000 bytes"
            + " \\(raise the limit with --max-document-bytes \\(StoryJson.reader\\(\\).maxDocumentLength in Java\\)\\)");
  }

  /** A story whose places form one chain, each within the one before. */
  private static String chainOfPlaces(int count) {
    StringBuilder json = new StringBuilder("{\"format\": \"eventline/1\", \"places\": [\n");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"p").append(i).append("\", \"name\": \"P\"")
          .append(i == 0 ? "" : ", \"within\": \"p" + (i - 1) + "\"").append('}');
    }
    return json.append("]}\n").toString();
  }

  @Test
  void read_acceptsAChainOf100000PlacesEachWithinTheLast_withoutStackOverflow() {
    Story story = StoryJson.fromJson(chainOfPlaces(100_000));

    assertThat(story.places()).hasSize(100_000);
  }

  @Test
  void read_reportsACycleClosingAChainOf100000Places() {
    String json = chainOfPlaces(100_000).replace("{\"id\": \"p0\", \"name\": \"P\"}",
        "{\"id\": \"p0\", \"name\": \"P\", \"within\": \"p99999\"}");

    StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> StoryJson.fromJson(json));

    assertThat(e.problems()).singleElement().asString().isEqualTo("2:37 /places/0/within: cycle in within: \"p0\""
        + " -> \"p99999\" -> \"p99998\" -> \"p99997\" -> \"p99996\" -> ... (99991 more) -> \"p4\" -> \"p3\" -> \"p2\" -> \"p1\""
        + " -> \"p0\"; a place cannot be inside itself");
  }

  @Test
  void read_reportsTwentyThousandUnknownReferences_inSeconds() {
    StringBuilder json = new StringBuilder("{\"format\": \"eventline/1\", \"sources\": [{\"id\": \"s\", \"name\": \"S\"}],"
        + " \"events\": [\n");
    int count = 20_000;
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"event-").append(i).append("\", \"summary\": \"E\"}");
    }
    json.append("], \"assertions\": [\n");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"a").append(i)
          .append("\", \"source\": \"s\", \"claim\": {\"type\": \"occurred\", \"event\": \"missing-").append(i).append("\"}}");
    }
    json.append("]}\n");

    StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> StoryJson.fromJson(json.toString()));

    assertThat(e.problems()).hasSize(count);
  }
}
