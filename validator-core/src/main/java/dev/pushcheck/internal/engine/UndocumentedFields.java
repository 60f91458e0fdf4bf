package dev.pushcheck.internal.engine;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.schema.SchemaGraph;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds members of a message that the protocol does not describe at their place. At each object of
 * the message it gathers every schema that applies there ({@link SchemaGraph#applicable}) and
 * reports the members none of them lists. Gathering first is what keeps a member documented by an
 * enclosing object from being reported by a branch that does not list it. The published schemas
 * stay open, so other validators accept new server fields; pushcheck reports them as warnings.
 */
public final class UndocumentedFields {
  private final SchemaGraph graph;
  private final String versionBase;

  /**
   * @param graph the version's published schemas
   * @param versionBase the IRI prefix of the version's files, for the findings' schema location
   */
  UndocumentedFields(SchemaGraph graph, String versionBase) {
    this.graph = graph;
    this.versionBase = versionBase;
  }

  void check(JsonNode value, String schemaFile, String pointer, Origin origin, List<Finding> out) {
    walk(value, pointer, List.of(graph.root(schemaFile)), origin, out);
  }

  private void walk(
      JsonNode value,
      String pointer,
      List<SchemaGraph.Located> schemas,
      Origin origin,
      List<Finding> out) {
    if (!value.isObject() && !value.isArray()) {
      return;
    }
    SchemaGraph.Members members = graph.members(schemas, value);
    if (value.isArray()) {
      for (int i = 0; i < value.size() && !members.items().isEmpty(); i++) {
        walk(value.get(i), pointer + "/" + i, members.items(), origin, out);
      }
      return;
    }
    boolean closed = members.closed();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      String childPointer = JsonValues.childPointer(pointer, member.getKey());
      List<SchemaGraph.Located> memberSchemas = members.properties().get(member.getKey());
      if (memberSchemas != null) {
        walk(member.getValue(), childPointer, memberSchemas, origin, out);
      } else if (closed) {
        var location = JsonInput.locationOf(member.getValue());
        out.add(
            Finding.of(Rule.UNDOCUMENTED_FIELD)
                .pointer(childPointer)
                .schemaLocation(versionBase + members.closedBy())
                // No expected value: the line reads `undocumented field "seen_by_bot"`.
                .actual(JsonValues.quote(member.getKey()))
                .at(origin.line(location), origin.column(location)));
      } else if (!members.open().isEmpty()) {
        walk(member.getValue(), childPointer, members.open(), origin, out);
      }
    }
  }
}
