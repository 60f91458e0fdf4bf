package dev.pushcheck;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a run checks and how. Both adapters (CLI, Maven goal) map their options into this record;
 * defaults are declared once, in {@link #of}.
 *
 * @param inputs files and directories (walked recursively, by extension); {@code -} is standard
 *     input
 * @param apiVersion the API version for pushes without a {@code version} field; empty: the version
 *     in a HAR capture's websocket URL, else the newest stable version bundled
 * @param strict warnings count as errors
 * @param failOnWarning a run with warnings fails although they stay warnings (see {@link
 *     Summary.Verdict#WARNINGS})
 * @param pushesOnly every message that is not a push is an error (for folders of push fixtures)
 * @param kinds the kinds of message to check; the others are counted as skipped
 * @param conversation check across the messages of each connection (a HAR websocket entry, else one
 *     input): responses against requests, login first, request versions; off for folders of
 *     independent messages
 * @param threads validation threads (at least 1; by default one per core but the reader's)
 * @param baseDirectory what relative inputs are resolved against; reports show inputs relative to
 *     it ({@code ""}: the working directory)
 * @param policy rule levels, ignores and baseline applied before counting ({@link Policy#NONE})
 * @param allowEmpty a run that validates no message at all passes (else its verdict is {@link
 *     Summary.Verdict#EMPTY})
 * @param engine what checks messages against their schemas ({@link Engine#REFERENCE}: networknt
 *     alone, to cross-check)
 */
public record CheckOptions(
    List<String> inputs,
    Optional<String> apiVersion,
    boolean strict,
    boolean failOnWarning,
    boolean pushesOnly,
    Set<Kind> kinds,
    boolean conversation,
    int threads,
    Path baseDirectory,
    Policy policy,
    boolean allowEmpty,
    Engine engine) {

  /** The standard-input argument. */
  public static final String STDIN = "-";

  public CheckOptions {
    inputs = List.copyOf(inputs);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must name at least one kind of message");
    }
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(baseDirectory, "baseDirectory == null");
    Objects.requireNonNull(policy, "policy == null");
    Objects.requireNonNull(engine, "engine == null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
  }

  /**
   * Defaults: the version from each capture, not strict, warnings do not fail, not pushes-only, all
   * kinds, conversation checks on, one validation thread per core but one (the reader's; at least
   * one), a run that validates nothing fails, the compiled engine.
   */
  public static CheckOptions of(List<String> inputs) {
    return new CheckOptions(
        inputs,
        Optional.empty(),
        false,
        false,
        false,
        EnumSet.allOf(Kind.class),
        true,
        // The reader thread needs a core of its own: on 2 cores, two workers and the reader (and
        // the JIT) do not fit, and the run is slower than with one worker (bench/ajv.sh).
        Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
        Path.of(""),
        Policy.NONE,
        false,
        Engine.COMPILED);
  }

  public CheckOptions withApiVersion(String value) {
    Copy copy = new Copy(this);
    copy.apiVersion = Optional.ofNullable(value);
    return copy.build();
  }

  public CheckOptions withStrict(boolean value) {
    Copy copy = new Copy(this);
    copy.strict = value;
    return copy.build();
  }

  public CheckOptions withFailOnWarning(boolean value) {
    Copy copy = new Copy(this);
    copy.failOnWarning = value;
    return copy.build();
  }

  public CheckOptions withPushesOnly(boolean value) {
    Copy copy = new Copy(this);
    copy.pushesOnly = value;
    return copy.build();
  }

  /** Checks only these kinds of message; the others are counted as skipped. */
  public CheckOptions withKinds(Set<Kind> value) {
    Copy copy = new Copy(this);
    copy.kinds = value;
    return copy.build();
  }

  /**
   * Checks across the messages of each connection, or not (for folders of independent messages).
   */
  public CheckOptions withConversation(boolean value) {
    Copy copy = new Copy(this);
    copy.conversation = value;
    return copy.build();
  }

  public CheckOptions withThreads(int value) {
    Copy copy = new Copy(this);
    copy.threads = value;
    return copy.build();
  }

  public CheckOptions withBaseDirectory(Path value) {
    Copy copy = new Copy(this);
    copy.baseDirectory = value;
    return copy.build();
  }

  /** These options with a policy (rule levels, ignores, baseline). */
  public CheckOptions withPolicy(Policy value) {
    Copy copy = new Copy(this);
    copy.policy = value;
    return copy.build();
  }

  /** Whether a run that validates no message at all passes. */
  public CheckOptions withAllowEmpty(boolean value) {
    Copy copy = new Copy(this);
    copy.allowEmpty = value;
    return copy.build();
  }

  /** Checks with this engine ({@link Engine#REFERENCE}: networknt alone, to cross-check). */
  public CheckOptions withEngine(Engine value) {
    Copy copy = new Copy(this);
    copy.engine = value;
    return copy.build();
  }

  /**
   * These options, to change one before building them again (the withers' one constructor call).
   */
  private static final class Copy {
    private List<String> inputs;
    private Optional<String> apiVersion;
    private boolean strict;
    private boolean failOnWarning;
    private boolean pushesOnly;
    private Set<Kind> kinds;
    private boolean conversation;
    private int threads;
    private Path baseDirectory;
    private Policy policy;
    private boolean allowEmpty;
    private Engine engine;

    Copy(CheckOptions o) {
      inputs = o.inputs;
      apiVersion = o.apiVersion;
      strict = o.strict;
      failOnWarning = o.failOnWarning;
      pushesOnly = o.pushesOnly;
      kinds = o.kinds;
      conversation = o.conversation;
      threads = o.threads;
      baseDirectory = o.baseDirectory;
      policy = o.policy;
      allowEmpty = o.allowEmpty;
      engine = o.engine;
    }

    CheckOptions build() {
      return new CheckOptions(
          inputs,
          apiVersion,
          strict,
          failOnWarning,
          pushesOnly,
          kinds,
          conversation,
          threads,
          baseDirectory,
          policy,
          allowEmpty,
          engine);
    }
  }
}
