package dev.pushcheck.internal.input;

import dev.pushcheck.InputError;
import dev.pushcheck.internal.input.MessageReader.InputProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * One-line input problems in the {@code source:line: what} shape of compiler diagnostics, and the
 * one mapping of I/O failures to what the user reads.
 */
public final class InputProblems {
  private InputProblems() {}

  static InputProblem of(String source, int line, String what) {
    return new InputProblem(new InputError(source, line, what), null);
  }

  static InputProblem of(String source, int line, String what, Throwable cause) {
    return new InputProblem(new InputError(source, line, what), cause);
  }

  /** What an I/O failure on an input means to the user. */
  public static InputProblem of(String source, IOException e) {
    if (e instanceof InputProblem problem) {
      return problem;
    }
    return of(source, 0, describe(e), e);
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot read: " + firstLine(message);
  }

  /** The first line of a parser's message, without Jackson's location suffix. */
  public static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
