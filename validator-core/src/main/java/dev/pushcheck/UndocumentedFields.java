package dev.pushcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds members of a message that the protocol does not describe at their place. At each object
 * of the message it gathers every schema that applies there (through {@code $ref}, {@code
 * allOf}, {@code anyOf}/{@code oneOf} and the matching {@code if}/{@code then}/{@code else}
 * branch) and reports the members none of them lists. Gathering all applicable schemas first is
 * what keeps a member documented by an enclosing object from being reported by a branch that
 * does not list it. The published schemas stay open, so other validators accept new server
 * fields; pushcheck reports them as warnings.
 */
final class UndocumentedFields {
  private final Map<String, JsonNode> files;
  private final String versionBase;

  /**
   * @param files the version's published schema files, by version-relative path
   * @param versionBase the IRI prefix of the version's files
   */
  UndocumentedFields(Map<String, JsonNode> files, String versionBase) {
    this.files = files;
    this.versionBase = versionBase;
  }

  /** A schema node and the file it sits in (references resolve against the file). */
  private record Located(String file, JsonNode schema) {}

  void check(JsonNode instance, String schemaFile, String pointer, Origin origin, List<Finding> out) {
    walk(instance, pointer, List.of(new Located(schemaFile, files.get(schemaFile))), origin, out);
  }

  private void walk(JsonNode instance, String pointer, List<Located> schemas, Origin origin,
      List<Finding> out) {
    if (!instance.isObject() && !instance.isArray()) {
      return;
    }
    List<Located> applicable = new ArrayList<>();
    Set<JsonNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    schemas.forEach(s -> expand(s, instance, applicable, seen));
    if (instance.isArray()) {
      List<Located> items = new ArrayList<>();
      applicable.stream().filter(s -> s.schema().has("items"))
          .forEach(s -> items.add(new Located(s.file(), s.schema().get("items"))));
      for (int i = 0; i < instance.size() && !items.isEmpty(); i++) {
        walk(instance.get(i), pointer + "/" + i, items, origin, out);
      }
      return;
    }
    Map<String, List<Located>> documented = new LinkedHashMap<>();
    List<Located> open = new ArrayList<>();
    String closedBy = null;
    for (Located s : applicable) {
      JsonNode schema = s.schema();
      for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
        documented.computeIfAbsent(p.getKey(), k -> new ArrayList<>())
            .add(new Located(s.file(), p.getValue()));
      }
      JsonNode additional = schema.get("additionalProperties");
      if (additional != null) {
        open.add(new Located(s.file(), additional));
      }
      if (schema.has("patternProperties") || schema.has("unevaluatedProperties")) {
        open.add(new Located(s.file(), JsonInput.MAPPER.createObjectNode()));
      }
      if (closedBy == null && isObjectType(schema.get("type"))) {
        closedBy = s.file();
      }
    }
    boolean closed = closedBy != null && open.isEmpty() && !documented.isEmpty();
    for (Map.Entry<String, JsonNode> member : instance.properties()) {
      String childPointer = FindingMapper.child(pointer, member.getKey());
      List<Located> memberSchemas = documented.get(member.getKey());
      if (memberSchemas != null) {
        walk(member.getValue(), childPointer, memberSchemas, origin, out);
      } else if (closed) {
        var location = JsonInput.locationOf(member.getValue());
        out.add(new Finding(Rule.UNDOCUMENTED_FIELD.defaultSeverity(), Rule.UNDOCUMENTED_FIELD,
            childPointer, versionBase + closedBy, "no field " + FindingMapper.quote(member.getKey())
                + " here", FindingMapper.quote(member.getKey()), "", origin.line(location),
            origin.column(location)));
      } else if (!open.isEmpty()) {
        walk(member.getValue(), childPointer, open, origin, out);
      }
    }
  }

  private static boolean isObjectType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asString().equals("object")) {
          return true;
        }
      }
      return false;
    }
    return type.asString().equals("object");
  }

  private void expand(Located located, JsonNode instance, List<Located> out, Set<JsonNode> seen) {
    JsonNode schema = located.schema();
    if (schema == null || !schema.isObject() || !seen.add(schema)) {
      return;
    }
    out.add(located);
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString()) {
      Located target = resolve(located.file(), ref.asString());
      if (target != null) {
        expand(target, instance, out, seen);
      }
    }
    for (String composition : new String[] {"allOf", "anyOf", "oneOf"}) {
      for (JsonNode element : schema.path(composition)) {
        expand(new Located(located.file(), element), instance, out, seen);
      }
    }
    JsonNode condition = schema.get("if");
    if (condition != null) {
      Boolean matches = matches(condition, instance);
      if (matches == null || matches) {
        expand(new Located(located.file(), schema.get("then")), instance, out, seen);
      }
      if (matches == null || !matches) {
        expand(new Located(located.file(), schema.get("else")), instance, out, seen);
      }
    }
  }

  /**
   * Evaluates the kind of condition the bundled schemas use in {@code if} (required, properties,
   * const, enum, not, type); null when the condition uses anything else, so both branches count.
   */
  static Boolean matches(JsonNode condition, JsonNode instance) {
    if (condition.isBoolean()) {
      return condition.asBoolean();
    }
    boolean result = true;
    for (Map.Entry<String, JsonNode> keyword : condition.properties()) {
      JsonNode value = keyword.getValue();
      switch (keyword.getKey()) {
        case "required" -> {
          for (JsonNode name : value) {
            result &= instance.isObject() && instance.has(name.asString());
          }
        }
        case "properties" -> {
          if (instance.isObject()) {
            for (Map.Entry<String, JsonNode> p : value.properties()) {
              JsonNode member = instance.get(p.getKey());
              if (member != null) {
                Boolean inner = matches(p.getValue(), member);
                if (inner == null) {
                  return null;
                }
                result &= inner;
              }
            }
          }
        }
        case "const" -> result &= value.equals(instance);
        case "enum" -> {
          boolean any = false;
          for (JsonNode option : value) {
            any |= option.equals(instance);
          }
          result &= any;
        }
        case "not" -> {
          Boolean inner = matches(value, instance);
          if (inner == null) {
            return null;
          }
          result &= !inner;
        }
        case "type" -> {
          if (value.isString()) {
            result &= FindingMapper.jsonType(instance).equals(value.asString())
                || (value.asString().equals("number") && instance.isNumber());
          } else {
            return null;
          }
        }
        case "title", "description", "$comment" -> { }
        default -> {
          return null;
        }
      }
    }
    return result;
  }

  private Located resolve(String file, String ref) {
    URI base = URI.create("file:/" + file);
    URI target = base.resolve(ref.startsWith("#") ? file.substring(file.lastIndexOf('/') + 1) + ref : ref);
    String path = target.getPath() == null ? "" : target.getPath().substring(1);
    JsonNode root = files.get(path);
    if (root == null) {
      return null;
    }
    String fragment = target.getFragment();
    JsonNode node = fragment == null || fragment.isEmpty() ? root : root.at(fragment);
    return node.isMissingNode() ? null : new Located(path, node);
  }
}
