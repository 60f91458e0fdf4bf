package dev.pushcheck.internal.schema;

import dev.pushcheck.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a payload schema into its fields ({@code chat.thread.created_at} → {@code string,
 * required}), following references and every branch, to compare versions.
 */
public final class PayloadFields {
  private static final int MAX_DEPTH = 6;

  private final SchemaGraph graph;

  public PayloadFields(SchemaGraph graph) {
    this.graph = graph;
  }

  /** Field path → description ({@code type[, required]}), sorted by path. */
  public TreeMap<String, String> of(Kind kind, String action) {
    TreeMap<String, String> fields = new TreeMap<>();
    collect(List.of(graph.root(SchemaCatalog.payloadFile(kind, action))), "", fields, 0);
    return fields;
  }

  private void collect(
      List<SchemaGraph.Located> schemas, String prefix, Map<String, String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    SchemaGraph.Members members = graph.members(schemas, SchemaGraph.Branches.ALL);
    Map<String, List<SchemaGraph.Located>> properties = new TreeMap<>(members.properties());
    Set<String> required = members.required();
    List<SchemaGraph.Located> items = members.items();
    for (Map.Entry<String, List<SchemaGraph.Located>> p : properties.entrySet()) {
      String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
      out.put(path, describe(p.getValue()) + (required.contains(p.getKey()) ? ", required" : ""));
      collect(p.getValue(), path, out, depth + 1);
    }
    if (!items.isEmpty()) {
      String path = prefix + "[]";
      out.put(path, describe(items));
      collect(items, path, out, depth + 1);
    }
  }

  private String describe(List<SchemaGraph.Located> schemas) {
    Set<String> parts = new LinkedHashSet<>();
    for (SchemaGraph.Located s : graph.applicable(schemas, SchemaGraph.Branches.ALL)) {
      JsonNode type = s.schema().get("type");
      if (type != null) {
        parts.add(type.isArray() ? join(type, "|") : type.asString());
      }
      if (s.schema().has("const")) {
        parts.add("const " + s.schema().get("const"));
      }
      if (s.schema().has("enum")) {
        parts.add("enum [" + join(s.schema().get("enum"), ", ") + "]");
      }
    }
    return parts.isEmpty() ? "any" : String.join(" ", parts);
  }

  private static String join(JsonNode array, String separator) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
    return String.join(separator, values);
  }
}
