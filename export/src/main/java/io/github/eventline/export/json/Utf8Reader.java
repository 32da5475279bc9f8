package io.github.eventline.export.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a story file as strict UTF-8 for the parser, keeping the line and column of what it has
 * handed over. Not public, by design.
 *
 * <p>Jackson's own byte decoding accepts overlong forms ({@code C0 AF} read as {@code /}) and code
 * points past U+10FFFF, and detects UTF-16 and UTF-32 by itself; a story file is UTF-8 and nothing
 * else (RFC 8259, section 8.1). This reader hands over every character before the first invalid
 * byte, so that a syntax error earlier in the file is reported first, then fails with a {@link
 * Malformed} naming the place of the bad bytes. A UTF-8 byte-order mark is skipped, as RFC 8259
 * allows; a UTF-16 or UTF-32 file is refused with a message that says so.
 */
final class Utf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private boolean endOfInput;
  private boolean started;
  private Malformed failure;
  /** Bytes consumed before the buffer's start. */
  private long offset;
  /** Where the next character handed over stands. */
  private int line = 1;
  private int column = 1;
  private boolean afterCarriageReturn;

  /** Whether well-formed sequences are decoded by {@link #decodeValid} before the JDK's decoder. */
  private final boolean fast;

  Utf8Reader(InputStream in) {
    this(in, true);
  }

  /**
   * Creates a reader; without the fast path, every character goes through the JDK's decoder (the
   * reference the tests compare the fast path with).
   */
  Utf8Reader(InputStream in, boolean fast) {
    this.in = in;
    this.fast = fast;
  }

  /** The encoding problem that ended the reading, with its place in the file. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    final transient Optional<String> hint;

    Malformed(int line, int column, String message, Optional<String> hint) {
      super(message);
      this.line = line;
      this.column = column;
      this.hint = hint;
    }
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    if (!started) {
      start();
    }
    while (true) {
      if (fast) {
        int decoded = decodeValid(buffer, off, len);
        if (decoded > 0) {
          return decoded;
        }
      }
      CharBuffer out = CharBuffer.wrap(buffer, off, len);
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      int count = out.position() - off;
      track(buffer, off, count);
      if (result.isError()) {
        failure = malformed(result.length());
        if (count > 0) {
          return count;
        }
        throw failure;
      }
      if (count > 0) {
        return count;
      }
      if (endOfInput) {
        return -1;
      }
      fill();
    }
  }

  /**
   * Decodes the well-formed characters at the start of the buffered bytes, tracking lines and
   * columns as {@link #track} does, and stops at the first byte sequence that is not a complete,
   * valid character (or when the output is full): the JDK's decoder then takes over from exactly
   * there, so that it alone decides what is malformed and how long the bad sequence is. The JDK's
   * own decoding loop leaves its fast ASCII path for good at the first accented letter of a call;
   * this one goes back to it after each multi-byte character, and counts lines in the same pass.
   *
   * @return the number of characters decoded, 0 if the first sequence is left to the JDK's decoder
   */
  private int decodeValid(char[] out, int off, int len) {
    byte[] src = bytes.array();
    int sp = bytes.arrayOffset() + bytes.position();
    int sl = bytes.arrayOffset() + bytes.limit();
    int dp = off;
    int dl = off + len;
    int ln = line;
    int col = column;
    boolean cr = afterCarriageReturn;
    while (dp < dl && sp < sl) {
      int b = src[sp];
      if (b > '\r') {
        // a run of ASCII characters other than line ends: one comparison a byte
        int start = sp;
        int end = Math.min(sl, sp + dl - dp);
        out[dp++] = (char) b;
        sp++;
        while (sp < end && (b = src[sp]) > '\r') {
          out[dp++] = (char) b;
          sp++;
        }
        col += sp - start;
        cr = false;
        continue;
      }
      if (b >= 0) {
        out[dp++] = (char) b;
        sp++;
        if (b == '\n') {
          if (cr) {
            cr = false;
          } else {
            ln++;
            col = 1;
          }
        } else if (b == '\r') {
          ln++;
          col = 1;
          cr = true;
        } else {
          col++;
          cr = false;
        }
        continue;
      }
      int c;
      if ((b & 0xE0) == 0xC0) {
        if (sp + 1 >= sl) {
          break;
        }
        int b2 = src[sp + 1];
        if ((b2 & 0xC0) != 0x80) {
          break;
        }
        c = (b & 0x1F) << 6 | b2 & 0x3F;
        if (c < 0x80) {
          break;
        }
        out[dp++] = (char) c;
        sp += 2;
      } else if ((b & 0xF0) == 0xE0) {
        if (sp + 2 >= sl) {
          break;
        }
        int b2 = src[sp + 1];
        int b3 = src[sp + 2];
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
          break;
        }
        c = (b & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
        if (c < 0x800 || Character.isSurrogate((char) c)) {
          break;
        }
        out[dp++] = (char) c;
        sp += 3;
      } else if ((b & 0xF8) == 0xF0) {
        if (sp + 3 >= sl || dp + 1 >= dl) {
          break;
        }
        int b2 = src[sp + 1];
        int b3 = src[sp + 2];
        int b4 = src[sp + 3];
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80) {
          break;
        }
        c = (b & 0x07) << 18 | (b2 & 0x3F) << 12 | (b3 & 0x3F) << 6 | b4 & 0x3F;
        if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
          break;
        }
        out[dp++] = Character.highSurrogate(c);
        out[dp++] = Character.lowSurrogate(c);
        sp += 4;
        col++;
      } else {
        break;
      }
      col++;
      cr = false;
    }
    bytes.position(sp - bytes.arrayOffset());
    line = ln;
    column = col;
    afterCarriageReturn = cr;
    return dp - off;
  }

  /** Checks the first bytes: skips a UTF-8 byte-order mark, refuses UTF-16 and UTF-32. */
  private void start() throws IOException {
    started = true;
    while (bytes.remaining() < 4 && !endOfInput) {
      fill();
    }
    int b0 = byteAt(0);
    int b1 = byteAt(1);
    if (b0 == 0xEF && b1 == 0xBB && byteAt(2) == 0xBF) {
      bytes.position(bytes.position() + 3);
      offset += 3;
      return;
    }
    String encoding = null;
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
      encoding = "UTF-16 or UTF-32: it starts with a byte-order mark " + hex(0, 2);
    } else if (b0 == 0 && b1 == 0 && byteAt(2) == 0xFE && byteAt(3) == 0xFF) {
      encoding = "UTF-32: it starts with a byte-order mark " + hex(0, 4);
    } else if (b0 == 0 || b1 == 0) {
      encoding = "UTF-16 or UTF-32: it starts with a zero byte";
    }
    if (encoding != null) {
      failure = new Malformed(1, 1, "the file is not UTF-8 but " + encoding, Optional.of("save it as UTF-8"));
      throw failure;
    }
  }

  private void fill() throws IOException {
    offset += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Returns the byte at an index from the buffer's position, or -1 past the end. */
  private int byteAt(int index) {
    int at = bytes.position() + index;
    return at < bytes.limit() ? bytes.get(at) & 0xFF : -1;
  }

  private String hex(int from, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < from + count && byteAt(i) >= 0; i++) {
      text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", byteAt(i)));
    }
    return text.toString();
  }

  private Malformed malformed(int length) {
    long at = offset + bytes.position();
    String message;
    if (endOfInput && bytes.position() + length >= bytes.limit()) {
      message = String.format(Locale.ROOT, "invalid UTF-8: the file ends inside a character (%s at offset %d)", hex(0, length), at);
    } else if (length == 1) {
      message = String.format(Locale.ROOT, "invalid UTF-8: byte %s at offset %d is not part of a valid character", hex(0, 1), at);
    } else {
      message = String.format(Locale.ROOT, "invalid UTF-8: bytes %s at offset %d do not form a valid character", hex(0, length), at);
    }
    return new Malformed(line, column, message, Optional.of("a story file is UTF-8 text"));
  }

  /** Moves the line and column past the characters handed over, as the parser counts them. */
  private void track(char[] buffer, int off, int count) {
    for (int i = off; i < off + count; i++) {
      char c = buffer[i];
      if (c == '\n' && afterCarriageReturn) {
        afterCarriageReturn = false;
      } else if (c == '\n' || c == '\r') {
        line++;
        column = 1;
        afterCarriageReturn = c == '\r';
      } else {
        column++;
        afterCarriageReturn = false;
      }
    }
  }

  @Override
  public void close() {
    // The caller's stream is left open, as StoryJson promises.
  }
}
