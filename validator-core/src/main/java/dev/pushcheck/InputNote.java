package dev.pushcheck;

import java.util.Objects;

/**
 * An input that was read to its end but held no message at all (an empty file, a HAR capture
 * without websocket frames). Not an error: a run fails on it only if it validated no message at all
 * (see {@link Summary.Verdict#EMPTY}).
 *
 * @param source the input's display name
 * @param message one line saying what the input held
 */
public record InputNote(String source, String message) implements java.io.Serializable {
  public InputNote {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** {@code source: message}, as reports print it. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
