package dev.pushcheck.cli;

/** The {@code pushcheck} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(PushcheckCommand.commandLine(System.in, Environment.system()).execute(args));
  }
}
