package dev.pushcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code pushcheck} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      CommandLine commandLine = PushcheckCommand.commandLine(System.in, Environment.system());
      // Reports are UTF-8 in any locale (a POSIX container's default would write '?').
      commandLine.setOut(ReportOutput.writer(new FileOutputStream(FileDescriptor.out)));
      commandLine.setErr(
          new PrintWriter(
              new OutputStreamWriter(
                  new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
              true));
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println(ErrorHandlers.OUT_OF_MEMORY);
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }
}
