package dev.pushcheck;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a team decided to report: a level per rule id, findings to ignore, and a baseline of
 * accepted findings. The run applies it to each message before counting, so counts and the verdict
 * follow it: a message whose only errors were turned off or ignored is valid. Unreadable and
 * skipped messages are left as they are. Immutable.
 */
public final class Policy {
  /** No re-levelling, nothing ignored, no baseline. */
  public static final Policy NONE = new Policy(Map.of(), List.of(), Baseline.none());

  /** What a rule's findings become. */
  public enum Level {
    /** Dropped. */
    OFF,
    /** Reported as warnings. */
    WARNING,
    /** Reported as errors. */
    ERROR
  }

  /**
   * Findings to drop: every part that is not empty must match.
   *
   * @param rule a rule id, or null for any
   * @param action a glob over the push action ({@code chat_*}), or {@code ""} for any
   * @param pointer a glob over the finding's JSON pointer ({@code /payload/**}{@code /seen_by_bot},
   *     {@code *} within a segment), or {@code ""} for any
   * @param files a glob over the input path as reports show it, with forward slashes ({@code
   *     fixtures/legacy/**}), or {@code ""} for any
   */
  public record Ignore(Rule rule, String action, String pointer, String files) {
    public Ignore {
      Objects.requireNonNull(action, "action == null");
      Objects.requireNonNull(pointer, "pointer == null");
      Objects.requireNonNull(files, "files == null");
    }
  }

  private final Map<Rule, Level> rules;
  private final List<Ignore> ignores;
  private final List<Pattern[]> ignorePatterns;
  private final Baseline baseline;

  private Policy(Map<Rule, Level> rules, List<Ignore> ignores, Baseline baseline) {
    this.rules = rules.isEmpty() ? Map.of() : new EnumMap<>(rules);
    this.ignores = List.copyOf(ignores);
    this.baseline = Objects.requireNonNull(baseline, "baseline == null");
    List<Pattern[]> patterns = new ArrayList<>();
    for (Ignore ignore : this.ignores) {
      patterns.add(
          new Pattern[] {glob(ignore.action()), glob(ignore.pointer()), glob(ignore.files())});
    }
    this.ignorePatterns = List.copyOf(patterns);
  }

  /** A policy with these rule levels and ignores, and no baseline. */
  public static Policy of(Map<Rule, Level> rules, List<Ignore> ignores) {
    return new Policy(rules, ignores, Baseline.none());
  }

  /** This policy with another baseline. */
  public Policy withBaseline(Baseline value) {
    return new Policy(rules, ignores, value);
  }

  public Map<Rule, Level> rules() {
    return java.util.Collections.unmodifiableMap(rules);
  }

  public List<Ignore> ignores() {
    return ignores;
  }

  public Baseline baseline() {
    return baseline;
  }

  /**
   * The message with rule levels and ignores applied (not the baseline, which depends on the order
   * of the run), its status following its remaining findings; {@code strict} turns remaining
   * warnings into errors.
   */
  MessageResult apply(MessageResult result, boolean strict) {
    if ((rules.isEmpty() && ignores.isEmpty())
        || result.status() == Status.UNREADABLE
        || result.status() == Status.SKIPPED) {
      return result;
    }
    List<Finding> kept = new ArrayList<>(result.findings().size());
    for (Finding finding : result.findings()) {
      if (ignored(result, finding)) {
        continue;
      }
      Level level = rules.get(finding.rule());
      if (level == Level.OFF) {
        continue;
      }
      Severity severity =
          level == null
              ? finding.severity()
              : level == Level.ERROR || strict ? Severity.ERROR : Severity.WARNING;
      kept.add(severity == finding.severity() ? finding : finding.withSeverity(severity));
    }
    return withFindings(result, kept);
  }

  /** The result with other findings, its status following them (for valid/invalid results). */
  static MessageResult withFindings(MessageResult result, List<Finding> findings) {
    if (result.status() == Status.UNREADABLE || result.status() == Status.SKIPPED) {
      return result;
    }
    boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return result.withFindings(error ? Status.INVALID : Status.VALID, findings);
  }

  private boolean ignored(MessageResult result, Finding finding) {
    for (int i = 0; i < ignores.size(); i++) {
      Ignore ignore = ignores.get(i);
      Pattern[] p = ignorePatterns.get(i);
      if ((ignore.rule() == null || ignore.rule() == finding.rule())
          && matches(p[0], result.action())
          && matches(p[1], finding.pointer())
          && matches(p[2], result.source().replace('\\', '/'))) {
        return true;
      }
    }
    return false;
  }

  private static Pattern glob(String glob) {
    return glob.isEmpty() ? null : Glob.compile(glob);
  }

  private static boolean matches(Pattern pattern, String value) {
    return pattern == null || pattern.matcher(value).matches();
  }
}
