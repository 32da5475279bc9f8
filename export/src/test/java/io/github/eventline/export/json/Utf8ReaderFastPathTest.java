package io.github.eventline.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Utf8Reader} decodes well-formed characters on a fast path and leaves everything else to
 * the JDK's decoder: on random bytes (valid text of every UTF-8 length, line ends of every kind,
 * and invalid sequences: overlong forms, encoded surrogates, code points past U+10FFFF, stray
 * continuation bytes, a character cut by the end of the file), read in random pieces from a stream
 * that hands over random pieces, it gives the same characters, and fails at the same place with the
 * same message, as the JDK's decoder alone.
 */
class Utf8ReaderFastPathTest {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_givesWhatTheJdkDecoderGives_onRandomBytes(long seed) {
    byte[] bytes = randomBytes(new Random(seed));

    String fast = readAll(new Utf8Reader(new Pieces(bytes, seed), true), seed);
    String jdk = readAll(new Utf8Reader(new Pieces(bytes, seed), false), seed);

    assertThat(fast).as("seed %d", seed).isEqualTo(jdk);
  }

  /** Reads everything, in random lengths, and ends with the failure's place and message, if any. */
  private static String readAll(Utf8Reader reader, long seed) {
    Random lengths = new Random(seed * 31 + 7);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[5000];
    try {
      while (true) {
        int off = lengths.nextInt(4);
        int n = reader.read(buffer, off, 2 + lengths.nextInt(lengths.nextBoolean() ? 8 : 4000));
        if (n < 0) {
          return text.append("|end").toString();
        }
        text.append(buffer, off, n);
      }
    } catch (Utf8Reader.Malformed e) {
      return text.append("|").append(e.line).append(':').append(e.column).append(' ').append(e.getMessage())
          .append(' ').append(e.hint).toString();
    } catch (IOException e) {
      throw new AssertionError("seed " + seed, e);
    }
  }

  private static byte[] randomBytes(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('{');
    int pieces = random.nextInt(random.nextBoolean() ? 50 : 20_000);
    boolean invalid = random.nextInt(3) == 0;
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(100);
      if (kind < 60) {
        out.write(' ' + random.nextInt(95));
      } else if (kind < 66) {
        byte[] end = new byte[][] {{'\n'}, {'\r'}, {'\r', '\n'}, {'\n', '\r'}, {'\t'}}[random.nextInt(5)];
        out.write(end, 0, end.length);
        if (random.nextBoolean()) {
          out.write('\n');
        }
      } else if (kind < 97 || !invalid) {
        int cp;
        switch (random.nextInt(3)) {
          case 0:
            cp = 0x80 + random.nextInt(0x800 - 0x80);
            break;
          case 1:
            do {
              cp = 0x800 + random.nextInt(0x10000 - 0x800);
            } while (Character.isSurrogate((char) cp));
            break;
          default:
            cp = 0x10000 + random.nextInt(Character.MAX_CODE_POINT + 1 - 0x10000);
            break;
        }
        byte[] encoded = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(encoded, 0, encoded.length);
      } else {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xBF},
            {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xFF},
            {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0x28}};
        byte[] b = bad[random.nextInt(bad.length)];
        out.write(b, 0, b.length);
      }
    }
    if (invalid && random.nextBoolean()) {
      byte[][] cut = {{(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
      byte[] b = cut[random.nextInt(cut.length)];
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  /** A stream that hands over its bytes in random pieces, as a socket or a pipe may. */
  private static final class Pieces extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private int at;

    Pieces(byte[] bytes, long seed) {
      this.bytes = bytes;
      this.random = new Random(seed * 17 + 3);
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, bytes.length - at), 1 + random.nextInt(random.nextBoolean() ? 5 : 20_000));
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
