package dev.pushcheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The counts of a run. Every message read is exactly one of valid, invalid, unreadable or skipped,
 * so {@code messages == valid + invalid + unreadable + skipped}.
 *
 * @param messages messages read
 * @param valid pushes with no error
 * @param invalid messages with at least one error
 * @param unreadable messages that could not be parsed
 * @param skipped messages not checked (requests, responses, binary and control frames)
 * @param warnings warning findings (in strict mode they are errors and not counted here)
 * @param skippedByReason skipped messages per reason
 * @param byKind messages per kind ({@code push}, {@code request}, {@code response}, {@code
 *     webhook}), whether checked, skipped or invalid; unreadable messages and frames have no kind
 * @param byAction per action: how many were valid and invalid (pushes by action, the other kinds as
 *     {@code request send_event}, {@code response send_event}, {@code webhook incoming_chat})
 * @param inputErrors inputs that could not be read, or not to their end
 * @param failOnWarning whether the run was told to fail on warnings ({@link
 *     CheckOptions#failOnWarning})
 * @param baselined findings not reported because the baseline lists them ({@link Policy#baseline})
 * @param actionsByVersion per API version used, the push actions its schemas checked (for {@link
 *     Coverage})
 * @param emptyInputs inputs read to their end that held no message
 * @param allowEmpty whether a run that validated no message passes ({@link
 *     CheckOptions#allowEmpty})
 */
public record Summary(
    long messages,
    long valid,
    long invalid,
    long unreadable,
    long skipped,
    long warnings,
    SortedMap<String, Long> skippedByReason,
    SortedMap<String, Long> byKind,
    SortedMap<String, ActionCount> byAction,
    List<InputError> inputErrors,
    boolean failOnWarning,
    long baselined,
    SortedMap<String, SortedSet<String>> actionsByVersion,
    List<InputNote> emptyInputs,
    boolean allowEmpty)
    implements java.io.Serializable {

  /** How many pushes of one action were valid and invalid. */
  public record ActionCount(long valid, long invalid) implements java.io.Serializable {}

  /** What a run amounts to; the CLI maps it to an exit code, the Maven goal to an outcome. */
  public enum Verdict {
    /** Every message read conforms (warnings allowed unless strict). */
    CONFORMANT,
    /** No message is invalid, but there are warnings and the run fails on warnings. */
    WARNINGS,
    /** At least one message is invalid, and every input was read. */
    VIOLATIONS,
    /** Some input or message could not be read; this wins over violations. */
    UNREADABLE_INPUT,
    /**
     * Every input was read, but no message was validated (none read, or all skipped), and the run
     * was not told that this is fine ({@link CheckOptions#allowEmpty}).
     */
    EMPTY;

    /**
     * The exit code of a run with this verdict, the same for the CLI and the Spark job: 0
     * conformant, 1 violations or failing warnings, 3 unreadable input, 4 nothing validated (2 is
     * left to usage errors).
     */
    public int exitCode() {
      return switch (this) {
        case CONFORMANT -> 0;
        case VIOLATIONS, WARNINGS -> 1;
        case UNREADABLE_INPUT -> 3;
        case EMPTY -> 4;
      };
    }
  }

  public Summary {
    skippedByReason = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(skippedByReason));
    byKind = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byKind));
    byAction = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byAction));
    inputErrors = List.copyOf(inputErrors);
    SortedMap<String, SortedSet<String>> versions = new TreeMap<>();
    actionsByVersion.forEach(
        (v, a) -> versions.put(v, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(a))));
    actionsByVersion = java.util.Collections.unmodifiableSortedMap(versions);
    if (baselined < 0) {
      throw new IllegalArgumentException("baselined must be >= 0");
    }
    emptyInputs = List.copyOf(emptyInputs);
    if (messages != valid + invalid + unreadable + skipped) {
      throw new IllegalArgumentException("counts do not add up to " + messages);
    }
    long skippedTotal = skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    if (skippedTotal != skipped) {
      throw new IllegalArgumentException("skipped reasons do not add up to " + skipped);
    }
  }

  /**
   * The verdict: unreadable input wins over an empty run, which wins over violations (there are
   * none), which win over warnings.
   */
  public Verdict verdict() {
    if (unreadable > 0 || !inputErrors.isEmpty()) {
      return Verdict.UNREADABLE_INPUT;
    }
    if (validated() == 0 && !allowEmpty) {
      return Verdict.EMPTY;
    }
    if (invalid > 0) {
      return Verdict.VIOLATIONS;
    }
    return failOnWarning && warnings > 0 ? Verdict.WARNINGS : Verdict.CONFORMANT;
  }

  /** Messages that were validated: valid, invalid or unreadable (not skipped). */
  public long validated() {
    return valid + invalid + unreadable;
  }

  /** Whether the run passed: an adapter's one question. */
  public boolean passed() {
    return verdict() == Verdict.CONFORMANT;
  }

  /**
   * The counts of a run made of two parts over different inputs (an engine that spreads a run over
   * many machines counts each part on its own): {@code first}'s inputs come before {@code
   * second}'s.
   */
  public static Summary merge(Summary first, Summary second) {
    SortedMap<String, ActionCount> actions = new TreeMap<>(first.byAction);
    second.byAction.forEach(
        (a, c) ->
            actions.merge(
                a, c, (x, y) -> new ActionCount(x.valid() + y.valid(), x.invalid() + y.invalid())));
    SortedMap<String, SortedSet<String>> versions = new TreeMap<>();
    for (Summary s : List.of(first, second)) {
      s.actionsByVersion.forEach(
          (v, a) -> versions.computeIfAbsent(v, k -> new TreeSet<>()).addAll(a));
    }
    return new Summary(
        first.messages + second.messages,
        first.valid + second.valid,
        first.invalid + second.invalid,
        first.unreadable + second.unreadable,
        first.skipped + second.skipped,
        first.warnings + second.warnings,
        sum(first.skippedByReason, second.skippedByReason),
        sum(first.byKind, second.byKind),
        actions,
        concat(first.inputErrors, second.inputErrors),
        first.failOnWarning || second.failOnWarning,
        first.baselined + second.baselined,
        versions,
        concat(first.emptyInputs, second.emptyInputs),
        first.allowEmpty && second.allowEmpty);
  }

  private static SortedMap<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
    SortedMap<String, Long> sum = new TreeMap<>(a);
    b.forEach((k, v) -> sum.merge(k, v, Long::sum));
    return sum;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A mutable tally, fed in input order by the run. */
  static final class Tally {
    private final boolean failOnWarning;
    private final boolean allowEmpty;
    private final List<InputNote> emptyInputs = new java.util.ArrayList<>();
    private long messages;
    private long valid;
    private long invalid;
    private long unreadable;
    private long skipped;
    private long warnings;
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final Map<String, Long> byKind = new TreeMap<>();
    private final Map<String, long[]> byAction = new TreeMap<>();
    private final List<InputError> inputErrors = new java.util.ArrayList<>();
    private final Map<String, SortedSet<String>> actionsByVersion = new TreeMap<>();
    private long baselined;

    Tally(boolean failOnWarning, boolean allowEmpty) {
      this.failOnWarning = failOnWarning;
      this.allowEmpty = allowEmpty;
    }

    void add(InputNote note) {
      emptyInputs.add(Objects.requireNonNull(note));
    }

    void add(MessageResult result) {
      messages++;
      warnings += result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
      switch (result.status()) {
        case VALID -> valid++;
        case INVALID -> invalid++;
        case UNREADABLE -> unreadable++;
        case SKIPPED -> {
          skipped++;
          skippedByReason.merge(result.skipReason(), 1L, Long::sum);
        }
      }
      result.kind().ifPresent(kind -> byKind.merge(kind.label(), 1L, Long::sum));
      if (!result.action().isEmpty()
          && (result.status() == Status.VALID || result.status() == Status.INVALID)) {
        Kind kind = result.kind().orElse(Kind.PUSH);
        String key = kind == Kind.PUSH ? result.action() : kind.label() + " " + result.action();
        long[] counts = byAction.computeIfAbsent(key, a -> new long[2]);
        counts[result.status() == Status.VALID ? 0 : 1]++;
        if (!result.apiVersion().isEmpty()) {
          actionsByVersion
              .computeIfAbsent(result.apiVersion(), v -> new TreeSet<>())
              .add(result.action());
        }
      }
    }

    void addBaselined(long findings) {
      baselined += findings;
    }

    void add(InputError error) {
      inputErrors.add(Objects.requireNonNull(error));
    }

    long messages() {
      return messages;
    }

    Summary summary() {
      SortedMap<String, ActionCount> actions = new TreeMap<>();
      byAction.forEach((a, c) -> actions.put(a, new ActionCount(c[0], c[1])));
      return new Summary(
          messages,
          valid,
          invalid,
          unreadable,
          skipped,
          warnings,
          new TreeMap<>(skippedByReason),
          new TreeMap<>(byKind),
          actions,
          inputErrors,
          failOnWarning,
          baselined,
          new TreeMap<>(actionsByVersion),
          emptyInputs,
          allowEmpty);
    }
  }
}
