package dev.pushcheck;

import java.util.Objects;

/**
 * One problem found in one message.
 *
 * @param severity error or warning
 * @param rule the stable rule id
 * @param pointer the RFC 6901 JSON pointer of the offending value in the whole message ({@code ""}
 *     is the message itself)
 * @param schemaLocation the IRI and fragment of the schema keyword that was violated, or {@code ""}
 *     for checks that are not schema keywords
 * @param expected what the protocol expects there ({@code string}, {@code one of [agent,
 *     customer]}, {@code present})
 * @param actual what the message has there (a JSON type, a JSON value, {@code absent})
 * @param detail an explanation beyond the rule's description, or {@code ""}
 * @param line 1-based line of the offending value in its source, 0 when unknown
 * @param column 1-based column of the offending value in its source, 0 when unknown
 */
public record Finding(
    Severity severity,
    Rule rule,
    String pointer,
    String schemaLocation,
    String expected,
    String actual,
    String detail,
    int line,
    int column) {

  public Finding {
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(schemaLocation, "schemaLocation == null");
    Objects.requireNonNull(expected, "expected == null");
    Objects.requireNonNull(actual, "actual == null");
    Objects.requireNonNull(detail, "detail == null");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /** The one-line message: the rule's description, then the detail if there is one. */
  public String message() {
    return detail.isEmpty() ? rule.description() : rule.description() + ": " + detail;
  }

  /**
   * The message with the values: {@code message (expected …, got …)}, or, for a finding without an
   * expected value, {@code message actual} ({@code undocumented field "seen_by_bot"}).
   */
  public String explained() {
    if (expected.isEmpty()) {
      return actual.isEmpty() ? message() : message() + " " + actual;
    }
    return message() + " (expected " + expected + ", got " + actual + ")";
  }

  // equals and hashCode as a record's, written out: the record's own are made at their first call
  // by ObjectMethods, which spins ~17 method-handle classes in the middle of a run.
  @Override
  public boolean equals(Object other) {
    return other instanceof Finding that
        && severity == that.severity
        && rule == that.rule
        && line == that.line
        && column == that.column
        && pointer.equals(that.pointer)
        && schemaLocation.equals(that.schemaLocation)
        && expected.equals(that.expected)
        && actual.equals(that.actual)
        && detail.equals(that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        severity, rule, pointer, schemaLocation, expected, actual, detail, line, column);
  }

  /** {@code /pointer} as reports print it: the message itself is {@code /}. */
  public String displayPointer() {
    return pointer.isEmpty() ? "/" : pointer;
  }

  /**
   * Starts a finding of this rule, at the message itself, with the rule's default severity and no
   * position; every part is named, so no two can be swapped.
   */
  public static Builder of(Rule rule) {
    return new Builder(rule);
  }

  /** This finding at another position in its source. */
  public Finding at(int newLine, int newColumn) {
    return new Finding(
        severity, rule, pointer, schemaLocation, expected, actual, detail, newLine, newColumn);
  }

  /** This finding with another severity. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        newSeverity, rule, pointer, schemaLocation, expected, actual, detail, line, column);
  }

  /** Builds a {@link Finding} part by part; see {@link Finding#of(Rule)}. */
  public static final class Builder {
    private final Rule rule;
    private Severity severity;
    private String pointer = "";
    private String schemaLocation = "";
    private String expected = "";
    private String actual = "";
    private String detail = "";

    private Builder(Rule rule) {
      this.rule = Objects.requireNonNull(rule, "rule == null");
      this.severity = rule.defaultSeverity();
    }

    public Builder severity(Severity value) {
      severity = value;
      return this;
    }

    public Builder pointer(String value) {
      pointer = value;
      return this;
    }

    public Builder schemaLocation(String value) {
      schemaLocation = value;
      return this;
    }

    /** What the protocol expects there. */
    public Builder expected(String value) {
      expected = value;
      return this;
    }

    /** What the message has there instead. */
    public Builder actual(String value) {
      actual = value;
      return this;
    }

    public Builder detail(String value) {
      detail = value;
      return this;
    }

    /** The finished finding, at a 1-based line and column of its source (0, 0: unknown). */
    public Finding at(int line, int column) {
      return new Finding(
          severity, rule, pointer, schemaLocation, expected, actual, detail, line, column);
    }

    /** The finished finding, with no position. */
    public Finding build() {
      return at(0, 0);
    }
  }

  /** {@code line:col: severity: [RULE] /pointer: message (expected …, got …)}. */
  @Override
  public String toString() {
    return (line == 0 ? "" : line + ":" + column + ": ") + describe(severity.label());
  }

  /**
   * The report line after the position: {@code severity: [RULE] /pointer: message (expected …, got
   * …)} (see {@link #explained}), with the severity written as given (reporters may colour it).
   */
  public String describe(String severityText) {
    return severityText + ": [" + rule + "] " + displayPointer() + ": " + explained();
  }
}
