package dev.pushcheck.report;

import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Severity;
import dev.pushcheck.Summary;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=…::message} per
 * finding ({@code ::warning} for warnings), which GitHub shows as annotations on those lines, then
 * the summary as a plain line. Escaped as GitHub's runner expects: {@code %}, CR and LF in the
 * message; also {@code :} and {@code ,} in property values.
 */
final class GithubReporter implements Reporter {
  private final PrintWriter out;
  private final FindingLimit limit;

  GithubReporter(PrintWriter out, long maxFindings) {
    this.out = out;
    this.limit = new FindingLimit(maxFindings);
  }

  @Override
  public void message(MessageResult result) {
    MessageResult shown = limit.shown(result);
    for (Finding f : shown.findings()) {
      StringBuilder properties = new StringBuilder();
      if (Locations.isFile(result.source())) {
        properties.append("file=").append(property(Locations.slashes(result.source())));
        int line = Locations.line(result, f);
        if (line > 0) {
          properties.append(",line=").append(line);
          int column = Locations.column(result, f);
          if (column > 0) {
            properties.append(",col=").append(column);
          }
        }
        properties.append(',');
      }
      properties.append("title=").append(property("pushcheck " + f.rule()));
      String message =
          f.displayPointer()
              + ": "
              + f.explained()
              + (result.locator().isEmpty() ? "" : " (" + result.locator() + ")");
      out.println(
          "::"
              + (f.severity() == Severity.ERROR ? "error" : "warning")
              + " "
              + properties
              + "::"
              + data(message));
    }
  }

  @Override
  public void inputError(InputError error) {
    String properties =
        Locations.isFile(error.source())
            ? "file="
                + property(Locations.slashes(error.source()))
                + (error.line() > 0 ? ",line=" + error.line() : "")
                + ","
            : "";
    out.println(
        "::error " + properties + "title=" + property("pushcheck") + "::" + data(error.message()));
    out.flush();
  }

  @Override
  public void finish(Summary summary) {
    if (limit.hidden() > 0) {
      out.println("::notice title=pushcheck::" + data(limit.hiddenLine()));
    }
    out.println(TextReporter.summaryLine(summary));
    out.flush();
  }

  /** A command's message: {@code %}, CR and LF escaped. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command property's value: also {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
