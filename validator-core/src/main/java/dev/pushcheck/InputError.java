package dev.pushcheck;

import java.util.Objects;

/**
 * An input that could not be read, or not to its end: a missing file, a truncated gzip stream, a
 * file that is no capture at all. Messages read before the problem still count.
 *
 * @param source the input's display name
 * @param line 1-based line where reading stopped, 0 when unknown
 * @param message one line saying what is wrong
 */
public record InputError(String source, int line, String message) implements java.io.Serializable {
  public InputError {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** {@code source:line: message}, as reports print it. */
  @Override
  public String toString() {
    return source + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
