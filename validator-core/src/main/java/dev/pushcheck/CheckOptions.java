package dev.pushcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run checks and how. Both adapters (CLI, Maven goal) map their options into this record;
 * defaults are declared once, in {@link #of}.
 *
 * @param inputs files and directories (walked recursively, by extension); {@code -} is standard
 *     input
 * @param apiVersion the API version for pushes without a {@code version} field; empty: the
 *     version in a HAR capture's websocket URL, else the newest stable version bundled
 * @param strict warnings count as errors
 * @param pushesOnly every message that is not a push is an error (for folders of push fixtures)
 * @param threads validation threads (at least 1)
 */
public record CheckOptions(
    List<String> inputs, Optional<String> apiVersion, boolean strict, boolean pushesOnly,
    int threads) {

  /** The standard-input argument. */
  public static final String STDIN = "-";

  public CheckOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
  }

  /** Defaults: the version from each capture, not strict, not pushes-only, one thread per core. */
  public static CheckOptions of(List<String> inputs) {
    return new CheckOptions(
        inputs, Optional.empty(), false, false, Runtime.getRuntime().availableProcessors());
  }

  public CheckOptions withApiVersion(String version) {
    return new CheckOptions(inputs, Optional.ofNullable(version), strict, pushesOnly, threads);
  }

  public CheckOptions withStrict(boolean value) {
    return new CheckOptions(inputs, apiVersion, value, pushesOnly, threads);
  }

  public CheckOptions withPushesOnly(boolean value) {
    return new CheckOptions(inputs, apiVersion, strict, value, threads);
  }

  public CheckOptions withThreads(int value) {
    return new CheckOptions(inputs, apiVersion, strict, pushesOnly, value);
  }
}
