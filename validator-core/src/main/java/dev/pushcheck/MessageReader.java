package dev.pushcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the messages of one input and hands them, in input order, to a sink. A problem inside one
 * message (malformed JSON) is a {@link RawMessage} with a {@code readProblem}; a problem with the
 * input itself (truncated gzip, I/O error, not a capture at all) is thrown as an {@link
 * InputProblem} after every message read before it has been handed over.
 */
interface MessageReader {
  void read(String source, InputStream in, Consumer<RawMessage> sink) throws IOException;

  /**
   * An input that cannot be read (further); the message names the source and, if known, the line.
   */
  final class InputProblem extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String detail;

    InputProblem(String message, int line) {
      this(message, line, message, null);
    }

    InputProblem(String message, int line, Throwable cause) {
      this(message, line, message, cause);
    }

    InputProblem(String message, int line, String detail, Throwable cause) {
      super(message, cause);
      this.line = line;
      this.detail = detail;
    }

    /** What is wrong, without the source and line the message starts with. */
    String detail() {
      return detail;
    }

    /** 1-based line of the problem, 0 when unknown. */
    int line() {
      return line;
    }
  }
}
