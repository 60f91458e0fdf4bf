package dev.pushcheck.report;

import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Rule;
import dev.pushcheck.Severity;
import dev.pushcheck.Summary;
import dev.pushcheck.internal.input.JsonInput;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: metadata for every rule id, one result
 * per finding located at {@code file:line:col} (a HAR frame's findings at the frame's line), input
 * errors as tool notifications. Streamed: the rules come first, the results as they arrive.
 */
final class SarifReporter implements Reporter {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private final Writer out;
  private final String toolVersion;
  private final FindingLimit limit;
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final java.util.List<InputError> inputErrors = new java.util.ArrayList<>();
  private String occurrenceSource = "";
  private JsonGenerator json;

  SarifReporter(Writer out, String toolVersion, long maxFindings) {
    this.out = out;
    this.toolVersion = toolVersion;
    this.limit = new FindingLimit(maxFindings);
  }

  private JsonGenerator json() {
    if (json == null) {
      json = JsonInput.MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out);
      json.writeStartObject();
      json.writeStringProperty("$schema", SCHEMA);
      json.writeStringProperty("version", "2.1.0");
      json.writeArrayPropertyStart("runs");
      json.writeStartObject();
      writeTool();
      json.writeArrayPropertyStart("results");
    }
    return json;
  }

  private void writeTool() {
    json.writeObjectPropertyStart("tool");
    json.writeObjectPropertyStart("driver");
    json.writeStringProperty("name", "pushcheck");
    json.writeStringProperty("version", toolVersion);
    json.writeArrayPropertyStart("rules");
    for (Rule rule : Rule.values()) {
      json.writeStartObject();
      json.writeStringProperty("id", rule.name());
      json.writeStringProperty("name", camel(rule));
      json.writeObjectPropertyStart("shortDescription");
      json.writeStringProperty("text", rule.description());
      json.writeEndObject();
      json.writeObjectPropertyStart("fullDescription");
      json.writeStringProperty("text", RuleHelp.of(rule));
      json.writeEndObject();
      json.writeObjectPropertyStart("help");
      json.writeStringProperty("text", RuleHelp.of(rule));
      json.writeEndObject();
      json.writeObjectPropertyStart("defaultConfiguration");
      json.writeStringProperty("level", level(rule.defaultSeverity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  @Override
  public void message(MessageResult result) {
    MessageResult shown = limit.shown(result);
    if (!result.source().equals(occurrenceSource)) {
      occurrenceSource = result.source();
      occurrences.clear();
    }
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      String key = fingerprintKey(result, f);
      int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
      if (i < shown.findings().size()) {
        writeResult(result, f, key + "\u0000" + occurrence);
      }
    }
  }

  private void writeResult(MessageResult r, Finding f, String fingerprint) {
    JsonGenerator json = json();
    json.writeStartObject();
    json.writeStringProperty("ruleId", f.rule().name());
    json.writeNumberProperty("ruleIndex", f.rule().ordinal());
    json.writeStringProperty("level", level(f.severity()));
    json.writeObjectPropertyStart("message");
    json.writeStringProperty(
        "text",
        f.displayPointer()
            + ": "
            + f.explained()
            + (r.locator().isEmpty() ? "" : " (" + r.locator() + ")"));
    json.writeEndObject();
    if (Locations.isFile(r.source())) {
      json.writeArrayPropertyStart("locations");
      json.writeStartObject();
      json.writeObjectPropertyStart("physicalLocation");
      writeArtifact(r.source());
      int line = Locations.line(r, f);
      if (line > 0) {
        json.writeObjectPropertyStart("region");
        json.writeNumberProperty("startLine", line);
        int column = Locations.column(r, f);
        if (column > 0) {
          json.writeNumberProperty("startColumn", column);
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayPropertyStart("logicalLocations");
      json.writeStartObject();
      json.writeStringProperty("fullyQualifiedName", f.displayPointer());
      json.writeStringProperty("kind", "member");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeObjectPropertyStart("partialFingerprints");
    json.writeStringProperty("pushcheckFinding/v1", sha256(fingerprint));
    json.writeEndObject();
    json.writeObjectPropertyStart("properties");
    json.writeStringProperty("action", r.action());
    json.writeStringProperty("apiVersion", r.apiVersion());
    json.writeStringProperty("pointer", f.pointer());
    json.writeStringProperty("expected", f.expected());
    json.writeStringProperty("actual", f.actual());
    json.writeStringProperty("status", r.status().label());
    if (!r.locator().isEmpty()) {
      json.writeStringProperty("locator", r.locator());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeArtifact(String source) {
    json.writeObjectPropertyStart("artifactLocation");
    String uri = uri(source);
    json.writeStringProperty("uri", uri);
    if (!uri.startsWith("file:")) {
      json.writeStringProperty("uriBaseId", "%SRCROOT%");
    }
    json.writeEndObject();
  }

  @Override
  public void inputError(InputError error) {
    inputErrors.add(error);
  }

  @Override
  public void finish(Summary s) {
    JsonGenerator json = json();
    json.writeEndArray();
    json.writeArrayPropertyStart("invocations");
    json.writeStartObject();
    json.writeBooleanProperty("executionSuccessful", true);
    json.writeArrayPropertyStart("toolExecutionNotifications");
    for (InputError e : inputErrors) {
      json.writeStartObject();
      json.writeStringProperty("level", "error");
      json.writeObjectPropertyStart("message");
      json.writeStringProperty("text", e.message());
      json.writeEndObject();
      if (Locations.isFile(e.source())) {
        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        json.writeObjectPropertyStart("physicalLocation");
        writeArtifact(e.source());
        if (e.line() > 0) {
          json.writeObjectPropertyStart("region");
          json.writeNumberProperty("startLine", e.line());
          json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    if (limit.hidden() > 0) {
      json.writeStartObject();
      json.writeStringProperty("level", "note");
      json.writeObjectPropertyStart("message");
      json.writeStringProperty("text", limit.hiddenLine());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectPropertyStart("properties");
    json.writeStringProperty("summary", TextReporter.summaryLine(s));
    json.writeStringProperty("verdict", s.verdict().name().toLowerCase(java.util.Locale.ROOT));
    json.writeNumberProperty("baselined", s.baselined());
    json.writeNumberProperty("findingsNotShown", limit.hidden());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /** A relative path as a relative URI reference with forward slashes; absolute ones as file:. */
  static String uri(String source) {
    String slashed = Locations.slashes(source);
    try {
      if (Path.of(source).isAbsolute()) {
        return Path.of(source).toUri().toString();
      }
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException | RuntimeException e) {
      return slashed;
    }
  }

  private static String fingerprintKey(MessageResult r, Finding f) {
    return String.join(
        "\u0000",
        Locations.slashes(r.source()),
        r.action(),
        f.rule().name(),
        f.pointer(),
        f.expected(),
        f.actual());
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** {@code UNDOCUMENTED_FIELD} -> {@code UndocumentedField}. */
  private static String camel(Rule rule) {
    StringBuilder name = new StringBuilder();
    for (String part : rule.name().split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.toString();
  }
}
