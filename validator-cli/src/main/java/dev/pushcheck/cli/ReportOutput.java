package dev.pushcheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for reports: always UTF-8 whatever the locale, and a write that fails (a full
 * disk, a closed pipe) stops the run at once instead of being swallowed as {@link PrintWriter} and
 * {@link System#out} do.
 */
final class ReportOutput extends OutputStream {
  /** A report line that could not be written. */
  static final class WriteFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause.getMessage() == null ? "write failed" : cause.getMessage(), cause);
    }

    /** The reader went away ({@code | head -1}): Unix tools stop quietly then. */
    boolean isClosedPipe() {
      String message = getCause().getMessage();
      return message != null && message.contains("Broken pipe");
    }
  }

  private final OutputStream out;

  private ReportOutput(OutputStream out) {
    this.out = out;
  }

  /** A UTF-8 writer over {@code out} whose write failures throw {@link WriteFailure}. */
  static PrintWriter writer(OutputStream out) {
    return new PrintWriter(
        new BufferedWriter(
            new OutputStreamWriter(new ReportOutput(out), StandardCharsets.UTF_8), 1 << 16));
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
