package dev.pushcheck.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats pushcheck writes. */
public enum ReportFormat {
  /** Compiler-style lines and a summary, for people. */
  TEXT("report.txt"),
  /** One JSON document ({@code schemas/report/report.schema.json}). */
  JSON("report.json"),
  /** JUnit XML for CI test views (Jenkins, GitLab, GitHub test reporters). */
  JUNIT("TEST-pushcheck.xml"),
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF("report.sarif"),
  /** GitHub Actions workflow commands: annotations on the files and lines of the findings. */
  GITHUB("report.github.txt"),
  /** One self-contained HTML page: summary, per-action chart, findings table, coverage. */
  HTML("report.html");

  private final String defaultFileName;

  ReportFormat(String defaultFileName) {
    this.defaultFileName = defaultFileName;
  }

  /** The lower-case name used in options ({@code sarif}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file name used when a format is asked for without one and cannot go to stdout. */
  public String defaultFileName() {
    return defaultFileName;
  }

  /**
   * The format of a name, in any case.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  public static ReportFormat of(String name) {
    for (ReportFormat f : values()) {
      if (f.label().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format '" + name + "'; formats: " + names());
  }

  /** {@code text, json, junit, sarif, github, html}. */
  public static String names() {
    return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
  }
}
