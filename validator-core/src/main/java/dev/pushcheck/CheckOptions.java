package dev.pushcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param threads validation threads (at least 1)
 * @param baseDirectory what relative inputs are resolved against; reports show inputs relative to
 *     it ({@code ""}: the working directory)
 * @param allowEmpty a run that validates no message at all passes (else its verdict is {@link
 *     Summary.Verdict#EMPTY})
 */
public record CheckOptions(
    List<String> inputs,
    Optional<String> apiVersion,
    boolean strict,
    boolean failOnWarning,
    boolean pushesOnly,
    int threads,
    Path baseDirectory,
    boolean allowEmpty) {

  /** The standard-input argument. */
  public static final String STDIN = "-";

  public CheckOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(baseDirectory, "baseDirectory == null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
  }

  /**
   * Defaults: the version from each capture, not strict, warnings do not fail, not pushes-only, one
   * thread per core, a run that validates nothing fails.
   */
  public static CheckOptions of(List<String> inputs) {
    return new CheckOptions(
        inputs,
        Optional.empty(),
        false,
        false,
        false,
        Runtime.getRuntime().availableProcessors(),
        Path.of(""),
        false);
  }

  public CheckOptions withApiVersion(String version) {
    return new CheckOptions(
        inputs,
        Optional.ofNullable(version),
        strict,
        failOnWarning,
        pushesOnly,
        threads,
        baseDirectory,
        allowEmpty);
  }

  public CheckOptions withStrict(boolean value) {
    return new CheckOptions(
        inputs, apiVersion, value, failOnWarning, pushesOnly, threads, baseDirectory, allowEmpty);
  }

  public CheckOptions withFailOnWarning(boolean value) {
    return new CheckOptions(
        inputs, apiVersion, strict, value, pushesOnly, threads, baseDirectory, allowEmpty);
  }

  public CheckOptions withPushesOnly(boolean value) {
    return new CheckOptions(
        inputs, apiVersion, strict, failOnWarning, value, threads, baseDirectory, allowEmpty);
  }

  public CheckOptions withThreads(int value) {
    return new CheckOptions(
        inputs, apiVersion, strict, failOnWarning, pushesOnly, value, baseDirectory, allowEmpty);
  }

  public CheckOptions withBaseDirectory(Path value) {
    return new CheckOptions(
        inputs, apiVersion, strict, failOnWarning, pushesOnly, threads, value, allowEmpty);
  }

  public CheckOptions withAllowEmpty(boolean value) {
    return new CheckOptions(
        inputs, apiVersion, strict, failOnWarning, pushesOnly, threads, baseDirectory, value);
  }
}
