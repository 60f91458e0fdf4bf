package dev.pushcheck;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one message.
 *
 * @param kind the kind of message it was checked as
 * @param apiVersion the API version whose schemas checked the message
 * @param action the message's action (a method, for requests and responses), or {@code ""}
 * @param findings every finding, in a deterministic order (by position, then pointer, then rule)
 */
public record ValidationResult(
    Kind kind, String apiVersion, String action, List<Finding> findings) {

  public ValidationResult {
    Objects.requireNonNull(kind, "kind == null");
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

  /**
   * What the message is, in words: {@code push 'incoming_chat'}, {@code request 'send_event'},
   * {@code response to 'send_event'}, {@code webhook 'incoming_chat'}.
   */
  public String subject() {
    String named = action.isEmpty() ? "" : " '" + action + "'";
    return switch (kind) {
      case RESPONSE -> action.isEmpty() ? "response" : "response to '" + action + "'";
      default -> kind.label() + named;
    };
  }
}
