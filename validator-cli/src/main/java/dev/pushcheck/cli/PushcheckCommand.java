package dev.pushcheck.cli;

import dev.pushcheck.Pushcheck;
import java.io.InputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: its subcommands do the work; this holds the shared wiring. */
@Command(
    name = "pushcheck",
    description = "Checks LiveChat Agent Chat API websocket pushes against the protocol's schemas.",
    mixinStandardHelpOptions = true,
    versionProvider = PushcheckCommand.Version.class,
    scope = ScopeType.INHERIT,
    subcommands = {
      ValidateCommand.class,
      VersionsCommand.class,
      SchemasCommand.class,
      HelpCommand.class
    },
    usageHelpAutoWidth = true,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class PushcheckCommand {
  final InputStream stdin;
  final Environment environment;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print its stack trace.")
  boolean debug;

  PushcheckCommand(InputStream stdin, Environment environment) {
    this.stdin = stdin;
    this.environment = environment;
  }

  /** The command line with its error handlers; {@code stdin} is read for the input {@code -}. */
  static CommandLine commandLine(InputStream stdin, Environment environment) {
    CommandLine commandLine = new CommandLine(new PushcheckCommand(stdin, environment));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ErrorHandlers::onParameterException);
    commandLine.setExecutionExceptionHandler(ErrorHandlers::onExecutionException);
    return commandLine;
  }

  /** {@code --version}: the one version of this build, from core. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"pushcheck " + Pushcheck.version(), "Java ${java.version}"};
    }
  }
}
