package dev.pushcheck.report;

import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.InputNote;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Severity;
import dev.pushcheck.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The human report: one line per finding in compiler style, {@code file:line:col: error: [RULE]
 * /pointer: message (expected …, got …)}, then a summary.
 */
public final class TextReporter implements Reporter {
  /** Where report lines go, with their level (so a build tool can log each at its own level). */
  @FunctionalInterface
  public interface Output {
    void line(Severity level, String text);
  }

  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private final Output output;
  private final boolean quiet;
  private final FindingLimit limit;
  private final boolean color;
  private final Runnable flush;

  /**
   * @param output receives every line; {@code level} is null for summary lines
   * @param quiet print only the summary
   * @param maxFindings print at most this many finding lines (0: no limit)
   * @param color wrap severities in ANSI colours
   */
  public TextReporter(Output output, boolean quiet, long maxFindings, boolean color) {
    this(output, quiet, maxFindings, color, () -> {});
  }

  private TextReporter(
      Output output, boolean quiet, long maxFindings, boolean color, Runnable flush) {
    this.output = output;
    this.quiet = quiet;
    this.limit = new FindingLimit(maxFindings);
    this.color = color;
    this.flush = flush;
  }

  /**
   * A reporter that prints to a writer, flushing it when an input fails and when the run ends (not
   * after every line: a large capture can have many findings).
   */
  public static TextReporter to(PrintWriter out, boolean quiet, long maxFindings, boolean color) {
    return new TextReporter(
        (level, text) -> out.println(text), quiet, maxFindings, color, out::flush);
  }

  @Override
  public void message(MessageResult result) {
    MessageResult shown = limit.shown(result);
    if (quiet) {
      return;
    }
    for (Finding f : shown.findings()) {
      output.line(f.severity(), line(shown, f));
    }
  }

  /** The report line of one finding. */
  String line(MessageResult result, Finding f) {
    return result.position(f) + ": " + f.describe(severity(f.severity()));
  }

  @Override
  public void inputError(InputError error) {
    if (quiet) {
      return;
    }
    output.line(
        Severity.ERROR,
        error.source()
            + (error.line() > 0 ? ":" + error.line() : "")
            + ": "
            + severity(Severity.ERROR)
            + ": "
            + error.message());
    flush.run();
  }

  @Override
  public void finish(Summary summary) {
    if (limit.hidden() > 0 && !quiet) {
      output.line(null, limit.hiddenLine());
    }
    for (InputNote note : summary.emptyInputs()) {
      output.line(null, note.source() + ": note: " + note.message());
    }
    output.line(null, summaryLine(summary));
    if (quiet) {
      flush.run();
      return;
    }
    if (summary.baselined() > 0) {
      output.line(
          null,
          summary.baselined()
              + (summary.baselined() == 1 ? " finding" : " findings")
              + " in the baseline, not shown");
    }
    if (!summary.inputErrors().isEmpty()) {
      int n = summary.inputErrors().size();
      output.line(null, n + (n == 1 ? " input" : " inputs") + " could not be read to the end");
    }
    for (Map.Entry<String, Summary.ActionCount> e : summary.byAction().entrySet()) {
      Summary.ActionCount c = e.getValue();
      List<String> parts = new ArrayList<>();
      if (c.valid() > 0) {
        parts.add(c.valid() + " valid");
      }
      if (c.invalid() > 0) {
        parts.add(c.invalid() + " invalid");
      }
      output.line(null, "  " + e.getKey() + ": " + String.join(", ", parts));
    }
    flush.run();
  }

  /**
   * {@code 12 messages: 7 valid, 2 invalid, 1 unreadable, 2 skipped (1 request, 1 response); 3
   * warnings}.
   */
  public static String summaryLine(Summary s) {
    StringBuilder line =
        new StringBuilder()
            .append(s.messages())
            .append(s.messages() == 1 ? " message" : " messages")
            .append(kinds(s))
            .append(": ")
            .append(s.valid())
            .append(" valid, ")
            .append(s.invalid())
            .append(" invalid, ")
            .append(s.unreadable())
            .append(" unreadable, ")
            .append(s.skipped())
            .append(" skipped");
    if (!s.skippedByReason().isEmpty()) {
      List<String> reasons = new ArrayList<>();
      s.skippedByReason().forEach((reason, n) -> reasons.add(n + " " + reason));
      line.append(" (").append(String.join(", ", reasons)).append(')');
    }
    return line.append("; ")
        .append(s.warnings())
        .append(s.warnings() == 1 ? " warning" : " warnings")
        .toString();
  }

  /** {@code (14 pushes, 8 requests, 8 responses)}, or nothing when no message had a kind. */
  private static String kinds(Summary s) {
    List<String> parts = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      long n = s.byKind().getOrDefault(kind.label(), 0L);
      if (n > 0) {
        parts.add(n + " " + kind.label() + (n == 1 ? "" : kind == Kind.PUSH ? "es" : "s"));
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  /**
   * Why a run with the verdict {@code EMPTY} failed, for the adapters' one line: {@code no message
   * was validated (2 inputs held no message, 3 messages skipped)}; each adds how to allow it.
   */
  public static String emptyRunLine(Summary s) {
    List<String> why = new ArrayList<>();
    if (s.messages() == 0 && s.emptyInputs().isEmpty()) {
      why.add("no input was found");
    }
    if (!s.emptyInputs().isEmpty()) {
      int n = s.emptyInputs().size();
      why.add(n + (n == 1 ? " input holds" : " inputs hold") + " no message");
    }
    if (s.skipped() > 0) {
      why.add(s.skipped() + (s.skipped() == 1 ? " message" : " messages") + " skipped");
    }
    return "no message was validated (" + String.join(", ", why) + ")";
  }

  private String severity(Severity severity) {
    if (!color) {
      return severity.label();
    }
    return (severity == Severity.ERROR ? BOLD + RED : YELLOW) + severity.label() + RESET;
  }
}
