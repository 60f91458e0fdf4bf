package dev.pushcheck;

import dev.pushcheck.MessageReader.InputProblem;

/** One-line input problems in the {@code source:line: what} shape of compiler diagnostics. */
final class InputProblems {
  private InputProblems() {}

  static InputProblem of(String source, int line, String what) {
    return new InputProblem(prefix(source, line) + what, line, what, null);
  }

  static InputProblem of(String source, int line, String what, Throwable cause) {
    return new InputProblem(prefix(source, line) + what, line, what, cause);
  }

  private static String prefix(String source, int line) {
    return line > 0 ? source + ":" + line + ": " : source + ": ";
  }

  /** The first line of a parser's message, without Jackson's location suffix. */
  static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
