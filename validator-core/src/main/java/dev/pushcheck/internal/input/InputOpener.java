package dev.pushcheck.internal.input;

import dev.pushcheck.internal.input.MessageReader.InputProblem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads any input: undoes gzip or zlib compression, picks the reader from the source name or the
 * content, and turns every failure into a one-line {@link InputProblem}.
 */
public final class InputOpener implements MessageReader {
  static final int PEEK_BYTES = 64 << 10;

  private enum Compression {
    NONE,
    GZIP,
    ZLIB
  }

  /** Opens an input's bytes; the stream is closed after reading. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Reads one input, from opening it to its last message: every failure, from a missing file to a
   * truncated gzip stream, ends as one {@link InputProblem}.
   */
  public static void read(String source, Opener opener, Consumer<RawMessage> sink)
      throws InputProblem {
    try (InputStream in = opener.open()) {
      new InputOpener().read(source, new StreamOnly(in), sink);
    } catch (IOException e) {
      throw InputProblems.of(source, e);
    }
  }

  /** Reads a stream whose name (a path, or {@code <stdin>}) decides the format where it can. */
  @Override
  public void read(String source, InputStream in, Consumer<RawMessage> sink) throws InputProblem {
    String name = source;
    boolean gzipName = source.toLowerCase(Locale.ROOT).endsWith(".gz");
    if (gzipName) {
      name = source.substring(0, source.length() - 3);
    }
    Compression compression = Compression.NONE;
    DecompressedInputStream decompressed = null;
    try {
      InputStream raw = new BufferedInputStream(in);
      // The bytes decide; a name only explains why they are wrong (.zhar may be zlib or not).
      compression = sniffCompression(raw);
      if (gzipName && compression != Compression.GZIP) {
        if (isEmpty(raw)) {
          return; // an empty input holds no message; the run notes it
        }
        throw InputProblems.of(source, 0, "not a gzip file (its name ends in .gz)");
      }
      InputStream content = raw;
      if (compression != Compression.NONE) {
        decompressed =
            new DecompressedInputStream(
                compression == Compression.GZIP
                    ? new GZIPInputStream(raw)
                    : new InflaterInputStream(raw));
        content = decompressed;
      }
      BufferedInputStream buffered = new BufferedInputStream(content, PEEK_BYTES);
      InputFormat format = InputFormat.byName(name);
      if (format == null) {
        format = sniffFormat(buffered);
      }
      format.reader().read(source, buffered, sink);
    } catch (InputProblem e) {
      throw e;
    } catch (EOFException | ZipException e) {
      if (compression == Compression.NONE) {
        throw InputProblems.of(source, e);
      }
      int line = decompressed == null ? 0 : decompressed.line();
      String kind = compression == Compression.GZIP ? "gzip" : "zlib";
      throw InputProblems.of(source, line, "truncated or corrupt " + kind + " stream", e);
    } catch (IOException e) {
      throw InputProblems.of(source, e);
    }
  }

  private static boolean isEmpty(InputStream raw) throws IOException {
    raw.mark(1);
    boolean empty = raw.read() == -1;
    raw.reset();
    return empty;
  }

  /**
   * Every input is a stream, never a file to seek in: {@code available()} on a file channel asks
   * for its position, which fails on pipes ("Illegal seek"). Nothing here needs it.
   */
  private static final class StreamOnly extends FilterInputStream {
    StreamOnly(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, length);
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] discard = new byte[(int) Math.min(n, 8192)];
      long skipped = 0;
      int read;
      while (skipped < n
          && (read = in.read(discard, 0, (int) Math.min(discard.length, n - skipped))) > 0) {
        skipped += read;
      }
      return skipped;
    }

    @Override
    public int available() {
      return 0;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  // gzip and zlib streams start with bytes no JSON text starts with, so sniffing is safe.
  /**
   * Whether an input of this name starting with these bytes is read as plain JSON Lines, one line
   * at a time with nothing carried from line to line, so that it can be read in parts split at line
   * breaks.
   */
  public static boolean plainJsonLines(String name, byte[] head) {
    return InputFormat.byName(name) == InputFormat.JSON_LINES
        && !name.toLowerCase(Locale.ROOT).endsWith(".gz")
        && sniffCompression(
                head.length > 0 ? head[0] & 0xff : -1, head.length > 1 ? head[1] & 0xff : -1)
            == Compression.NONE;
  }

  private static Compression sniffCompression(InputStream raw) throws IOException {
    raw.mark(2);
    int first = raw.read();
    int second = raw.read();
    raw.reset();
    return sniffCompression(first, second);
  }

  private static Compression sniffCompression(int first, int second) {
    if (first == 0x1f && second == 0x8b) {
      return Compression.GZIP;
    }
    if (first == 0x78 && second >= 0 && ((first << 8) | second) % 31 == 0) {
      return Compression.ZLIB;
    }
    return Compression.NONE;
  }

  private static InputFormat sniffFormat(BufferedInputStream in) throws IOException {
    byte[] head = new byte[PEEK_BYTES];
    in.mark(PEEK_BYTES);
    int length = 0;
    int read;
    try {
      while (length < head.length && (read = in.read(head, length, head.length - length)) != -1) {
        length += read;
      }
    } catch (EOFException | ZipException truncated) {
      // The reader hands over what came before, then meets the same failure.
    }
    in.reset();
    return InputFormat.byContent(head, length);
  }

  /**
   * Counts the lines handed out, which is where a truncated stream broke off. A failure is repeated
   * on every later read and {@code available()} is 0, so that a BufferedInputStream never reads on
   * after a successful read within one call and loses that data to the failure.
   */
  private static final class DecompressedInputStream extends FilterInputStream {
    private long bytes;
    private int newlines;
    private IOException failure;

    DecompressedInputStream(InputStream in) {
      super(in);
    }

    /** The line the stream broke off in, 0 if it broke off before the first byte. */
    int line() {
      return bytes == 0 ? 0 : newlines + 1;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (failure != null) {
        throw failure;
      }
      int read;
      try {
        read = super.read(buffer, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      bytes += Math.max(read, 0);
      for (int i = offset; i < offset + read; i++) {
        if (buffer[i] == '\n') {
          newlines++;
        }
      }
      return read;
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
