package dev.pushcheck.cli;

import dev.pushcheck.Baseline;
import dev.pushcheck.Check;
import dev.pushcheck.CheckOptions;
import dev.pushcheck.Config;
import dev.pushcheck.Engine;
import dev.pushcheck.InputError;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import dev.pushcheck.report.ReportFormat;
import dev.pushcheck.report.ReportOptions;
import dev.pushcheck.report.ReportSpec;
import dev.pushcheck.report.Reports;
import dev.pushcheck.report.TextReporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pushcheck validate}: options in, one core run, exit code out. */
@Command(
    name = "validate",
    description = {
      "Validates the messages in captures and fixture files (pushes, requests, responses,"
          + " webhook bodies): JSON, JSON arrays, JSON Lines, HAR (Chrome, mitmproxy, .zhar), any"
          + " of them gzipped (.gz).",
      "Binary and control frames are counted as skipped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every message conforms (warnings allowed unless --strict)",
      "1:at least one message is invalid (or has warnings, with --fail-on warning)",
      "2:usage error (unknown option, unknown API version, invalid config or baseline file)",
      "3:some input could not be read (missing file, unparsable message, truncated gzip), or"
          + " the report could not be written; wins over 1 and 4",
      "4:no message was validated (no input found, inputs empty or all skipped); see"
          + " --allow-empty",
      "70:internal error (a bug, or out of memory); rerun with --debug for the stack trace"
    })
final class ValidateCommand implements Callable<Integer> {
  enum FailOn {
    ERROR,
    WARNING
  }

  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Spec CommandSpec spec;
  @ParentCommand PushcheckCommand parent;

  @Parameters(
      paramLabel = "INPUT",
      description =
          "Files, directories (searched recursively) or - for standard input"
              + " (the default when standard input is not a terminal).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--api-version",
      paramLabel = "VERSION",
      description =
          "Schema set to use, e.g. 3.6 or 3.1-beta (default: each push's version"
              + " field, else the version in a HAR websocket URL, else the newest stable version).")
  String apiVersion;

  @Option(names = "--strict", description = "Warnings count as errors.")
  boolean strict;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "error (the default): only errors fail the run; warning: warnings fail it too (exit 1),"
              + " staying warnings in the reports.")
  FailOn failOn;

  @Option(names = "--fail-on-warning", description = "The same as --fail-on warning.")
  boolean failOnWarning;

  @Option(
      names = "--kinds",
      split = ",",
      paramLabel = "KIND",
      description =
          "Kinds of message to check: push, request, response, webhook (default: all); the"
              + " others are counted as skipped.")
  List<String> kinds;

  @Option(
      names = "--pushes-only",
      description = "Every message that is not a push is an error (for folders of push fixtures).")
  boolean pushesOnly;

  @Option(
      names = "--no-conversation-checks",
      description =
          "Check each message on its own: no checks across the messages of a connection"
              + " (responses against requests, login first); for folders of independent messages.")
  boolean noConversationChecks;

  @Option(
      names = "--format",
      paramLabel = "FORMAT[=FILE]",
      description =
          "Report format, repeatable: text, json, junit, sarif, github, html; with =FILE to a file,"
              + " else to standard output (at most one). Default: text, or the config file's.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Config file (rule levels, ignores, API version, formats, failOn); default:"
              + " pushcheck.json in the working directory, if there is one.")
  Path config;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings the baseline FILE does not list (they count as baselined).")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write today's findings to FILE as the baseline; they count as baselined.")
  Path writeBaseline;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour the text report: auto (on a terminal, unless NO_COLOR), always, never.")
  Color color;

  @Option(names = "--no-color", description = "The same as --color never.")
  boolean noColor;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the summary line (text format); standard error gets errors only.")
  boolean quiet;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      description =
          "Report only the first N findings, in every format (0: no limit); counts stay complete.")
  long maxFindings;

  @Option(
      names = "--allow-empty",
      description =
          "A run that validates no message (no input found, empty inputs, only skipped messages)"
              + " passes instead of exiting with 4.")
  boolean allowEmpty;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Validation threads (default: one per core but the reader's, at least one).")
  Integer threads;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "compiled (the default): pushcheck's compiled checks decide, networknt reports the"
              + " findings; reference: networknt alone on every message, to cross-check a"
              + " surprising result (same findings, slower).")
  Engine engine;

  @Override
  public Integer call() {
    Path workingDirectory = Path.of("");
    Config projectConfig = Config.find(config, workingDirectory);
    CheckOptions options = options(projectConfig);
    List<ReportSpec> reports = reports(projectConfig);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportOptions reportOptions =
        ReportOptions.of(Pushcheck.version())
            .withQuiet(quiet)
            .withMaxFindings(maxFindings)
            .withColor(color());
    Summary summary;
    try (Reports.Opened opened = Reports.open(reports, workingDirectory, out, reportOptions)) {
      Reporter report = opened;
      boolean textOnStdout =
          reports.stream().anyMatch(r -> r.file().isEmpty() && r.format() == ReportFormat.TEXT);
      if (!textOnStdout || quiet) {
        report = Reporter.all(report, inputErrorsTo(err));
      }
      if (parent.environment.interactive() && !quiet) {
        report = Reporter.all(new ProgressLine(err), report);
      }
      summary = Check.run(options, parent.stdin, report);
    }
    out.flush();
    if (out.checkError()) {
      throw new ReportOutput.WriteFailure(new java.io.IOException("write error"));
    }
    if (summary.verdict() == Summary.Verdict.EMPTY) {
      err.println(
          "pushcheck: "
              + TextReporter.emptyRunLine(summary)
              + "; use --allow-empty if that is expected");
      err.flush();
    }
    return ExitCodes.of(summary.verdict());
  }

  CheckOptions options(Config projectConfig) {
    if (maxFindings < 0) {
      throw new ParameterException(spec.commandLine(), "--max-findings must be 0 or more");
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
    }
    if (baseline != null && writeBaseline != null) {
      throw new ParameterException(
          spec.commandLine(), "--baseline and --write-baseline cannot be used together");
    }
    if (inputs.isEmpty() && parent.environment.interactive()) {
      throw new ParameterException(
          spec.commandLine(), "no INPUT given (files, directories, or - for standard input)");
    }
    CheckOptions options =
        CheckOptions.of(inputs.isEmpty() ? List.of(CheckOptions.STDIN) : inputs)
            .withApiVersion(apiVersion)
            .withStrict(strict)
            .withFailOnWarning(failOnWarning || failOn == FailOn.WARNING)
            .withPushesOnly(pushesOnly)
            .withKinds(kinds())
            .withConversation(!noConversationChecks)
            .withAllowEmpty(allowEmpty);
    if (engine != null) {
      options = options.withEngine(engine);
    }
    options = projectConfig.applyTo(options);
    if (failOn == FailOn.ERROR) {
      options = options.withFailOnWarning(false);
    }
    if (baseline != null) {
      options = options.withPolicy(options.policy().withBaseline(Baseline.read(baseline)));
    } else if (writeBaseline != null) {
      options = options.withPolicy(options.policy().withBaseline(Baseline.writeTo(writeBaseline)));
    }
    return threads == null ? options : options.withThreads(threads);
  }

  private List<ReportSpec> reports(Config projectConfig) {
    List<String> given = !formats.isEmpty() ? formats : projectConfig.formats();
    try {
      return Reports.parse(given.isEmpty() ? List.of("text") : given, true);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
  }

  private Set<Kind> kinds() {
    try {
      return Kind.setOf(kinds);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--kinds: " + e.getMessage());
    }
  }

  private boolean color() {
    return switch (noColor ? Color.NEVER : color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> parent.environment.interactive() && !parent.environment.noColor();
    };
  }

  /** Unless the text report is on stdout, unreadable inputs get their one line on stderr. */
  private static Reporter inputErrorsTo(PrintWriter err) {
    return new Reporter() {
      @Override
      public void message(MessageResult result) {}

      @Override
      public void inputError(InputError error) {
        err.println("pushcheck: " + error);
        err.flush();
      }

      @Override
      public void finish(Summary summary) {}
    };
  }
}
