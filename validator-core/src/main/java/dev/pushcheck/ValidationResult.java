package dev.pushcheck;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one push.
 *
 * @param apiVersion the API version whose schemas checked the push
 * @param action the push's action, or {@code ""} when it has none
 * @param findings every finding, in a deterministic order (by position, then pointer, then rule)
 */
public record ValidationResult(String apiVersion, String action, List<Finding> findings) {

  public ValidationResult {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(action, "action == null");
    findings = List.copyOf(findings);
  }

  /** True when no finding is an error. */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** {@link Status#UNREADABLE}, {@link Status#INVALID} or {@link Status#VALID}. */
  public Status status() {
    if (findings.stream()
        .anyMatch(f -> f.rule() == Rule.MALFORMED_JSON || f.rule() == Rule.DUPLICATE_KEY)) {
      return Status.UNREADABLE;
    }
    return isValid() ? Status.VALID : Status.INVALID;
  }

  /** How many findings are warnings. */
  public long warningCount() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }
}
