package dev.pushcheck.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One report to write: a format and where ({@code sarif=out.sarif}), or a format alone ({@code
 * text}), which goes to standard output (CLI) or to the format's default file (Maven).
 *
 * @param format the format
 * @param file the file, as given (relative to the adapter's directory), or empty
 */
public record ReportSpec(ReportFormat format, Optional<String> file) {
  public ReportSpec {
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(file, "file == null");
  }

  /**
   * Parses {@code FORMAT} or {@code FORMAT=FILE}.
   *
   * @throws IllegalArgumentException with a one-line message for the user
   */
  public static ReportSpec parse(String text) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      return new ReportSpec(ReportFormat.of(text), Optional.empty());
    }
    String file = text.substring(eq + 1).trim();
    if (file.isEmpty()) {
      throw new IllegalArgumentException("no file after '=' in '" + text + "'");
    }
    return new ReportSpec(ReportFormat.of(text.substring(0, eq)), Optional.of(file));
  }

  @Override
  public String toString() {
    return format.label() + file.map(f -> "=" + f).orElse("");
  }
}
