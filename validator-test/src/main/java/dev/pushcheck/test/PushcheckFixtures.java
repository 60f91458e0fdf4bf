package dev.pushcheck.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Turns every message of fixture folders, files or captures into its own case of a JUnit 5
 * {@code @ParameterizedTest}, named by where it is ({@code incoming_chat.json:1 incoming_chat},
 * {@code session.har (entry 0, frame 3) chat_deactivated}). Inputs are read as the CLI reads them
 * (JSON, JSON Lines, HAR, gzip; folders recursively); the parameter is a {@link PushFixture}.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @PushcheckFixtures("src/test/resources/pushes")
 * void conforms(PushFixture fixture) {
 *   fixture.assertConforms();
 * }
 * }</pre>
 *
 * <p>Paths are relative to the working directory (the module's directory under Maven and Gradle).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(PushcheckFixturesProvider.class)
public @interface PushcheckFixtures {
  /** Folders, files or captures to read. */
  String[] value();

  /** API version for pushes without a {@code version} field; empty: as the CLI decides. */
  String apiVersion() default "";

  /** Warnings count as errors. */
  boolean strict() default false;

  /** Every message that is not a push (a request, a response) fails. */
  boolean pushesOnly() default false;
}
