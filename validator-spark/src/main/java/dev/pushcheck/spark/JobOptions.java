package dev.pushcheck.spark;

import dev.pushcheck.CheckOptions;
import dev.pushcheck.Config;
import dev.pushcheck.Kind;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a Spark run checks, as plain values that travel to the executors (a {@link CheckOptions}
 * holds paths and compiled patterns): every executor builds the same options from them.
 *
 * @param apiVersion the API version for messages without one, else {@code ""}
 * @param strict warnings are errors
 * @param failOn {@code warning}: warnings fail the run; {@code error}: they do not, whatever the
 *     config says; {@code ""}: as the config says (else they do not)
 * @param pushesOnly only pushes are checked (the others are skipped)
 * @param kinds the kinds of message checked ({@code push}, {@code request}, ...)
 * @param conversation the checks across the messages of a connection
 * @param allowEmpty a run that validates no message passes
 * @param configFile where the config was read, else {@code ""}
 * @param configText the config file's content, else {@code ""}
 * @param splitBytes plain JSON Lines inputs longer than this are read in parts of this size
 */
public record JobOptions(
    String apiVersion,
    boolean strict,
    String failOn,
    boolean pushesOnly,
    List<String> kinds,
    boolean conversation,
    boolean allowEmpty,
    String configFile,
    String configText,
    long splitBytes)
    implements Serializable {

  /** Spark's own default split size ({@code spark.sql.files.maxPartitionBytes}). */
  public static final long DEFAULT_SPLIT_BYTES = 128L << 20;

  public JobOptions {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    if (!List.of("", "error", "warning").contains(failOn)) {
      throw new IllegalArgumentException("failOn must be error or warning, was '" + failOn + "'");
    }
    kinds = List.copyOf(kinds);
    Objects.requireNonNull(configFile, "configFile == null");
    Objects.requireNonNull(configText, "configText == null");
    if (splitBytes < 1) {
      throw new IllegalArgumentException("splitBytes must be >= 1, was " + splitBytes);
    }
  }

  /** The CLI's defaults: every kind, conversation checks on, no config. */
  public static JobOptions defaults() {
    return new JobOptions(
        "",
        false,
        "",
        false,
        List.of("push", "request", "response", "webhook"),
        true,
        false,
        "",
        "",
        DEFAULT_SPLIT_BYTES);
  }

  public JobOptions withApiVersion(String value) {
    return new JobOptions(
        value,
        strict,
        failOn,
        pushesOnly,
        kinds,
        conversation,
        allowEmpty,
        configFile,
        configText,
        splitBytes);
  }

  public JobOptions withStrict(boolean value) {
    return new JobOptions(
        apiVersion,
        value,
        failOn,
        pushesOnly,
        kinds,
        conversation,
        allowEmpty,
        configFile,
        configText,
        splitBytes);
  }

  public JobOptions withConversation(boolean value) {
    return new JobOptions(
        apiVersion,
        strict,
        failOn,
        pushesOnly,
        kinds,
        value,
        allowEmpty,
        configFile,
        configText,
        splitBytes);
  }

  public JobOptions withConfig(String file, String text) {
    return new JobOptions(
        apiVersion,
        strict,
        failOn,
        pushesOnly,
        kinds,
        conversation,
        allowEmpty,
        file,
        text,
        splitBytes);
  }

  public JobOptions withSplitBytes(long value) {
    return new JobOptions(
        apiVersion,
        strict,
        failOn,
        pushesOnly,
        kinds,
        conversation,
        allowEmpty,
        configFile,
        configText,
        value);
  }

  /**
   * The options of the same run made by {@code Check.run}: the CLI's {@code validate} with the same
   * flags gives exactly these.
   *
   * @throws dev.pushcheck.PushcheckException if the config does not follow its schema
   */
  public CheckOptions toCheckOptions() {
    CheckOptions options =
        CheckOptions.of(List.of())
            .withStrict(strict)
            .withFailOnWarning(failOn.equals("warning"))
            .withPushesOnly(pushesOnly)
            .withKinds(Kind.setOf(kinds))
            .withConversation(conversation)
            .withAllowEmpty(allowEmpty)
            .withThreads(1);
    if (!apiVersion.isEmpty()) {
      options = options.withApiVersion(apiVersion);
    }
    if (!configText.isEmpty()) {
      options = Config.parse(Path.of(configFile), configText).applyTo(options);
    }
    return failOn.equals("error") ? options.withFailOnWarning(false) : options;
  }
}
