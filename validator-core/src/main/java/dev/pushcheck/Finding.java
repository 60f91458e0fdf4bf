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

  /** {@code /pointer} as reports print it: the message itself is {@code /}. */
  public String displayPointer() {
    return pointer.isEmpty() ? "/" : pointer;
  }

  Finding at(int newLine, int newColumn) {
    return new Finding(
        severity, rule, pointer, schemaLocation, expected, actual, detail, newLine, newColumn);
  }

  Finding withSeverity(Severity newSeverity) {
    return new Finding(
        newSeverity, rule, pointer, schemaLocation, expected, actual, detail, line, column);
  }

  /** {@code line:col: severity: [RULE] /pointer: message (expected …, got …)}. */
  @Override
  public String toString() {
    return (line == 0 ? "" : line + ":" + column + ": ") + describe(severity.label());
  }

  /**
   * The report line after the position: {@code severity: [RULE] /pointer: message (expected …, got
   * …)}, with the severity written as given (reporters may colour it).
   */
  String describe(String severityText) {
    return severityText
        + ": ["
        + rule
        + "] "
        + displayPointer()
        + ": "
        + message()
        + " (expected "
        + expected
        + ", got "
        + actual
        + ")";
  }
}
