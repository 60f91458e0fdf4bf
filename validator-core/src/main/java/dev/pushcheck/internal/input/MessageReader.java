package dev.pushcheck.internal.input;

import dev.pushcheck.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the messages of one input and hands them, in input order, to a sink. A problem inside one
 * message (malformed JSON) is a {@link RawMessage} with a {@code readProblem}; a problem with the
 * input itself (truncated gzip, I/O error, not a capture at all) is thrown as an {@link
 * InputProblem} after every message read before it has been handed over.
 */
public interface MessageReader {
  void read(String source, InputStream in, Consumer<RawMessage> sink) throws IOException;

  /** An input that cannot be read (further): the {@link InputError} that says why. */
  final class InputProblem extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient InputError error;

    public InputProblem(InputError error, Throwable cause) {
      super(error.toString(), cause);
      this.error = error;
    }

    public InputError error() {
      return error;
    }
  }
}
