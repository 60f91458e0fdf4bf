package dev.pushcheck.test;

import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** The one way this module words and throws a failed conformance assertion. */
final class Failures {
  private Failures() {}

  static AssertionFailedError notConforming(String subject, ValidationResult result) {
    String findings = lines(result.findings());
    return new AssertionFailedError(
        subject
            + (result.action().isEmpty() ? "" : " '" + result.action() + "'")
            + " does not conform to Agent Chat API "
            + result.apiVersion()
            + ":\n"
            + findings,
        "no error finding",
        findings);
  }

  /** A run's failing messages and input errors, each on its own line with its position. */
  static AssertionFailedError runFailed(
      String subject, List<MessageResult> failing, List<InputError> inputErrors, String summary) {
    StringBuilder actual = new StringBuilder();
    for (InputError error : inputErrors) {
      actual.append("  ").append(error).append('\n');
    }
    for (MessageResult result : failing) {
      for (Finding finding : result.findings()) {
        actual
            .append("  ")
            .append(result.position(finding))
            .append(": ")
            .append(finding.describe(finding.severity().label()))
            .append('\n');
      }
    }
    String text = actual.toString().stripTrailing();
    return new AssertionFailedError(
        subject + " does not conform (" + summary + "):\n" + text, "every message conforms", text);
  }

  static String lines(List<Finding> findings) {
    return findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
  }
}
