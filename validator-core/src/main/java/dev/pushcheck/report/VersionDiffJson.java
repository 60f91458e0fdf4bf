package dev.pushcheck.report;

import dev.pushcheck.VersionDiff;
import dev.pushcheck.internal.input.JsonInput;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * {@code pushcheck versions --diff A B --format json}: the diffs of every kind of message as one
 * JSON document, {@code {from, to, push: {...}, request: {...}, response: {...}, webhook: {...}}},
 * each {@code {added, removed, renamed: [{action, becameActions, how, inVersion}], changed:
 * [{action, field, before, after}]}}; {@code before}/{@code after} are {@code ""} where the field
 * is absent.
 */
public final class VersionDiffJson {
  private VersionDiffJson() {}

  /** Writes the diffs, one per kind, of the same two versions. */
  public static void write(List<VersionDiff> diffs, Writer out) {
    try (JsonGenerator json =
        JsonInput.MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringProperty("from", diffs.get(0).from());
      json.writeStringProperty("to", diffs.get(0).to());
      for (VersionDiff diff : diffs) {
        json.writeName(diff.kind().label());
        write(diff, json);
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void write(VersionDiff diff, JsonGenerator json) {
    json.writeStartObject();
    json.writeArrayPropertyStart("added");
    diff.added().forEach(json::writeString);
    json.writeEndArray();
    json.writeArrayPropertyStart("removed");
    diff.removed().forEach(json::writeString);
    json.writeEndArray();
    json.writeArrayPropertyStart("renamed");
    for (VersionDiff.Rename r : diff.renamed()) {
      json.writeStartObject();
      json.writeStringProperty("action", r.action());
      json.writeArrayPropertyStart("becameActions");
      r.becameActions().forEach(json::writeString);
      json.writeEndArray();
      json.writeStringProperty("how", r.how());
      json.writeStringProperty("inVersion", r.inVersion());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("changed");
    for (VersionDiff.FieldChange c : diff.changed()) {
      json.writeStartObject();
      json.writeStringProperty("action", c.action());
      json.writeStringProperty("field", c.field());
      json.writeStringProperty("before", c.before());
      json.writeStringProperty("after", c.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
