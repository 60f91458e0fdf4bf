package dev.pushcheck.internal.input;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
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
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            append(buffer, start, i - start);
            lineBreaks++;
            endLine();
            start = i + 1;
          }
        }
        append(buffer, start, read - start);
      }
      if (length > 0 || tooLong) {
        endLine();
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

    private void endLine() {
      if (tooLong) {
        sink.accept(unreadable(tooLongProblem()));
      } else {
        int start = lineNumber == 1 && inputStart ? byteOrderMarkLength() : 0;
        int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
        if (!isBlank(start, end)) {
          sink.accept(decode(start, end));
        }
      }
      lineNumber++;
      length = 0;
      tooLong = false;
      if (line.length > INITIAL_LINE_CAPACITY << 4) {
        line = new byte[INITIAL_LINE_CAPACITY];
      }
    }

    private int byteOrderMarkLength() {
      return length >= 3
              && line[0] == (byte) 0xEF
              && line[1] == (byte) 0xBB
              && line[2] == (byte) 0xBF
          ? 3
          : 0;
    }

    private boolean isBlank(int start, int end) {
      for (int i = start; i < end; i++) {
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
          return false;
        }
      }
      return true;
    }

    private RawMessage decode(int start, int end) {
      String text;
      try {
        // ASCII, most of a capture, is its own Latin-1 string: one copy, no decoder.
        text =
            isAscii(start, end)
                ? new String(line, start, end - start, StandardCharsets.ISO_8859_1)
                : utf8.decode(ByteBuffer.wrap(line, start, end - start)).toString();
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

    private boolean isAscii(int start, int end) {
      for (int i = start; i < end; i++) {
        if (line[i] < 0) {
          return false;
        }
      }
      return true;
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
