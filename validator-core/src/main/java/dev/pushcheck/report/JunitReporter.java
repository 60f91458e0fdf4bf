package dev.pushcheck.report;

import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Severity;
import dev.pushcheck.Status;
import dev.pushcheck.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, as Jenkins, GitLab and GitHub test reporters read it (valid against Jenkins' {@code
 * junit-10.xsd}): one test suite per input file, one test case per push action in that file.
 *
 * <p>Why per file and action, not per message: a test case is a stable name that CI tools track
 * from build to build ("failing since #12", flaky detection), and an action in a file keeps its
 * name when lines move or messages are added, where a per-message name would not; a capture of a
 * million messages becomes a few dozen test cases that the UIs can show, not a million; and the
 * actions that passed appear as passed tests, so the view also shows what was covered. Each failure
 * lists every finding of its test case as {@code file:line:col: …} lines, which the UIs show as the
 * failure's details. Unreadable messages are the test case {@code (unreadable)}, inputs that could
 * not be read {@code (input)}, both as errors; warnings go to the test case's system-out, or fail
 * it when the run fails on warnings. Written at the end of the run: the counts come first.
 */
final class JunitReporter implements Reporter {
  private final PrintWriter out;
  private final FindingLimit limit;
  private final Map<String, Map<String, TestCase>> suites = new LinkedHashMap<>();

  private static final class TestCase {
    long messages;
    long invalid;
    long warnings;
    long hiddenFindings;
    boolean error;
    final List<String> errorLines = new ArrayList<>();
    final List<String> warningLines = new ArrayList<>();
  }

  JunitReporter(PrintWriter out, long maxFindings) {
    this.out = out;
    this.limit = new FindingLimit(maxFindings);
  }

  @Override
  public void message(MessageResult result) {
    if (result.status() == Status.SKIPPED) {
      return;
    }
    long before = limit.hidden();
    MessageResult shown = limit.shown(result);
    String name =
        result.status() == Status.UNREADABLE
            ? "(unreadable)"
            : result.action().isEmpty() ? "(no action)" : result.action();
    TestCase test = testCase(result.source(), name);
    test.messages++;
    test.hiddenFindings += limit.hidden() - before;
    if (result.status() == Status.INVALID) {
      test.invalid++;
    }
    if (result.status() == Status.UNREADABLE) {
      test.error = true;
    }
    for (Finding f : result.findings()) {
      if (f.severity() == Severity.WARNING) {
        test.warnings++;
      }
    }
    for (Finding f : shown.findings()) {
      String line = shown.position(f) + ": " + f.describe(f.severity().label());
      (f.severity() == Severity.ERROR ? test.errorLines : test.warningLines).add(line);
    }
  }

  @Override
  public void inputError(InputError error) {
    TestCase test = testCase(error.source(), "(input)");
    test.messages++;
    test.error = true;
    test.errorLines.add(error.toString());
  }

  private TestCase testCase(String source, String name) {
    return suites
        .computeIfAbsent(source, s -> new LinkedHashMap<>())
        .computeIfAbsent(name, n -> new TestCase());
  }

  @Override
  public void finish(Summary summary) {
    boolean warningsFail = summary.failOnWarning();
    long tests = 0;
    long failures = 0;
    long errors = 0;
    for (Map<String, TestCase> cases : suites.values()) {
      for (TestCase t : cases.values()) {
        tests++;
        if (t.error) {
          errors++;
        } else if (failed(t, warningsFail)) {
          failures++;
        }
      }
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuites name=\"pushcheck\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" errors=\""
            + errors
            + "\">");
    for (Map.Entry<String, Map<String, TestCase>> suite : suites.entrySet()) {
      writeSuite(suite.getKey(), suite.getValue(), warningsFail);
    }
    out.println("</testsuites>");
    out.flush();
  }

  private static boolean failed(TestCase t, boolean warningsFail) {
    return t.invalid > 0 || (warningsFail && t.warnings > 0);
  }

  private void writeSuite(String source, Map<String, TestCase> cases, boolean warningsFail) {
    long failures = 0;
    long errors = 0;
    for (TestCase t : cases.values()) {
      if (t.error) {
        errors++;
      } else if (failed(t, warningsFail)) {
        failures++;
      }
    }
    String file = Locations.slashes(source);
    out.println(
        "  <testsuite name=\""
            + Xml.escape(file)
            + "\" tests=\""
            + cases.size()
            + "\" failures=\""
            + failures
            + "\" errors=\""
            + errors
            + "\" skipped=\"0\""
            + (Locations.isFile(source) ? " file=\"" + Xml.escape(file) + "\"" : "")
            + ">");
    // Jenkins splits a class name at its last dot into package and class; a path's dots would
    // split "session.har" into a package "session" and a class "har".
    String className = Xml.escape(file.replace('.', '_'));
    for (Map.Entry<String, TestCase> entry : cases.entrySet()) {
      TestCase t = entry.getValue();
      out.print(
          "    <testcase classname=\""
              + className
              + "\" name=\""
              + Xml.escape(entry.getKey())
              + "\"");
      boolean fails = failed(t, warningsFail);
      if (!t.error && !fails && t.warningLines.isEmpty() && t.hiddenFindings == 0) {
        out.println("/>");
        continue;
      }
      out.println(">");
      List<String> body = new ArrayList<>(t.errorLines);
      if (fails && t.invalid == 0) {
        body.addAll(t.warningLines);
      }
      if (t.hiddenFindings > 0) {
        body.add(t.hiddenFindings + " more findings not shown (--max-findings)");
      }
      if (t.error) {
        out.println(
            "      <error type=\"unreadable\" message=\""
                + Xml.escape(t.errorLines.isEmpty() ? "could not be read" : t.errorLines.get(0))
                + "\">"
                + Xml.escape(String.join("\n", body))
                + "</error>");
      } else if (fails) {
        String message =
            t.invalid > 0
                ? t.invalid
                    + " of "
                    + t.messages
                    + (t.messages == 1 ? " message" : " messages")
                    + " invalid"
                : t.warnings + (t.warnings == 1 ? " warning" : " warnings") + " (fail on warnings)";
        out.println(
            "      <failure type=\"pushcheck\" message=\""
                + Xml.escape(message)
                + "\">"
                + Xml.escape(String.join("\n", body))
                + "</failure>");
      }
      if (!t.warningLines.isEmpty() && !(fails && t.invalid == 0)) {
        out.println(
            "      <system-out>" + Xml.escape(String.join("\n", t.warningLines)) + "</system-out>");
      } else if (!fails && !t.error && t.hiddenFindings > 0) {
        out.println(
            "      <system-out>"
                + t.hiddenFindings
                + " more findings not shown (--max-findings)</system-out>");
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
  }
}
