package dev.pushcheck.internal.input;

import tools.jackson.core.TokenStreamLocation;

/**
 * Where a message's text starts in its source, so that positions inside the message (which the
 * parser counts from 1:1) become positions in the file.
 */
public record Origin(int lineOffset, int columnOffset) {
  public static final Origin START = new Origin(0, 0);

  /** A message that starts at {@code line} (1-based), column 1 of its source. */
  static Origin atLine(int line) {
    return new Origin(line - 1, 0);
  }

  public int line(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1 ? 0 : location.getLineNr() + lineOffset;
  }

  public int column(TokenStreamLocation location) {
    if (location == null || location.getColumnNr() < 1) {
      return 0;
    }
    return location.getColumnNr() + (location.getLineNr() == 1 ? columnOffset : 0);
  }
}
