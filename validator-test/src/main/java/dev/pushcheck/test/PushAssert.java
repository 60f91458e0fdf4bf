package dev.pushcheck.test;

import dev.pushcheck.Finding;
import dev.pushcheck.PushcheckException;
import dev.pushcheck.Rule;
import dev.pushcheck.SchemaSets;
import dev.pushcheck.Severity;
import dev.pushcheck.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on one push; start with {@link PushAssertions#assertThatPush}. The push is
 * validated against the newest stable API version (or its own {@code version} field) unless {@link
 * #against} or {@link #conformsTo} names one.
 */
public final class PushAssert extends AbstractAssert<PushAssert, String> {
  private final String subject;
  private String apiVersion = SchemaSets.stableVersion();
  private ValidationResult result;

  PushAssert(String json, String subject) {
    super(json, PushAssert.class);
    this.subject = subject;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PushcheckException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Validates against this API version from now on, asserting nothing yet. */
  public PushAssert against(String version) {
    isNotNull();
    apiVersion = version;
    result = null;
    return myself;
  }

  /** Asserts that the push conforms to this API version: no error finding. */
  public PushAssert conformsTo(String version) {
    return against(version).conforms();
  }

  /** Asserts that the push conforms: no error finding. */
  public PushAssert conforms() {
    ValidationResult r = result();
    if (!r.isValid()) {
      throw Failures.notConforming(subject, r);
    }
    return myself;
  }

  /** Asserts that the push does not conform: at least one error finding. */
  public PushAssert doesNotConform() {
    if (result().isValid()) {
      failWithMessage(
          "Expecting %s not to conform to Agent Chat API %s, but it does%s",
          subject, result().apiVersion(), describeFindings());
    }
    return myself;
  }

  /** Asserts that some finding (error or warning) has this rule at this JSON pointer. */
  public PushAssert hasFinding(Rule rule, String pointer) {
    boolean found =
        result().findings().stream().anyMatch(f -> f.rule() == rule && f.pointer().equals(pointer));
    if (!found) {
      failWithActualExpectedAndMessage(
          Failures.lines(result().findings()),
          "  [" + rule + "] " + pointer,
          "Expecting %s to have a [%s] finding at %s, but it has%s",
          subject,
          rule,
          pointer,
          result().findings().isEmpty() ? " none" : ":\n" + Failures.lines(result().findings()));
    }
    return myself;
  }

  /** Asserts that the push has no warning (undocumented fields or values). */
  public PushAssert hasNoWarnings() {
    if (result().warningCount() > 0) {
      failWithMessage(
          "Expecting %s to have no warnings, but it has:\n%s",
          subject,
          Failures.lines(
              result().findings().stream().filter(f -> f.severity() == Severity.WARNING).toList()));
    }
    return myself;
  }

  /** Asserts that the push has no finding at all. */
  public PushAssert hasNoFindings() {
    if (!result().findings().isEmpty()) {
      failWithMessage(
          "Expecting %s to have no findings, but it has:\n%s",
          subject, Failures.lines(result().findings()));
    }
    return myself;
  }

  /** The findings, for any further AssertJ assertion. */
  public ListAssert<Finding> findings() {
    return Assertions.assertThat(result().findings());
  }

  /** The validation result (validated on first use). */
  public ValidationResult result() {
    isNotNull();
    if (result == null) {
      result = PushAssertions.validator(apiVersion).validate(actual);
    }
    return result;
  }

  private String describeFindings() {
    return result().findings().isEmpty()
        ? " with no finding"
        : ", with findings:\n" + Failures.lines(result().findings());
  }
}
