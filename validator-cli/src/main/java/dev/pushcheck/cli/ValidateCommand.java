package dev.pushcheck.cli;

import dev.pushcheck.Check;
import dev.pushcheck.CheckOptions;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import dev.pushcheck.report.JsonReporter;
import dev.pushcheck.report.TextReporter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
      "Validates the pushes in captures and fixture files: JSON, JSON arrays, JSON Lines, HAR"
          + " (Chrome, mitmproxy, .zhar), any of them gzipped (.gz).",
      "Requests, responses and binary frames are counted as skipped."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
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
      names = "--fail-on-warning",
      description = "Fail (exit 1) when there are warnings, keeping them warnings in the report.")
  boolean failOnWarning;

  @Option(
      names = "--pushes-only",
      description = "Every message that is not a push is an error (for folders of push fixtures).")
  boolean pushesOnly;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--no-color", description = "No colours, even on a terminal.")
  boolean noColor;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the summary (text format).")
  boolean quiet;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      description = "Print at most N findings (text format; 0: no limit).")
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
      description = "Validation threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() {
    CheckOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reporter report =
        format == Format.JSON
            ? Reporter.all(new JsonReporter(out, Pushcheck.version()), inputErrorsTo(err))
            : TextReporter.to(out, quiet, maxFindings, color());
    if (parent.environment.interactive()) {
      report = Reporter.all(new ProgressLine(err), report);
    }
    Summary summary = Check.run(options, parent.stdin, report);
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

  private CheckOptions options() {
    if (maxFindings < 0) {
      throw new ParameterException(spec.commandLine(), "--max-findings must be 0 or more");
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
    }
    if (inputs.isEmpty() && parent.environment.interactive()) {
      throw new ParameterException(
          spec.commandLine(), "no INPUT given (files, directories, or - for standard input)");
    }
    CheckOptions options =
        CheckOptions.of(inputs.isEmpty() ? List.of(CheckOptions.STDIN) : inputs)
            .withApiVersion(apiVersion)
            .withStrict(strict)
            .withFailOnWarning(failOnWarning)
            .withPushesOnly(pushesOnly)
            .withAllowEmpty(allowEmpty);
    return threads == null ? options : options.withThreads(threads);
  }

  private boolean color() {
    return parent.environment.interactive() && !parent.environment.noColor() && !noColor;
  }

  /** With a JSON report on stdout, unreadable inputs also get their one line on stderr. */
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
