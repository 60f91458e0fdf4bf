package dev.pushcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
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
final class PayloadFields {
  private static final int MAX_DEPTH = 6;

  private final SchemaCatalog catalog;
  private final String version;
  private final Map<String, JsonNode> files = new HashMap<>();

  PayloadFields(SchemaCatalog catalog, String version) {
    this.catalog = catalog;
    this.version = version;
  }

  /** Field path → description ({@code type[, required]}), sorted by path. */
  TreeMap<String, String> of(String action) {
    TreeMap<String, String> fields = new TreeMap<>();
    String file = "payloads/" + action + ".schema.json";
    collectFields(List.of(new Located(file, file(file))), "", fields, 0);
    return fields;
  }

  private record Located(String file, JsonNode schema) {}

  private void collectFields(List<Located> schemas, String prefix, Map<String, String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    List<Located> all = new ArrayList<>();
    schemas.forEach(s -> expand(s, all, new LinkedHashSet<>()));
    Set<String> required = new LinkedHashSet<>();
    Map<String, List<Located>> properties = new TreeMap<>();
    List<Located> items = new ArrayList<>();
    for (Located s : all) {
      s.schema().path("required").forEach(r -> required.add(r.asString()));
      for (Map.Entry<String, JsonNode> p : s.schema().path("properties").properties()) {
        properties.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(new Located(s.file(), p.getValue()));
      }
      if (s.schema().has("items")) {
        items.add(new Located(s.file(), s.schema().get("items")));
      }
    }
    for (Map.Entry<String, List<Located>> p : properties.entrySet()) {
      String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
      out.put(path, describe(p.getValue()) + (required.contains(p.getKey()) ? ", required" : ""));
      collectFields(p.getValue(), path, out, depth + 1);
    }
    if (!items.isEmpty()) {
      String path = prefix + "[]";
      out.put(path, describe(items));
      collectFields(items, path, out, depth + 1);
    }
  }

  private String describe(List<Located> schemas) {
    List<Located> all = new ArrayList<>();
    schemas.forEach(s -> expand(s, all, new LinkedHashSet<>()));
    Set<String> parts = new LinkedHashSet<>();
    for (Located s : all) {
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

  private void expand(Located located, List<Located> out, Set<String> seen) {
    if (!located.schema().isObject()) {
      return;
    }
    out.add(located);
    JsonNode schema = located.schema();
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      URI target = URI.create("file:/" + located.file())
          .resolve(ref.startsWith("#") ? located.file().substring(located.file().lastIndexOf('/') + 1) + ref : ref);
      String path = target.getPath().substring(1);
      String key = path + "#" + target.getFragment();
      if (seen.add(key)) {
        JsonNode root = file(path);
        String fragment = target.getFragment();
        expand(new Located(path, fragment == null || fragment.isEmpty() ? root : root.at(fragment)), out, seen);
      }
    }
    for (String composition : new String[] {"allOf", "anyOf", "oneOf"}) {
      for (JsonNode element : schema.path(composition)) {
        expand(new Located(located.file(), element), out, seen);
      }
    }
    for (String branch : new String[] {"then", "else"}) {
      if (schema.has(branch)) {
        expand(new Located(located.file(), schema.get(branch)), out, seen);
      }
    }
  }

  private JsonNode file(String path) {
    return files.computeIfAbsent(path, p -> JsonInput.MAPPER.readTree(catalog.publishedText(version, p)));
  }
}
