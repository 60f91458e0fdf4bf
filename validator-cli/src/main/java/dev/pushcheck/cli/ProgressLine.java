package dev.pushcheck.cli;

import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import java.io.PrintWriter;
import java.util.Locale;

/** A progress line on a terminal's stderr, redrawn in place and cleared when the run ends. */
final class ProgressLine implements Reporter {
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private int width;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void progress(long messagesRead, long bytesRead) {
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
    String line =
        String.format(
            Locale.ROOT,
            "%,d messages, %,.0f messages/s, %,.1f MB read",
            messagesRead,
            messagesRead / seconds,
            bytesRead / 1e6);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  @Override
  public void finish(Summary summary) {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }

  /** Cleared before a finding is printed, so no finding is glued onto it; redrawn later. */
  @Override
  public void message(MessageResult result) {
    if (width > 0 && !result.findings().isEmpty()) {
      finish(null);
      width = 0;
    }
  }

  @Override
  public void inputError(InputError error) {
    if (width > 0) {
      finish(null);
      width = 0;
    }
  }
}
