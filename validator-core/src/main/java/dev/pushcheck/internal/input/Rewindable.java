package dev.pushcheck.internal.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that keeps the last {@value #KEEP} bytes it handed out, so that a reader whose parser
 * failed can start again at a line the parser has already read past. Never seeks: the kept bytes
 * are the only way back.
 */
final class Rewindable extends FilterInputStream {
  static final int KEEP = 64 << 10;

  private final byte[] ring = new byte[KEEP];
  // Absolute offset of the next byte handed out, and of the end of what was read from `in`.
  private long position;
  private long readEnd;
  private final byte[] one = new byte[1];

  Rewindable(InputStream in) {
    super(in);
  }

  /** Offset of the next byte {@link #read} hands out, counted from the start of the stream. */
  long position() {
    return position;
  }

  /** Whether {@link #rewindTo} can go back to {@code offset}. */
  boolean canRewindTo(long offset) {
    return offset >= 0 && offset <= readEnd && readEnd - offset <= KEEP;
  }

  /** Makes {@code offset} the next byte handed out. */
  void rewindTo(long offset) {
    if (!canRewindTo(offset)) {
      throw new IllegalArgumentException("cannot rewind to " + offset);
    }
    position = offset;
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position < readEnd) {
      int n = (int) Math.min(length, readEnd - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = ring[(int) ((position + i) % KEEP)];
      }
      position += n;
      return n;
    }
    int n = in.read(buffer, offset, Math.min(length, KEEP));
    if (n > 0) {
      for (int i = 0; i < n; i++) {
        ring[(int) ((readEnd + i) % KEEP)] = buffer[offset + i];
      }
      readEnd += n;
      position = readEnd;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() != -1) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public int available() {
    return (int) (readEnd - position);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // The caller owns the underlying stream.
  }
}
