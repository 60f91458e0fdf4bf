package dev.pushcheck.cli;

import dev.pushcheck.Summary;

/** The exit codes of the CLI issue: a pure function of the summary, plus usage errors. */
final class ExitCodes {
  static final int CONFORMANT = 0;
  static final int VIOLATIONS = 1;
  static final int USAGE = 2;
  static final int UNREADABLE = 3;
  static final int EMPTY = 4;

  /** EX_SOFTWARE of sysexits.h: a bug in pushcheck, or the JVM out of memory. */
  static final int INTERNAL = 70;

  private ExitCodes() {}

  static int of(Summary.Verdict verdict) {
    return verdict.exitCode();
  }
}
