package dev.pushcheck;

/**
 * A problem with how pushcheck is used or set up, as opposed to a problem in a message (which is a
 * {@link Finding}): an unknown API version, a broken schema set, an input that cannot be opened.
 * The message is one line meant for the user.
 */
public class PushcheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PushcheckException(String message) {
    super(message);
  }

  public PushcheckException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An API version that pushcheck does not bundle was asked for. */
  public static final class UnknownApiVersion extends PushcheckException {
    private static final long serialVersionUID = 1L;

    public UnknownApiVersion(String message) {
      super(message);
    }
  }

  /** A config or baseline file that cannot be read or does not follow its schema. */
  public static final class InvalidConfig extends PushcheckException {
    private static final long serialVersionUID = 1L;

    public InvalidConfig(String message) {
      super(message);
    }

    public InvalidConfig(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
