package dev.pushcheck.cli;

import dev.pushcheck.PushcheckException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** One line on stderr instead of a stack trace, and the exit code that goes with it. */
final class ErrorHandlers {
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
   * 3. Anything else is a bug: still one line, with the stack trace only when {@code
   * PUSHCHECK_DEBUG} is set.
   */
  static int onExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    if (e instanceof PushcheckException.UnknownApiVersion
        || e instanceof PushcheckException.InvalidConfig) {
      err.println("pushcheck: " + e.getMessage());
      code = ExitCodes.USAGE;
    } else if (e instanceof PushcheckException) {
      err.println("pushcheck: " + e.getMessage());
      code = ExitCodes.UNREADABLE;
    } else {
      err.println(
          "pushcheck: internal error: " + e + " (set PUSHCHECK_DEBUG=1 for the stack trace)");
      if (System.getenv("PUSHCHECK_DEBUG") != null) {
        e.printStackTrace(err);
      }
      code = ExitCodes.UNREADABLE;
    }
    err.flush();
    return code;
  }
}
