package dev.pushcheck.schemagen;

import static dev.pushcheck.schemagen.SchemaKeywords.BY_VERSION;
import static dev.pushcheck.schemagen.SchemaKeywords.REQUIRED;
import static dev.pushcheck.schemagen.SchemaKeywords.SINCE;
import static dev.pushcheck.schemagen.SchemaKeywords.UNTIL;
import static dev.pushcheck.schemagen.SourceProblem.child;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates the version keywords of one checked source file for one version, and notes the $refs
 * that remain.
 */
final class VersionEvaluator {

  /** A $ref kept in the generated schema, located by its pointer in the source file. */
  record RefUse(String file, String pointer, String ref) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final VersionList versions;
  private final int rank;
  private final String file;
  private final List<RefUse> refs;

  VersionEvaluator(VersionList versions, String version, String file, List<RefUse> refs) {
    this.versions = versions;
    this.rank = versions.rank(version);
    this.file = file;
    this.refs = refs;
  }

  /** The node as it is in this version, or null when it does not exist in this version. */
  JsonNode evaluate(JsonNode node, String pointer) {
    if (!node.isObject()) {
      return node.deepCopy();
    }
    if (!exists(node.get(SINCE), node.get(UNTIL))) {
      return null;
    }
    if (node.has(BY_VERSION)) {
      String key = chosenVariant(node.get(BY_VERSION));
      JsonNode variant = key == null ? null : node.get(BY_VERSION).get(key);
      return variant == null || variant.isNull()
          ? null
          : evaluate(variant, child(child(pointer, BY_VERSION), key));
    }
    ObjectNode out = NODES.objectNode();
    List<String> requiredNames = new ArrayList<>();
    Set<String> removedNames = new HashSet<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String key = member.getKey();
      JsonNode value = member.getValue();
      String at = child(pointer, key);
      JsonNode result;
      if (SchemaKeywords.VERSION_KEYWORDS.contains(key)) {
        continue;
      } else if (key.equals("properties")) {
        result = evaluateProperties(value, at, requiredNames, removedNames);
      } else if (SchemaKeywords.SCHEMA_VALUED.contains(key)) {
        result = evaluate(value, at);
      } else if (SchemaKeywords.SCHEMA_MAPS.contains(key)) {
        result = evaluateMap(value, at);
      } else if (SchemaKeywords.SCHEMA_ARRAYS.contains(key)) {
        result = evaluateArray(value, at);
      } else {
        if (key.equals("$ref")) {
          refs.add(new RefUse(file, at, value.stringValue()));
        }
        result = value.deepCopy();
      }
      if (result != null) {
        out.set(key, result);
      }
    }
    return withRequired(out, requiredNames, removedNames);
  }

  /**
   * Where the root variant this version uses sits in the source (the root itself unless it has
   * x-by-version).
   */
  String chosenRootPointer(JsonNode root) {
    String pointer = "";
    JsonNode node = root;
    while (node.has(BY_VERSION)) {
      String key = chosenVariant(node.get(BY_VERSION));
      pointer = child(child(pointer, BY_VERSION), key);
      node = node.get(BY_VERSION).get(key);
    }
    return pointer;
  }

  private ObjectNode evaluateProperties(
      JsonNode properties, String at, List<String> requiredNames, Set<String> removedNames) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : properties.properties()) {
      JsonNode result = evaluate(member.getValue(), child(at, member.getKey()));
      if (result == null) {
        removedNames.add(member.getKey());
      } else {
        out.set(member.getKey(), result);
        if (isRequired(member.getValue())) {
          requiredNames.add(member.getKey());
        }
      }
    }
    return out;
  }

  private ObjectNode evaluateMap(JsonNode map, String at) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : map.properties()) {
      JsonNode result = evaluate(member.getValue(), child(at, member.getKey()));
      if (result != null) {
        out.set(member.getKey(), result);
      }
    }
    return out;
  }

  /** Null when every element is gone: an empty allOf/anyOf/oneOf is not a valid schema. */
  private ArrayNode evaluateArray(JsonNode array, String at) {
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < array.size(); i++) {
      JsonNode result = evaluate(array.get(i), child(at, i));
      if (result != null) {
        out.add(result);
      }
    }
    return out.isEmpty() ? null : out;
  }

  private boolean isRequired(JsonNode member) {
    if (!member.isObject()) {
      return false;
    }
    JsonNode required = member.get(REQUIRED);
    if (required != null) {
      return required.isBoolean()
          ? required.booleanValue()
          : exists(required.get("since"), required.get("until"));
    }
    if (member.has(BY_VERSION)) {
      String key = chosenVariant(member.get(BY_VERSION));
      return key != null && isRequired(member.get(BY_VERSION).get(key));
    }
    return false;
  }

  /**
   * required = x-required members in property order, then the other names of a plain required
   * (inside if).
   */
  private static ObjectNode withRequired(
      ObjectNode out, List<String> requiredNames, Set<String> removedNames) {
    JsonNode plain = out.get("required");
    if (plain == null && requiredNames.isEmpty()) {
      return out;
    }
    Set<String> plainNames = new LinkedHashSet<>();
    if (plain != null) {
      plain.values().forEach(name -> plainNames.add(name.stringValue()));
    }
    Set<String> names = new LinkedHashSet<>();
    out.path("properties").propertyNames().stream()
        .filter(name -> requiredNames.contains(name) || plainNames.contains(name))
        .forEach(names::add);
    plainNames.stream().filter(name -> !removedNames.contains(name)).forEach(names::add);
    ArrayNode required = NODES.arrayNode();
    names.forEach(required::add);
    if (names.isEmpty()) {
      out.remove("required");
      return out;
    }
    if (plain != null) {
      out.set("required", required);
      return out;
    }
    ObjectNode ordered = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : out.properties()) {
      ordered.set(member.getKey(), member.getValue());
      if (member.getKey().equals("properties")) {
        ordered.set("required", required);
      }
    }
    return ordered;
  }

  private boolean exists(JsonNode since, JsonNode until) {
    return (since == null || versions.rank(since.stringValue()) <= rank)
        && (until == null || rank <= versions.rank(until.stringValue()));
  }

  private String chosenVariant(JsonNode variants) {
    String chosen = null;
    for (String key : variants.propertyNames()) {
      int keyRank = versions.rank(key);
      if (keyRank <= rank && (chosen == null || keyRank > versions.rank(chosen))) {
        chosen = key;
      }
    }
    return chosen;
  }
}
