package dev.pushcheck.internal.input;

import dev.pushcheck.InputError;
import dev.pushcheck.internal.input.MessageReader.InputProblem;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line input problems in the {@code source:line: what} shape of compiler diagnostics, and the
 * one mapping of I/O failures to what the user reads.
 */
public final class InputProblems {
  // FileInputStream says "name (Permission denied)"
  private static final Pattern OS_REASON = Pattern.compile("\\(([^()]+)\\)$");

  private InputProblems() {}

  static InputProblem of(String source, int line, String what) {
    return new InputProblem(new InputError(source, line, what), null);
  }

  static InputProblem of(String source, int line, String what, Throwable cause) {
    return new InputProblem(new InputError(source, line, what), cause);
  }

  /**
   * The parser guessed UTF-16 or UTF-32 from the first bytes (zero bytes among them) and met bytes
   * that are not that either: the input is no UTF-8 JSON text.
   */
  /**
   * Whether the parser refused the input's encoding: a charset failure, or its byte-order sniffing
   * ("Unsupported UCS-4 endianness"), which it reports as a plain IOException.
   */
  static boolean isEncodingProblem(Throwable e) {
    return e instanceof java.io.CharConversionException
        || (e instanceof IOException && e.getMessage() != null && e.getMessage().contains("UCS-4"));
  }

  static InputProblem notText(String source, IOException e) {
    return of(source, 0, "not UTF-8 JSON text (it starts like UTF-16 or UTF-32)", e);
  }

  /** What an I/O failure on an input means to the user. */
  public static InputProblem of(String source, IOException e) {
    if (e instanceof InputProblem problem) {
      return problem;
    }
    return of(source, 0, describe(e), e);
  }

  /** What an I/O failure means, in the words of {@code ls} and {@code cat}. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (the directory contains itself)";
    }
    if (e instanceof EOFException) {
      return "unexpected end of input";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return lower(fs.getReason());
    }
    String message =
        e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    if (e instanceof FileNotFoundException) {
      Matcher reason = OS_REASON.matcher(message);
      if (reason.find()) {
        return lower(reason.group(1));
      }
      return "no such file or directory";
    }
    return "cannot read: " + message;
  }

  private static String lower(String reason) {
    return reason.isEmpty()
        ? reason
        : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  /** The first line of a parser's message, without Jackson's location suffix. */
  public static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
