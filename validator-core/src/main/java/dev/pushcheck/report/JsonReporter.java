package dev.pushcheck.report;

import dev.pushcheck.Coverage;
import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.InputNote;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import dev.pushcheck.internal.input.JsonInput;
import java.io.Writer;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The machine report, streamed so that memory does not grow with the input: {@code {"pushcheck":
 * version, "results": [one entry per message with findings], "inputErrors": [...], "summary":
 * {...}}}. {@code schemas/report/report.schema.json} describes it.
 */
public final class JsonReporter implements Reporter {
  private final Writer out;
  private final String toolVersion;
  private final FindingLimit limit;
  private JsonGenerator json;

  public JsonReporter(Writer out, String toolVersion) {
    this(out, toolVersion, 0);
  }

  /** A report of the first {@code maxFindings} findings (0: all); the counts stay complete. */
  public JsonReporter(Writer out, String toolVersion, long maxFindings) {
    this.out = out;
    this.toolVersion = toolVersion;
    this.limit = new FindingLimit(maxFindings);
  }

  /** Starts the document on first use, so a run that fails before reading writes nothing. */
  private JsonGenerator json() {
    if (json == null) {
      json = JsonInput.MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out);
      json.writeStartObject();
      json.writeStringProperty("pushcheck", toolVersion);
      json.writeArrayPropertyStart("results");
    }
    return json;
  }

  @Override
  public void message(MessageResult result) {
    MessageResult r = limit.shown(result);
    if (r.findings().isEmpty()) {
      return;
    }
    JsonGenerator json = json();
    json.writeStartObject();
    json.writeStringProperty("source", r.source());
    json.writeNumberProperty("line", r.line());
    json.writeNumberProperty("column", r.column());
    json.writeNumberProperty("index", r.index());
    if (!r.locator().isEmpty()) {
      json.writeStringProperty("locator", r.locator());
    }
    if (r.kind().isPresent()) {
      json.writeStringProperty("kind", r.kind().get().label());
    }
    json.writeStringProperty("action", r.action());
    json.writeStringProperty("apiVersion", r.apiVersion());
    json.writeStringProperty("status", r.status().label());
    json.writeArrayPropertyStart("findings");
    for (Finding f : r.findings()) {
      json.writeStartObject();
      json.writeStringProperty("severity", f.severity().label());
      json.writeStringProperty("rule", f.rule().name());
      json.writeStringProperty("pointer", f.pointer());
      json.writeStringProperty("message", f.message());
      json.writeStringProperty("expected", f.expected());
      json.writeStringProperty("actual", f.actual());
      json.writeNumberProperty("line", f.line());
      json.writeNumberProperty("column", f.column());
      if (!f.schemaLocation().isEmpty()) {
        json.writeStringProperty("schemaLocation", f.schemaLocation());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void inputError(InputError error) {
    // Collected in the summary; written at the end so results stay one array.
  }

  @Override
  public void finish(Summary s) {
    JsonGenerator json = json();
    json.writeEndArray();
    json.writeArrayPropertyStart("inputErrors");
    for (InputError e : s.inputErrors()) {
      json.writeStartObject();
      json.writeStringProperty("source", e.source());
      json.writeNumberProperty("line", e.line());
      json.writeStringProperty("message", e.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeCoverage(json, Coverage.of(s));
    json.writeArrayPropertyStart("emptyInputs");
    for (InputNote note : s.emptyInputs()) {
      json.writeStartObject();
      json.writeStringProperty("source", note.source());
      json.writeStringProperty("message", note.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectPropertyStart("summary");
    json.writeNumberProperty("messages", s.messages());
    json.writeNumberProperty("valid", s.valid());
    json.writeNumberProperty("invalid", s.invalid());
    json.writeNumberProperty("unreadable", s.unreadable());
    json.writeNumberProperty("skipped", s.skipped());
    json.writeNumberProperty("warnings", s.warnings());
    json.writeNumberProperty("baselined", s.baselined());
    if (limit.hidden() > 0) {
      json.writeNumberProperty("findingsNotShown", limit.hidden());
    }
    json.writeObjectPropertyStart("skippedByReason");
    for (Map.Entry<String, Long> e : s.skippedByReason().entrySet()) {
      json.writeNumberProperty(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeObjectPropertyStart("byKind");
    for (Map.Entry<String, Long> e : s.byKind().entrySet()) {
      json.writeNumberProperty(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeObjectPropertyStart("byAction");
    for (Map.Entry<String, Summary.ActionCount> e : s.byAction().entrySet()) {
      json.writeObjectPropertyStart(e.getKey());
      json.writeNumberProperty("valid", e.getValue().valid());
      json.writeNumberProperty("invalid", e.getValue().invalid());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeStringProperty("verdict", s.verdict().name().toLowerCase(java.util.Locale.ROOT));
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  private static void writeCoverage(JsonGenerator json, Coverage coverage) {
    json.writeArrayPropertyStart("coverage");
    for (Coverage.VersionCoverage v : coverage.versions()) {
      json.writeStartObject();
      json.writeStringProperty("apiVersion", v.version());
      json.writeNumberProperty("documented", v.documented());
      json.writeArrayPropertyStart("seen");
      v.seen().forEach(json::writeString);
      json.writeEndArray();
      json.writeArrayPropertyStart("unseen");
      v.unseen().forEach(json::writeString);
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
