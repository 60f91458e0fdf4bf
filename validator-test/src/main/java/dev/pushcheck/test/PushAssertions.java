package dev.pushcheck.test;

import dev.pushcheck.PushValidator;
import dev.pushcheck.SchemaSets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assertions on Agent Chat API pushes for tests. Failures are opentest4j {@code
 * AssertionFailedError}s listing every finding (position, rule, pointer, expected, actual), which
 * IDEs and build tools render well.
 *
 * <pre>{@code
 * import static dev.pushcheck.test.PushAssertions.*;
 *
 * assertConforms(Path.of("src/test/resources/pushes/incoming_chat.json"));
 * assertThatPush(json).conformsTo("3.6").hasNoWarnings();
 * assertThatPush(brokenJson).against("3.6").hasFinding(Rule.REQUIRED, "/payload/chat_id");
 * assertCaptureConforms(Path.of("target/captures/session.har"));
 * }</pre>
 *
 * <p>Without an API version, a push is checked against its own {@code version} field, else the
 * newest stable version bundled ({@link SchemaSets#stableVersion()}).
 */
public final class PushAssertions {
  private static final Map<String, PushValidator> VALIDATORS = new ConcurrentHashMap<>();

  private PushAssertions() {}

  /** Starts an AssertJ assertion on one push given as JSON text (AssertJ must be on the path). */
  public static PushAssert assertThatPush(String json) {
    return new PushAssert(Objects.requireNonNull(json, "json == null"), "push");
  }

  /** Starts an AssertJ assertion on one push given as UTF-8 JSON bytes. */
  public static PushAssert assertThatPush(byte[] json) {
    return assertThatPush(new String(json, StandardCharsets.UTF_8));
  }

  /** Starts an AssertJ assertion on the push in a file; positions are lines in that file. */
  public static PushAssert assertThatPush(Path file) {
    return new PushAssert(PushAssert.read(file), file.toString());
  }

  /** Asserts that the push conforms to the newest stable API version (or its own version). */
  public static void assertConforms(String json) {
    assertConforms(validator(SchemaSets.stableVersion()), json);
  }

  /** Asserts that the push, as UTF-8 JSON bytes, conforms. */
  public static void assertConforms(byte[] json) {
    assertConforms(validator(SchemaSets.stableVersion()), json);
  }

  /** Asserts that the file's push conforms; positions are lines and columns in the file. */
  public static void assertConforms(Path file) {
    assertConforms(validator(SchemaSets.stableVersion()), file);
  }

  /** Asserts that the push conforms for this validator (its API version, strict or not). */
  public static void assertConforms(PushValidator validator, String json) {
    var result = validator.validate(json);
    if (!result.isValid()) {
      throw Failures.notConforming("push", result);
    }
  }

  /** Asserts that the push, as UTF-8 JSON bytes, conforms for this validator. */
  public static void assertConforms(PushValidator validator, byte[] json) {
    assertConforms(validator, new String(json, StandardCharsets.UTF_8));
  }

  /** Asserts that the file's push conforms for this validator. */
  public static void assertConforms(PushValidator validator, Path file) {
    var result = validator.validate(file);
    if (!result.isValid()) {
      throw Failures.notConforming(file + ": push", result);
    }
  }

  /**
   * Asserts that every message of a capture, file or folder conforms, read exactly as the CLI reads
   * it (JSON, JSON Lines, HAR, gzip; requests and responses skipped): no invalid or unreadable
   * message and no input error.
   */
  public static void assertCaptureConforms(Path capture) {
    assertRun(capture, Optional.empty());
  }

  /**
   * {@link #assertCaptureConforms(Path)} for pushes without a {@code version} field of this one.
   */
  public static void assertCaptureConforms(Path capture, String apiVersion) {
    assertRun(capture, Optional.of(apiVersion));
  }

  private static void assertRun(Path capture, Optional<String> apiVersion) {
    CheckRun result = CheckRun.of(capture, apiVersion, false, false);
    if (!result.summary.passed()) {
      throw Failures.runFailed(
          capture.toString(), result.failing(), result.inputErrors, result.summaryLine());
    }
  }

  static PushValidator validator(String apiVersion) {
    return VALIDATORS.computeIfAbsent(apiVersion, PushValidator::forVersion);
  }
}
