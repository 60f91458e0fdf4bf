package dev.pushcheck.internal.engine;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.pushcheck.Engine;
import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.Rule;
import dev.pushcheck.Severity;
import dev.pushcheck.ValidationResult;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.input.ParseProblems;
import dev.pushcheck.internal.schema.CatalogIndex;
import dev.pushcheck.internal.schema.PassChecks;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The engine: checks one parsed message of a kind (push, request, response, webhook) against one
 * API version's compiled schemas (the kind's envelope, then the payload schema its {@code action}
 * selects, then the undocumented-field walk) and orders the findings. Immutable and thread-safe.
 */
public final class MessageValidator {
  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt((Finding f) -> f.line() == 0 ? Integer.MAX_VALUE : f.line())
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::pointer)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::expected);

  private final SchemaCatalog catalog;
  private final String apiVersion;
  private final boolean strict;
  private final Engine engine;
  private final Map<String, UndocumentedFields> undocumentedFields = new ConcurrentHashMap<>();

  /**
   * @param apiVersion the version for pushes without a {@code version} field
   * @param strict whether warnings are reported as errors
   * @throws dev.pushcheck.PushcheckException.UnknownApiVersion if the version is not bundled
   */
  public MessageValidator(SchemaCatalog catalog, String apiVersion, boolean strict, Engine engine) {
    this.catalog = catalog;
    this.apiVersion = apiVersion;
    this.strict = strict;
    this.engine = engine;
    catalog.version(apiVersion);
  }

  public String apiVersion() {
    return apiVersion;
  }

  public boolean isStrict() {
    return strict;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * Parses and checks one message's JSON text, of the kind its shape says; positions are counted
   * from {@code origin}.
   */
  public ValidationResult validateText(String json, Origin origin) {
    return validateText(json, origin, null);
  }

  /** Parses and checks one message's JSON text as a message of this kind (null: by its shape). */
  public ValidationResult validateText(String json, Origin origin, Kind kind) {
    // As in a run: read without node locations, and again with them only for findings.
    JsonNode unlocated = JsonInput.readUnlocatedOrNull(json);
    if (unlocated != null) {
      ValidationResult clean =
          validateIfClean(unlocated, origin, kind == null ? MessageKinds.byShape(unlocated) : kind);
      if (clean != null) {
        return clean;
      }
    }
    JsonNode message;
    try {
      message = JsonInput.readValue(json);
    } catch (JacksonException e) {
      return new ValidationResult(
          kind == null ? Kind.PUSH : kind,
          apiVersion,
          "",
          List.of(ParseProblems.finding(e, origin)));
    }
    return validateNode(message, origin, kind == null ? MessageKinds.byShape(message) : kind);
  }

  /**
   * Checks one parsed message of a kind (parsed by {@link JsonInput}, so that its nodes know their
   * position): the kind's envelope, the payload schema its {@code action} selects (a response's
   * only when it is a success), and the undocumented-field walk.
   */
  public ValidationResult validateNode(JsonNode message, Origin origin, Kind kind) {
    return validate(message, origin, kind, false);
  }

  /**
   * The result of {@link #validateNode} when it has no finding, else null; found without asking
   * networknt (a value the compiled checks do not pass has findings), so that a message read
   * without node locations can be checked first and read again located only when it has findings.
   */
  public ValidationResult validateIfClean(JsonNode message, Origin origin, Kind kind) {
    return validate(message, origin, kind, true);
  }

  private ValidationResult validate(JsonNode message, Origin origin, Kind kind, boolean ifClean) {
    String action = message.path("action").isString() ? message.path("action").asString() : "";
    List<Finding> findings = new ArrayList<>();
    if (!message.isObject()) {
      findings.add(notAnObject(message, origin));
      return finish(kind, apiVersion, action, findings, ifClean);
    }
    String version = apiVersion;
    JsonNode versionField = message.get("version");
    if (versionField != null && versionField.isString()) {
      if (catalog.index().hasVersion(versionField.asString())) {
        version = versionField.asString();
      } else {
        findings.add(unknownVersion(versionField, origin));
      }
    }
    SchemaCatalog.VersionSchemas schemas = catalog.version(version);
    PassChecks.Check envelope = schemas.envelopeCheck(kind);
    if (envelope == null) {
      findings.add(wrongKind(message, version, kind, origin));
      return finish(kind, version, action, findings, ifClean);
    }
    if (!passes(envelope, message)) {
      if (ifClean) {
        return null;
      }
      addErrors(findings, schemas.envelope(kind), message, "", origin);
    }
    UndocumentedFields undocumented =
        undocumentedFields.computeIfAbsent(
            version,
            v -> new UndocumentedFields(schemas.graph(), catalog.index().baseUri() + v + "/"));
    undocumented.check(message, SchemaCatalog.envelopeFile(kind), "", origin, findings);
    EnvelopeNotes.add(catalog, kind, version, message, versionField, origin, findings);
    if (!action.isEmpty()) {
      PassChecks.Check payloadCheck = schemas.payloadCheck(kind, action);
      boolean errorResponse =
          kind == Kind.RESPONSE
              && message.path("success").isBoolean()
              && !message.path("success").asBoolean();
      if (payloadCheck == null) {
        findings.add(unknownAction(message, kind, action, version, origin));
      } else if (message.has("payload") && !errorResponse) {
        if (!passes(payloadCheck, message.get("payload"))) {
          if (ifClean) {
            return null;
          }
          addErrors(
              findings, schemas.payload(kind, action), message.get("payload"), "/payload", origin);
        }
        undocumented.check(
            message.get("payload"),
            SchemaCatalog.payloadFile(kind, action),
            "/payload",
            origin,
            findings);
      }
      if (kind == Kind.PUSH) {
        Optional<CatalogIndex.Delisting> delisting = catalog.index().delisting(action, version);
        if (delisting.isPresent()) {
          findings.add(delisted(delisting.get(), message, action, version, origin));
        }
      }
    }
    return finish(kind, version, action, findings, ifClean);
  }

  // The findings below are built apart from validate, which the JIT then compiles without them.

  private static Finding notAnObject(JsonNode message, Origin origin) {
    var location = JsonInput.locationOf(message);
    return Finding.of(Rule.NOT_AN_OBJECT)
        .expected("object")
        .actual(JsonValues.type(message))
        .at(origin.line(location), origin.column(location));
  }

  private Finding unknownVersion(JsonNode versionField, Origin origin) {
    var location = JsonInput.locationOf(versionField);
    return Finding.of(Rule.UNKNOWN_API_VERSION)
        .pointer("/version")
        .expected("one of " + catalog.index().versions())
        .actual(JsonValues.text(versionField))
        .detail("pushcheck bundles " + String.join(", ", catalog.index().versions()))
        .at(origin.line(location), origin.column(location));
  }

  private static Finding wrongKind(JsonNode message, String version, Kind kind, Origin origin) {
    var location = JsonInput.locationOf(message);
    return Finding.of(Rule.WRONG_KIND)
        .expected("a message of API " + version)
        .actual("a " + kind.label())
        .detail("API " + version + " has no " + kind.label() + "s")
        .at(origin.line(location), origin.column(location));
  }

  private Finding unknownAction(
      JsonNode message, Kind kind, String action, String version, Origin origin) {
    var location = JsonInput.locationOf(message.get("action"));
    return ActionSuggestions.unknownAction(catalog.index(), kind, action, version)
        .at(origin.line(location), origin.column(location));
  }

  private static Finding delisted(
      CatalogIndex.Delisting d, JsonNode message, String action, String version, Origin origin) {
    var location = JsonInput.locationOf(message.get("action"));
    return Finding.of(Rule.DELISTED_ACTION)
        .pointer("/action")
        .expected("a push the " + version + " documentation lists")
        .actual(JsonValues.quote(action))
        .detail(
            "the docs stopped listing `"
                + action
                + "` on "
                + d.date()
                + " (commit "
                + d.commit().substring(0, Math.min(8, d.commit().length()))
                + "); servers of "
                + String.join(", ", d.versions())
                + " sent it")
        .at(origin.line(location), origin.column(location));
  }

  /**
   * Whether the compiled check says the value passes with no error at all, so that networknt has
   * nothing to report; false whenever it cannot tell, and always with the reference engine.
   */
  private boolean passes(PassChecks.Check check, JsonNode value) {
    if (engine == Engine.REFERENCE || check == null) {
      return false;
    }
    try {
      return check.passes(value);
    } catch (PassChecks.Undecided | StackOverflowError e) {
      return false;
    }
  }

  private static void addErrors(
      List<Finding> findings, Schema schema, JsonNode node, String prefix, Origin origin) {
    List<Error> errors;
    try {
      errors = schema.validate(node);
    } catch (StackOverflowError deep) {
      findings.add(
          Finding.of(Rule.CONSTRAINT)
              .pointer(prefix)
              .expected("nesting the schemas allow")
              .actual("nesting too deep to check")
              .build());
      return;
    }
    for (Error error : errors) {
      findings.add(FindingMapper.map(error, prefix, origin));
    }
  }

  private ValidationResult finish(
      Kind kind, String version, String action, List<Finding> findings, boolean ifClean) {
    if (findings.isEmpty()) {
      return new ValidationResult(kind, version, action, List.of());
    }
    if (ifClean) {
      return null;
    }
    Set<Finding> unique = new LinkedHashSet<>();
    for (Finding f : findings) {
      unique.add(strict && f.severity() == Severity.WARNING ? f.withSeverity(Severity.ERROR) : f);
    }
    List<Finding> sorted = new ArrayList<>(unique);
    sorted.sort(ORDER);
    return new ValidationResult(kind, version, action, sorted);
  }
}
