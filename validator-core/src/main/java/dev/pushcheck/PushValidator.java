package dev.pushcheck;

import dev.pushcheck.internal.engine.MessageValidator;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks Agent Chat API messages (pushes, and the requests, responses and webhook bodies around
 * them) against the bundled schemas of one API version. Immutable and thread-safe: build it once
 * and share it.
 *
 * <pre>{@code
 * static final PushValidator VALIDATOR = PushValidator.forVersion("3.6");
 *
 * @Test void myPushConforms() {
 *   VALIDATOR.assertConforms(myServer.lastPushJson());
 * }
 * }</pre>
 *
 * <p>A push is parsed (duplicate keys rejected), its envelope checked ({@code type}, {@code
 * action}, {@code payload}), then its payload against the schema of its action. A push that carries
 * a {@code version} field is checked against that version's schemas.
 */
public final class PushValidator {
  private final MessageValidator validator;

  private PushValidator(MessageValidator validator) {
    this.validator = validator;
  }

  /**
   * A validator for one bundled API version, e.g. {@code "3.6"} or {@code "3.1-beta"}.
   *
   * @throws PushcheckException.UnknownApiVersion if the version is not bundled
   */
  public static PushValidator forVersion(String apiVersion) {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    return new PushValidator(
        new MessageValidator(SchemaCatalog.bundled(), apiVersion, false, Engine.COMPILED));
  }

  /** A validator for the newest stable API version bundled. */
  public static PushValidator forStableVersion() {
    return forVersion(SchemaCatalog.bundled().index().stable());
  }

  /** The API version this validator checks pushes without a {@code version} field against. */
  public String apiVersion() {
    return validator.apiVersion();
  }

  /** Whether warnings count as errors. */
  public boolean isStrict() {
    return validator.isStrict();
  }

  /** A copy of this validator in which every warning is an error. */
  public PushValidator strict() {
    return withStrict(true);
  }

  /** A copy of this validator with strict mode on or off. */
  public PushValidator withStrict(boolean strictMode) {
    return strictMode == isStrict()
        ? this
        : new PushValidator(
            new MessageValidator(SchemaCatalog.bundled(), apiVersion(), strictMode, engine()));
  }

  /** The engine that checks messages against their schemas ({@link Engine#COMPILED} unless set). */
  public Engine engine() {
    return validator.engine();
  }

  /**
   * A copy of this validator that checks with another engine; {@link Engine#REFERENCE} to
   * cross-check a surprising result with networknt alone.
   */
  public PushValidator withEngine(Engine engine) {
    Objects.requireNonNull(engine, "engine == null");
    return engine == engine()
        ? this
        : new PushValidator(
            new MessageValidator(SchemaCatalog.bundled(), apiVersion(), isStrict(), engine));
  }

  /**
   * Validates one message given as JSON text, of the kind its shape says: {@code webhook_id} and
   * {@code secret_key} make a webhook, {@code "type": "response"} a response, {@code "type":
   * "push"} a push, an {@code action} without {@code type} a request.
   */
  public ValidationResult validate(String json) {
    Objects.requireNonNull(json, "json == null");
    return validator.validateText(json, Origin.START);
  }

  /**
   * Validates one message given as JSON text as a message of this kind, whatever its shape says
   * (e.g. a fixture that must be a response, even if its {@code type} is missing).
   */
  public ValidationResult validate(String json, Kind kind) {
    Objects.requireNonNull(json, "json == null");
    Objects.requireNonNull(kind, "kind == null");
    return validator.validateText(json, Origin.START, kind);
  }

  /**
   * Validates one push given as UTF-8 JSON bytes. Bytes that are not UTF-8 make it unreadable
   * ({@link Rule#MALFORMED_JSON}), as in the CLI: they are never replaced.
   */
  public ValidationResult validate(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(json))
              .toString();
    } catch (CharacterCodingException e) {
      return new ValidationResult(
          Kind.PUSH,
          apiVersion(),
          "",
          List.of(
              Finding.of(Rule.MALFORMED_JSON)
                  .expected("UTF-8")
                  .actual("invalid byte sequence")
                  .detail("the message is not valid UTF-8")
                  .at(0, 0)));
    }
    return validate(text);
  }

  /**
   * Validates a file holding one push. Finding positions are lines and columns in that file.
   *
   * @throws PushcheckException if the file cannot be read
   */
  public ValidationResult validate(Path file) {
    Objects.requireNonNull(file, "file == null");
    try {
      return validate(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new PushcheckException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Asserts that the message conforms: no error finding (and no warning in strict mode).
   *
   * @throws AssertionError listing every finding (position, rule, pointer, expected, actual)
   */
  public void assertConforms(String json) {
    assertValid(validate(json), "");
  }

  /**
   * Asserts that the message, given as UTF-8 JSON bytes, conforms.
   *
   * @throws AssertionError listing every finding (position, rule, pointer, expected, actual)
   */
  public void assertConforms(byte[] json) {
    assertValid(validate(json), "");
  }

  /**
   * Asserts that the file's message conforms; finding positions are lines and columns in that file.
   *
   * @throws AssertionError listing every finding (position, rule, pointer, expected, actual)
   * @throws PushcheckException if the file cannot be read
   */
  public void assertConforms(Path file) {
    assertValid(validate(file), file + ": ");
  }

  private static void assertValid(ValidationResult result, String prefix) {
    if (!result.isValid()) {
      throw new AssertionError(
          prefix
              + result.subject()
              + " does not conform to Agent Chat API "
              + result.apiVersion()
              + ":\n"
              + result.findings().stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
    }
  }
}
