package dev.pushcheck.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The lines of a part of a JSON Lines input, as Hadoop's line reader splits files: those that start
 * at or after the part's start and before its end, the last one read to its line break.
 */
final class LinesOfPart extends InputStream {
  private final FSDataInputStream in;
  private final long end;
  private long position;
  private boolean done;

  LinesOfPart(FSDataInputStream in, long start, long end) throws IOException {
    this.in = in;
    this.end = end;
    if (start > 0) {
      // The line that holds byte start - 1 belongs to the part before.
      in.seek(start - 1);
      position = start - 1;
      int b;
      do {
        b = in.read();
        position++;
      } while (b != -1 && b != '\n');
      done = b == -1;
    }
    done |= position >= end;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (done) {
      return -1;
    }
    int n = in.read(buffer, offset, length);
    if (n == -1) {
      done = true;
      return -1;
    }
    for (int i = offset; i < offset + n; i++, position++) {
      if (buffer[i] == '\n' && position >= end - 1) {
        done = true;
        position++;
        return i + 1 - offset;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
