package dev.pushcheck.cli;

import dev.pushcheck.PushcheckException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** One line on stderr instead of a stack trace, and the exit code that goes with it. */
final class ErrorHandlers {
  static final String OUT_OF_MEMORY = "pushcheck: out of memory; raise -Xmx or lower --threads";

  private ErrorHandlers() {}

  /** Usage errors: the problem, a suggestion if picocli has one, and where help is. */
  static int onParameterException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("pushcheck: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Problems while running: an unknown API version or a bad config or baseline file is a usage
   * error (2); any other pushcheck problem (an input or output that cannot be read or written) is
   * 3, and so is a report that cannot be written (quietly, when the reader of a pipe went away).
   * Anything else is a bug (70): still one line, with the stack trace only with {@code --debug} (or
   * {@code PUSHCHECK_DEBUG}).
   */
  static int onExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    if (e instanceof ReportOutput.WriteFailure failure) {
      if (!failure.isClosedPipe()) {
        err.println("pushcheck: cannot write the report: " + reason(failure));
      }
      code = ExitCodes.UNREADABLE;
    } else if (e instanceof PushcheckException.UnknownApiVersion
        || e instanceof PushcheckException.InvalidConfig) {
      err.println("pushcheck: " + e.getMessage());
      code = ExitCodes.USAGE;
    } else if (e instanceof PushcheckException) {
      err.println("pushcheck: " + e.getMessage());
      code = ExitCodes.UNREADABLE;
    } else if (causedByOutOfMemory(e)) {
      err.println(OUT_OF_MEMORY);
      code = ExitCodes.INTERNAL;
    } else {
      err.println(
          "pushcheck: internal error: "
              + String.valueOf(e).lines().findFirst().orElse("")
              + "; rerun with --debug for the stack trace");
      if (debug(parseResult)) {
        e.printStackTrace(err);
      }
      code = ExitCodes.INTERNAL;
    }
    err.flush();
    return code;
  }

  private static String reason(ReportOutput.WriteFailure failure) {
    String message = failure.getMessage();
    return message.isEmpty()
        ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static boolean debug(ParseResult parseResult) {
    return System.getenv("PUSHCHECK_DEBUG") != null
        || (parseResult != null && parseResult.originalArgs().contains("--debug"));
  }
}
