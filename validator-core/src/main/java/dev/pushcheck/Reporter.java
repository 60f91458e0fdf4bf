package dev.pushcheck;

/**
 * Writes what a run found. The run calls it on one thread, in input order: {@link #message} for
 * every message, {@link #inputError} where an input failed, then {@link #finish} once. Reporters
 * only write; they never decide whether a run passed.
 */
public interface Reporter {
  /** One message's result (every message, including valid and skipped ones). */
  void message(MessageResult result);

  /** An input that could not be read, or not to its end. */
  void inputError(InputError error);

  /** The run is over. */
  void finish(Summary summary);

  /** Called about once a second on long runs, for progress display; does nothing by default. */
  default void progress(long messagesRead, long bytesRead) {}

  /** A reporter that sends every call to each of the given reporters, in order. */
  static Reporter all(Reporter... reporters) {
    return new Reporter() {
      @Override
      public void message(MessageResult result) {
        for (Reporter r : reporters) {
          r.message(result);
        }
      }

      @Override
      public void inputError(InputError error) {
        for (Reporter r : reporters) {
          r.inputError(error);
        }
      }

      @Override
      public void finish(Summary summary) {
        for (Reporter r : reporters) {
          r.finish(summary);
        }
      }

      @Override
      public void progress(long messagesRead, long bytesRead) {
        for (Reporter r : reporters) {
          r.progress(messagesRead, bytesRead);
        }
      }
    };
  }
}
