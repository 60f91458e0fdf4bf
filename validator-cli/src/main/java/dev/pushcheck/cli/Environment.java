package dev.pushcheck.cli;

/**
 * What the command needs to know about where it runs, so tests can pretend to be a terminal.
 *
 * @param interactive standard input and output are a terminal ({@code System.console() != null};
 *     Java 17 cannot ask about stderr alone, so this also stands for "stderr is a terminal")
 * @param noColor the {@code NO_COLOR} environment variable is set and not empty (no-color.org)
 */
record Environment(boolean interactive, boolean noColor) {
  static Environment system() {
    String noColor = System.getenv("NO_COLOR");
    return new Environment(System.console() != null, noColor != null && !noColor.isEmpty());
  }
}
