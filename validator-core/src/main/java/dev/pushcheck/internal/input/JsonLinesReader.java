package dev.pushcheck.internal.input;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * JSON Lines: every non-blank line is one message. Lines are split and decoded here but parsed
 * later on worker threads, so a malformed line never stops the lines after it.
 */
public final class JsonLinesReader implements MessageReader {
  static final int MAX_LINE_BYTES = 64 << 20;
  private static final int INITIAL_LINE_CAPACITY = 8192;

  private final int maxLineBytes;

  JsonLinesReader() {
    this(MAX_LINE_BYTES);
  }

  JsonLinesReader(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public void read(String source, InputStream in, Consumer<RawMessage> sink) throws IOException {
    new Lines(source, sink, true).readAll(in);
  }

  /**
   * Reads part of a plain JSON Lines input: whole lines, whose numbers count from the part's first
   * line (and whose indexes from its first message).
   *
   * @param inputStart whether the part starts the input (only there is a byte-order mark skipped)
   * @return the line breaks read: how many lines the part held, but for an unended last line
   */
  public static long readPart(
      String source, InputOpener.Opener opener, boolean inputStart, Consumer<RawMessage> sink)
      throws InputProblem {
    try (InputStream in = opener.open()) {
      Lines lines = new JsonLinesReader().new Lines(source, sink, inputStart);
      lines.readAll(in);
      return lines.lineBreaks;
    } catch (IOException e) {
      throw InputProblems.of(source, e);
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  /** The index of the first '\n' in {@code bytes[from, to)}, or -1; eight bytes at a time. */
  static int indexOfNewline(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
      // A byte of the word is zero (a '\n' of the input) where this sets its high bit; the lowest
      // such byte is always right, even where a borrow sets higher ones.
      long zeros = (word - ONES) & ~word & HIGH_BITS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Whether every byte of {@code bytes[start, end)} is ASCII; eight bytes at a time. */
  static boolean isAscii(byte[] bytes, int start, int end) {
    int i = start;
    long high = 0;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      high |= (long) LONGS.get(bytes, i);
    }
    for (; i < end; i++) {
      high |= bytes[i];
    }
    return (high & HIGH_BITS) == 0;
  }

  private final class Lines {
    private final String source;
    private final Consumer<RawMessage> sink;
    // Reports invalid UTF-8 instead of replacing it, so such a line is unreadable, not altered.
    private final CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[INITIAL_LINE_CAPACITY];
    private int length;
    private boolean tooLong;
    private int lineNumber = 1;
    private long index;
    private long lineBreaks;
    private final boolean inputStart;

    Lines(String source, Consumer<RawMessage> sink, boolean inputStart) {
      this.source = source;
      this.sink = sink;
      this.inputStart = inputStart;
    }

    void readAll(InputStream in) throws IOException {
      byte[] buffer = new byte[64 << 10];
      int read;
      while ((read = in.read(buffer)) != -1) {
        int start = 0;
        int end;
        while ((end = indexOfNewline(buffer, start, read)) >= 0) {
          lineBreaks++;
          if (length == 0 && !tooLong) {
            // The whole line is in the buffer: no copy to the line buffer.
            endLine(buffer, start, end);
          } else {
            append(buffer, start, end - start);
            endLine(line, 0, length);
          }
          start = end + 1;
        }
        append(buffer, start, read - start);
      }
      if (length > 0 || tooLong) {
        endLine(line, 0, length);
      }
    }

    private void append(byte[] bytes, int offset, int count) {
      if (tooLong || count == 0) {
        return;
      }
      if ((long) length + count > maxLineBytes) {
        tooLong = true;
        line = new byte[INITIAL_LINE_CAPACITY];
        length = 0;
        return;
      }
      if (length + count > line.length) {
        line =
            Arrays.copyOf(
                line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, length + count)));
      }
      System.arraycopy(bytes, offset, line, length, count);
      length += count;
    }

    /** Ends the line held in {@code bytes[from, to)}, its line break excluded. */
    private void endLine(byte[] bytes, int from, int to) {
      if (tooLong || to - from > maxLineBytes) {
        sink.accept(unreadable(tooLongProblem()));
      } else {
        int start =
            from + (lineNumber == 1 && inputStart ? byteOrderMarkLength(bytes, from, to) : 0);
        int end = to > start && bytes[to - 1] == '\r' ? to - 1 : to;
        if (!isBlank(bytes, start, end)) {
          sink.accept(decode(bytes, start, end));
        }
      }
      lineNumber++;
      length = 0;
      tooLong = false;
      if (line.length > INITIAL_LINE_CAPACITY << 4) {
        line = new byte[INITIAL_LINE_CAPACITY];
      }
    }

    private static int byteOrderMarkLength(byte[] bytes, int from, int to) {
      return to - from >= 3
              && bytes[from] == (byte) 0xEF
              && bytes[from + 1] == (byte) 0xBB
              && bytes[from + 2] == (byte) 0xBF
          ? 3
          : 0;
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
      for (int i = start; i < end; i++) {
        if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
          return false;
        }
      }
      return true;
    }

    private RawMessage decode(byte[] bytes, int start, int end) {
      String text;
      try {
        // ASCII, most of a capture, is its own Latin-1 string: one copy, no decoder.
        text =
            isAscii(bytes, start, end)
                ? new String(bytes, start, end - start, StandardCharsets.ISO_8859_1)
                : utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        return unreadable(
            Finding.of(Rule.MALFORMED_JSON)
                .expected("UTF-8")
                .actual("invalid byte sequence")
                .detail("the line is not valid UTF-8")
                .at(lineNumber, 1));
      }
      return RawMessage.in(source, index++).at(lineNumber, 1).text(text, Origin.atLine(lineNumber));
    }

    private Finding tooLongProblem() {
      return Finding.of(Rule.MALFORMED_JSON)
          .expected("a line of at most " + maxLineBytes + " bytes")
          .actual("a longer line")
          .detail("the line is longer than " + maxLineBytes + " bytes")
          .at(lineNumber, 1);
    }

    private RawMessage unreadable(Finding problem) {
      return RawMessage.in(source, index++).at(lineNumber, 1).unreadable(problem);
    }
  }
}
