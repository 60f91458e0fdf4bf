package dev.pushcheck.report;

import dev.pushcheck.Finding;
import dev.pushcheck.MessageResult;

/**
 * Where a finding is in its input, for formats that take a line and column: the finding's own
 * position when known, else where its message starts (a HAR frame's line in the capture).
 */
final class Locations {
  private Locations() {}

  static int line(MessageResult result, Finding finding) {
    return finding.line() > 0 ? finding.line() : result.line();
  }

  static int column(MessageResult result, Finding finding) {
    return finding.line() > 0 ? finding.column() : result.column();
  }

  /** The input path with forward slashes, as CI tools want it. */
  static String slashes(String source) {
    return source.replace('\\', '/');
  }

  /** Whether the source is a file (not standard input). */
  static boolean isFile(String source) {
    return !source.equals("<stdin>");
  }

  /**
   * {@code severity: [RULE] /pointer: message (expected …, got …)} plus, for a HAR frame, where it
   * is: the text report's line without its position.
   */
  static String describe(MessageResult result, Finding finding) {
    String text = finding.describe(finding.severity().label());
    return result.locator().isEmpty() ? text : text + " (" + result.locator() + ")";
  }
}
