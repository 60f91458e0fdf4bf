package dev.pushcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one message of a run.
 *
 * @param source the input's display name (a path as given, or {@code <stdin>})
 * @param index 0-based position of the message in its source
 * @param line 1-based line where the message starts, 0 when not applicable (HAR frames)
 * @param column 1-based column where the message starts, 0 when not applicable
 * @param locator where in a HAR capture the message is ({@code entry 3, frame 7}), else {@code ""}
 * @param kind the kind of message it is (push, request, response, webhook), empty when it could not
 *     be read or is no message at all (a binary or control frame)
 * @param action the message's action, or {@code ""}
 * @param apiVersion the API version whose schemas checked it, or {@code ""} if none did
 * @param status valid, invalid, unreadable or skipped
 * @param skipReason why it was skipped: its kind when that kind is not checked ({@code request},
 *     {@code response}, {@code webhook}, {@code push}), {@code binary frame} or {@code control
 *     frame}; else {@code ""}
 * @param findings its findings, in order
 */
public record MessageResult(
    String source,
    long index,
    int line,
    int column,
    String locator,
    Optional<Kind> kind,
    String action,
    String apiVersion,
    Status status,
    String skipReason,
    List<Finding> findings) {

  public MessageResult {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(locator, "locator == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(skipReason, "skipReason == null");
    findings = List.copyOf(findings);
  }

  /**
   * {@code file:line:col} of a finding, or of the message when the finding has no position; a HAR
   * frame adds where it is: {@code capture.har:25:11 (entry 0, frame 1)}.
   */
  public String position(Finding finding) {
    if (!locator.isEmpty()) {
      return (line > 0 ? source + ":" + line + ":" + column : source) + " (" + locator + ")";
    }
    if (finding != null && finding.line() > 0) {
      return source + ":" + finding.line() + ":" + finding.column();
    }
    return line > 0 ? source + ":" + line + ":" + column : source;
  }

  /**
   * This result of a message read in a part of its input that starts {@code lines} lines and {@code
   * messages} messages into it: its positions and index counted from the input's start.
   */
  MessageResult movedBy(int lines, long messages) {
    List<Finding> moved = new java.util.ArrayList<>(findings.size());
    for (Finding f : findings) {
      moved.add(f.line() > 0 ? f.at(f.line() + lines, f.column()) : f);
    }
    return new MessageResult(
        source,
        index + messages,
        line > 0 ? line + lines : line,
        column,
        locator,
        kind,
        action,
        apiVersion,
        status,
        skipReason,
        moved);
  }

  /** This result with other findings and status (a policy re-levels, a report limit drops). */
  public MessageResult withFindings(Status newStatus, List<Finding> newFindings) {
    return new MessageResult(
        source,
        index,
        line,
        column,
        locator,
        kind,
        action,
        apiVersion,
        newStatus,
        skipReason,
        newFindings);
  }
}
