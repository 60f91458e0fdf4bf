package dev.pushcheck;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * Checks Agent Chat API pushes against the bundled schemas of one API version. Immutable and
 * thread-safe: build it once and share it.
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
  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt((Finding f) -> f.line() == 0 ? Integer.MAX_VALUE : f.line())
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::pointer)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::expected);

  private final SchemaCatalog catalog;
  private final String apiVersion;
  private final boolean strict;

  PushValidator(SchemaCatalog catalog, String apiVersion, boolean strict) {
    this.catalog = catalog;
    this.apiVersion = apiVersion;
    this.strict = strict;
    catalog.version(apiVersion);
  }

  /**
   * A validator for one bundled API version, e.g. {@code "3.6"} or {@code "3.1-beta"}.
   *
   * @throws PushcheckException.UnknownApiVersion if the version is not bundled
   */
  public static PushValidator forVersion(String apiVersion) {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    return new PushValidator(SchemaCatalog.bundled(), apiVersion, false);
  }

  /** A validator for the newest stable API version bundled. */
  public static PushValidator forStableVersion() {
    return forVersion(SchemaCatalog.bundled().index().stable());
  }

  /** The API version this validator checks pushes without a {@code version} field against. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Whether warnings count as errors. */
  public boolean isStrict() {
    return strict;
  }

  /** A copy of this validator in which every warning is an error. */
  public PushValidator strict() {
    return withStrict(true);
  }

  /** A copy of this validator with strict mode on or off. */
  public PushValidator withStrict(boolean strictMode) {
    return strictMode == strict ? this : new PushValidator(catalog, apiVersion, strictMode);
  }

  /** Validates one push given as JSON text. */
  public ValidationResult validate(String json) {
    Objects.requireNonNull(json, "json == null");
    return validateText(json, Origin.START);
  }

  /** Validates one push given as UTF-8 JSON bytes. */
  public ValidationResult validate(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    return validate(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * Validates a file holding one push. Finding positions are lines and columns in that file.
   *
   * @throws PushcheckException if the file cannot be read
   */
  public ValidationResult validate(Path file) {
    Objects.requireNonNull(file, "file == null");
    try {
      return validate(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new PushcheckException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Asserts that the push conforms: no error finding (and no warning in strict mode).
   *
   * @throws AssertionError listing every finding (position, rule, pointer, expected, actual)
   */
  public void assertConforms(String json) {
    ValidationResult result = validate(json);
    if (!result.isValid()) {
      throw new AssertionError(
          "push "
              + (result.action().isEmpty() ? "" : "'" + result.action() + "' ")
              + "does not conform to Agent Chat API "
              + result.apiVersion()
              + ":\n"
              + result.findings().stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
    }
  }

  ValidationResult validateText(String json, Origin origin) {
    JsonNode message;
    try {
      message = JsonInput.readValue(json);
    } catch (JacksonException e) {
      return unreadable(e, origin);
    }
    return validateNode(message, origin);
  }

  ValidationResult unreadable(JacksonException e, Origin origin) {
    return new ValidationResult(apiVersion, "", List.of(readProblem(e, origin)));
  }

  static Finding readProblem(JacksonException e, Origin origin) {
    String text =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    boolean duplicate = text.startsWith("Duplicate Object property");
    var location = e instanceof StreamReadException read ? read.getLocation() : null;
    Rule rule = duplicate ? Rule.DUPLICATE_KEY : Rule.MALFORMED_JSON;
    String firstLine = InputProblems.firstLine(text);
    return new Finding(
        rule.defaultSeverity(),
        rule,
        "",
        "",
        duplicate ? "unique keys" : "JSON",
        duplicate ? firstLine.replaceFirst("^Duplicate Object property ", "") : "malformed input",
        firstLine,
        origin.line(location),
        origin.column(location));
  }

  ValidationResult validateNode(JsonNode message, Origin origin) {
    String action = message.path("action").isString() ? message.path("action").asString() : "";
    List<Finding> findings = new ArrayList<>();
    if (!message.isObject()) {
      var location = JsonInput.locationOf(message);
      findings.add(
          new Finding(
              Severity.ERROR,
              Rule.NOT_AN_OBJECT,
              "",
              "",
              "object",
              FindingMapper.jsonType(message),
              "",
              origin.line(location),
              origin.column(location)));
      return finish(apiVersion, action, findings);
    }
    String version = apiVersion;
    JsonNode versionField = message.get("version");
    if (versionField != null && versionField.isString()) {
      if (catalog.index().hasVersion(versionField.asString())) {
        version = versionField.asString();
      } else {
        var location = JsonInput.locationOf(versionField);
        findings.add(
            new Finding(
                Severity.ERROR,
                Rule.UNKNOWN_API_VERSION,
                "/version",
                "",
                "one of " + catalog.index().versions(),
                FindingMapper.valueText(versionField),
                "pushcheck bundles " + String.join(", ", catalog.index().versions()),
                origin.line(location),
                origin.column(location)));
      }
    }
    SchemaCatalog.VersionSchemas schemas = catalog.version(version);
    addErrors(findings, schemas.envelope(), message, "", origin);
    schemas.undocumented().check(message, "envelope.schema.json", "", origin, findings);
    if (!action.isEmpty()) {
      Schema payloadSchema = schemas.payloads().get(action);
      if (payloadSchema == null) {
        findings.add(actionFinding(action, version, message.get("action"), origin));
      } else if (message.has("payload")) {
        addErrors(findings, payloadSchema, message.get("payload"), "/payload", origin);
        schemas
            .undocumented()
            .check(
                message.get("payload"),
                "payloads/" + action + ".schema.json",
                "/payload",
                origin,
                findings);
      }
    }
    return finish(version, action, findings);
  }

  private static void addErrors(
      List<Finding> findings, Schema schema, JsonNode node, String prefix, Origin origin) {
    List<Error> errors;
    try {
      errors = schema.validate(node);
    } catch (StackOverflowError deep) {
      findings.add(
          new Finding(
              Severity.ERROR,
              Rule.CONSTRAINT,
              prefix,
              "",
              "nesting the schemas allow",
              "nesting too deep to check",
              "",
              0,
              0));
      return;
    }
    for (Error error : errors) {
      findings.add(FindingMapper.map(error, prefix, origin));
    }
  }

  private Finding actionFinding(String action, String version, JsonNode actionNode, Origin origin) {
    var location = JsonInput.locationOf(actionNode);
    CatalogIndex index = catalog.index();
    List<String> elsewhere = index.versionsWith(action);
    String quoted = "`" + action + "`";
    if (elsewhere.isEmpty()) {
      List<String> closest = ActionSuggestions.closest(action, index.actions(version));
      String detail = quoted + " is not a push of any API version";
      if (!closest.isEmpty()) {
        detail +=
            "; did you mean "
                + closest.stream().map(a -> "`" + a + "`").collect(Collectors.joining(" or "))
                + "?";
      }
      return new Finding(
          Severity.ERROR,
          Rule.UNKNOWN_ACTION,
          "/action",
          "",
          "a " + version + " push action",
          FindingMapper.quote(action),
          detail,
          origin.line(location),
          origin.column(location));
    }
    StringBuilder detail =
        new StringBuilder(quoted)
            .append(" is not a ")
            .append(version)
            .append(" push; it is a push of ")
            .append(String.join(", ", elsewhere));
    index
        .replacement(action)
        .ifPresent(
            r -> {
              if (r.how().equals("removed") || r.actions().isEmpty()) {
                detail.append(", removed in ").append(r.version());
              } else {
                detail
                    .append(r.how().equals("renamed") ? ", renamed " : ", replaced by ")
                    .append(
                        r.actions().stream()
                            .map(a -> "`" + a + "`")
                            .collect(Collectors.joining(" and ")))
                    .append(" in ")
                    .append(r.version());
              }
            });
    return new Finding(
        Severity.ERROR,
        Rule.ACTION_NOT_IN_VERSION,
        "/action",
        "",
        "a " + version + " push action",
        FindingMapper.quote(action),
        detail.toString(),
        origin.line(location),
        origin.column(location));
  }

  private ValidationResult finish(String version, String action, List<Finding> findings) {
    Set<Finding> unique = new LinkedHashSet<>();
    for (Finding f : findings) {
      Finding leveled =
          strict && f.severity() == Severity.WARNING ? f.withSeverity(Severity.ERROR) : f;
      unique.add(leveled);
    }
    List<Finding> sorted = new ArrayList<>(unique);
    sorted.sort(ORDER);
    return new ValidationResult(version, action, sorted);
  }
}
