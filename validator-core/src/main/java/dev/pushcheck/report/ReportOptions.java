package dev.pushcheck.report;

import java.util.Objects;

/**
 * How reports are written, the same for every format of a run.
 *
 * @param toolVersion pushcheck's version, written into machine reports
 * @param quiet text: print only the summary
 * @param maxFindings report only the first N findings in input order, in every format (0: all);
 *     counts stay complete and each report says how many findings it did not show
 * @param color text on a terminal: colour the severities
 */
public record ReportOptions(String toolVersion, boolean quiet, long maxFindings, boolean color) {
  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion == null");
    if (maxFindings < 0) {
      throw new IllegalArgumentException("maxFindings must be >= 0, was " + maxFindings);
    }
  }

  /** Every finding, not quiet, no colour. */
  public static ReportOptions of(String toolVersion) {
    return new ReportOptions(toolVersion, false, 0, false);
  }

  public ReportOptions withQuiet(boolean value) {
    return new ReportOptions(toolVersion, value, maxFindings, color);
  }

  public ReportOptions withMaxFindings(long value) {
    return new ReportOptions(toolVersion, quiet, value, color);
  }

  public ReportOptions withColor(boolean value) {
    return new ReportOptions(toolVersion, quiet, maxFindings, value);
  }
}
