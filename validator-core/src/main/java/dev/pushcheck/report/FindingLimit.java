package dev.pushcheck.report;

import dev.pushcheck.Finding;
import dev.pushcheck.MessageResult;
import java.util.List;

/**
 * {@code --max-findings}: the first N findings in input order are reported, in every format alike;
 * the rest are counted, so each report can say how many it did not show. One per reporter.
 */
final class FindingLimit {
  private final long max;
  private long shown;
  private long hidden;

  /**
   * @param max at most this many findings (0: no limit)
   */
  FindingLimit(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0, was " + max);
    }
    this.max = max;
  }

  /** The result with only the findings still within the limit (all of them without a limit). */
  MessageResult shown(MessageResult result) {
    List<Finding> findings = result.findings();
    if (max == 0 || findings.isEmpty()) {
      shown += findings.size();
      return result;
    }
    long room = Math.max(0, max - shown);
    if (room >= findings.size()) {
      shown += findings.size();
      return result;
    }
    hidden += findings.size() - room;
    shown += room;
    return result.withFindings(result.status(), findings.subList(0, (int) room));
  }

  long max() {
    return max;
  }

  /** Findings not reported because of the limit. */
  long hidden() {
    return hidden;
  }

  /** {@code 12 more findings not shown (limit 50)}. */
  String hiddenLine() {
    return hidden
        + " more "
        + (hidden == 1 ? "finding" : "findings")
        + " not shown (limit "
        + max
        + ")";
  }
}
