package dev.pushcheck.internal.engine;

import dev.pushcheck.CheckOptions;
import dev.pushcheck.Engine;
import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Rule;
import dev.pushcheck.Status;
import dev.pushcheck.ValidationResult;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.ParseProblems;
import dev.pushcheck.internal.input.RawMessage;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Classifies one read message (push, request, response, webhook) and validates it when its kind is
 * checked. Thread-safe: the run calls it from its worker threads.
 */
public final class MessageChecker {
  private final SchemaCatalog catalog;
  private final Optional<String> apiVersion;
  private final boolean strict;
  private final Engine engine;
  private final boolean pushesOnly;
  private final Set<Kind> kinds;
  private final Map<String, MessageValidator> validators = new ConcurrentHashMap<>();

  public MessageChecker(SchemaCatalog catalog, CheckOptions options) {
    this.catalog = catalog;
    this.apiVersion = options.apiVersion();
    this.strict = options.strict();
    this.engine = options.engine();
    this.pushesOnly = options.pushesOnly();
    this.kinds = options.kinds();
    apiVersion.ifPresent(this::validator);
  }

  /** A message's result, and what the checks across messages need to know of it. */
  public record Checked(MessageResult result, ConversationFacts facts) {}

  public Checked check(RawMessage raw) {
    if (raw.skipReason() != null) {
      return unparsed(raw, result(raw, null, "", "", Status.SKIPPED, raw.skipReason(), List.of()));
    }
    if (raw.readProblem() != null) {
      return unparsed(
          raw, result(raw, null, "", "", Status.UNREADABLE, "", List.of(raw.readProblem())));
    }
    if (raw.node() == null) {
      // Most messages have no finding, so no position to report: read them without node
      // locations, and read again with them only the messages that have findings.
      JsonNode unlocated = JsonInput.readUnlocatedOrNull(raw.text());
      MessageResult clean = unlocated == null ? null : checkParsed(raw, unlocated, true);
      if (clean != null) {
        return new Checked(clean, ConversationFacts.of(raw, unlocated));
      }
    }
    JsonNode message;
    try {
      message = raw.node() != null ? raw.node() : JsonInput.readValue(raw.text());
    } catch (JacksonException e) {
      return unparsed(
          raw,
          result(
              raw,
              null,
              "",
              "",
              Status.UNREADABLE,
              "",
              List.of(ParseProblems.finding(e, raw.origin()))));
    }
    return new Checked(checkParsed(raw, message, false), ConversationFacts.of(raw, message));
  }

  private static Checked unparsed(RawMessage raw, MessageResult result) {
    return new Checked(result, ConversationFacts.of(raw));
  }

  /** The message's result; with {@code ifClean}, null when it has findings (see below). */
  private MessageResult checkParsed(RawMessage raw, JsonNode message, boolean ifClean) {
    Kind kind = MessageKinds.of(raw, message);
    String action = message.path("action").isString() ? message.path("action").asString() : "";
    if (pushesOnly && kind != Kind.PUSH) {
      if (ifClean) {
        return null;
      }
      var location = JsonInput.locationOf(message);
      Finding notPush =
          Finding.of(Rule.NOT_A_PUSH)
              .expected("a push")
              .actual("a " + kind.label())
              .detail("only pushes are expected here")
              .at(raw.origin().line(location), raw.origin().column(location));
      return result(raw, kind, action, "", Status.INVALID, "", List.of(notPush));
    }
    if (!kinds.contains(kind)) {
      return result(raw, kind, action, "", Status.SKIPPED, kind.label(), List.of());
    }
    MessageValidator validator = validator(versionFor(raw));
    ValidationResult validation =
        ifClean
            ? validator.validateIfClean(message, raw.origin(), kind)
            : validator.validateNode(message, raw.origin(), kind);
    if (validation == null) {
      return null;
    }
    return result(
        raw,
        kind,
        validation.action(),
        validation.apiVersion(),
        validation.status(),
        "",
        validation.findings());
  }

  private String versionFor(RawMessage raw) {
    if (apiVersion.isPresent()) {
      return apiVersion.get();
    }
    if (!raw.urlVersion().isEmpty() && catalog.index().hasVersion(raw.urlVersion())) {
      return raw.urlVersion();
    }
    return catalog.index().stable();
  }

  private MessageValidator validator(String version) {
    return validators.computeIfAbsent(
        version, v -> new MessageValidator(catalog, v, strict, engine));
  }

  private static MessageResult result(
      RawMessage raw,
      Kind kind,
      String action,
      String apiVersion,
      Status status,
      String skipReason,
      List<Finding> findings) {
    if (!raw.locator().isEmpty()) {
      // Positions inside a HAR frame's text mean nothing in the capture file; the locator and
      // the pointer say where the problem is.
      findings = findings.stream().map(f -> f.at(0, 0)).toList();
    }
    return new MessageResult(
        raw.source(),
        raw.index(),
        raw.line(),
        raw.column(),
        raw.locator(),
        Optional.ofNullable(kind),
        action,
        apiVersion,
        status,
        skipReason,
        findings);
  }
}
