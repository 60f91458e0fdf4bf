package dev.pushcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates mutations of a conforming push from the published schemas: each required field
 * removed, each typed field given a value of another JSON type, each closed enum or const given
 * an undocumented value. It walks the message and the schemas together, following {@code $ref},
 * {@code allOf} and the {@code if}/{@code then} dispatch our schemas use.
 */
final class MutationGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UNDOCUMENTED = "pushcheck-undocumented-value";

  private final String version;
  private final JsonNode message;
  private final List<Mutation> mutations = new ArrayList<>();

  private MutationGenerator(String version, JsonNode message) {
    this.version = version;
    this.message = message;
  }

  /** Every mutation of {@code message}, against the entry schema of {@code version}. */
  static List<Mutation> mutations(String version, JsonNode message) {
    MutationGenerator generator = new MutationGenerator(version, message);
    generator.walk(message, "", List.of(new Located("push.schema.json", PublishedSchemas.file(version, "push.schema.json"))));
    return generator.mutations;
  }

  /** A schema node and the file it sits in (for resolving relative references). */
  private record Located(String file, JsonNode schema, Set<String> discriminators) {
    Located(String file, JsonNode schema) {
      this(file, schema, Set.of());
    }
  }

  private void walk(JsonNode instance, String pointer, List<Located> schemas) {
    List<Located> applicable = new ArrayList<>();
    for (Located s : schemas) {
      expand(s, instance, applicable, new LinkedHashSet<>());
    }
    if (instance.isObject()) {
      Set<String> required = new LinkedHashSet<>();
      Map<String, List<Located>> properties = new LinkedHashMap<>();
      for (Located s : applicable) {
        // A branch chosen by a field's value requires that field only to be chosen: removing it
        // picks another branch instead of leaving a gap, so it is no "required field removed".
        s.schema().path("required").forEach(r -> {
          if (!s.discriminators().contains(r.asString())) {
            required.add(r.asString());
          }
        });
        for (Map.Entry<String, JsonNode> p : s.schema().path("properties").properties()) {
          properties.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(new Located(s.file(), p.getValue()));
        }
      }
      for (String name : required) {
        if (instance.has(name)) {
          JsonNode mutated = message.deepCopy();
          ((ObjectNode) at(mutated, pointer)).remove(name);
          mutations.add(new Mutation("remove " + child(pointer, name), mutated, child(pointer, name), Rule.REQUIRED));
        }
      }
      for (Map.Entry<String, List<Located>> p : properties.entrySet()) {
        JsonNode value = instance.get(p.getKey());
        if (value != null) {
          String childPointer = child(pointer, p.getKey());
          valueMutations(childPointer, p.getValue(), value);
          walk(value, childPointer, p.getValue());
        }
      }
    } else if (instance.isArray()) {
      List<Located> items = new ArrayList<>();
      for (Located s : applicable) {
        if (s.schema().has("items")) {
          items.add(new Located(s.file(), s.schema().get("items")));
        }
      }
      for (int i = 0; i < instance.size(); i++) {
        valueMutations(pointer + "/" + i, items, instance.get(i));
        walk(instance.get(i), pointer + "/" + i, items);
      }
    }
  }

  private void valueMutations(String pointer, List<Located> schemas, JsonNode value) {
    List<Located> applicable = new ArrayList<>();
    for (Located s : schemas) {
      expand(s, value, applicable, new LinkedHashSet<>());
    }
    Set<String> allowedTypes = null;
    boolean closedEnum = false;
    boolean constant = false;
    for (Located s : applicable) {
      JsonNode type = s.schema().get("type");
      if (type != null) {
        Set<String> types = new LinkedHashSet<>();
        if (type.isArray()) {
          type.forEach(t -> types.add(t.asString()));
        } else {
          types.add(type.asString());
        }
        if (allowedTypes == null) {
          allowedTypes = types;
        } else {
          allowedTypes.retainAll(types);
        }
      }
      closedEnum |= s.schema().has("enum");
      constant |= s.schema().has("const");
    }
    if (allowedTypes != null) {
      JsonNode wrong = wrongTypeValue(allowedTypes);
      if (wrong != null) {
        mutations.add(new Mutation("wrong type at " + pointer, replaced(pointer, wrong), pointer, Rule.TYPE));
      }
    }
    if ((closedEnum || constant) && value.isString()) {
      // pushcheck reports an action outside the version's enum with its own, more precise rule.
      Rule expected = pointer.equals("/action") ? Rule.UNKNOWN_ACTION : closedEnum ? Rule.ENUM : Rule.CONST;
      mutations.add(new Mutation("undocumented value at " + pointer,
          replaced(pointer, NODES.stringNode(UNDOCUMENTED)), pointer, expected));
    }
  }

  private static JsonNode wrongTypeValue(Set<String> allowed) {
    if (!allowed.contains("string")) {
      return NODES.stringNode("wrong type");
    }
    if (!allowed.contains("integer") && !allowed.contains("number")) {
      return NODES.numberNode(42);
    }
    if (!allowed.contains("boolean")) {
      return NODES.booleanNode(true);
    }
    if (!allowed.contains("object")) {
      return NODES.objectNode();
    }
    return null;
  }

  /** Adds {@code located} and every schema it pulls in for {@code instance}. */
  private void expand(Located located, JsonNode instance, List<Located> out, Set<String> seen) {
    JsonNode schema = located.schema();
    if (!schema.isObject()) {
      return;
    }
    out.add(located);
    if (schema.has("$ref")) {
      Located resolved = resolve(located.file(), schema.get("$ref").asString());
      Located target = new Located(resolved.file(), resolved.schema(), located.discriminators());
      if (seen.add(target.file() + "#" + System.identityHashCode(target.schema()))) {
        expand(target, instance, out, seen);
      }
    }
    for (JsonNode element : schema.path("allOf")) {
      expand(new Located(located.file(), element, located.discriminators()), instance, out, seen);
    }
    if (schema.has("if")) {
      boolean matches = matches(schema.get("if"), instance);
      JsonNode branch = schema.get(matches ? "then" : "else");
      if (branch != null) {
        Set<String> discriminators = new LinkedHashSet<>(located.discriminators());
        schema.get("if").path("properties").propertyNames().forEach(discriminators::add);
        schema.get("if").path("required").forEach(r -> discriminators.add(r.asString()));
        expand(new Located(located.file(), branch, discriminators), instance, out, seen);
      }
    }
  }

  /** Evaluates the conditions our schemas use in {@code if}: required, const, enum, not. */
  static boolean matches(JsonNode condition, JsonNode instance) {
    for (Map.Entry<String, JsonNode> keyword : condition.properties()) {
      switch (keyword.getKey()) {
        case "required" -> {
          for (JsonNode name : keyword.getValue()) {
            if (!instance.isObject() || !instance.has(name.asString())) {
              return false;
            }
          }
        }
        case "properties" -> {
          if (instance.isObject()) {
            for (Map.Entry<String, JsonNode> p : keyword.getValue().properties()) {
              JsonNode value = instance.get(p.getKey());
              if (value != null && !matches(p.getValue(), value)) {
                return false;
              }
            }
          }
        }
        case "const" -> {
          if (!keyword.getValue().equals(instance)) {
            return false;
          }
        }
        case "enum" -> {
          boolean any = false;
          for (JsonNode option : keyword.getValue()) {
            any |= option.equals(instance);
          }
          if (!any) {
            return false;
          }
        }
        case "not" -> {
          if (matches(keyword.getValue(), instance)) {
            return false;
          }
        }
        case "type" -> {
          String type = keyword.getValue().asString();
          if (type.equals("object") && !instance.isObject()) {
            return false;
          }
        }
        case "$comment", "description" -> { }
        default -> throw new IllegalStateException("unsupported keyword in if: " + keyword.getKey());
      }
    }
    return true;
  }

  private Located resolve(String file, String ref) {
    URI target = URI.create("file:/" + file).resolve(ref.startsWith("#") ? file.substring(file.lastIndexOf('/') + 1) + ref : ref);
    String path = target.getPath().substring(1);
    JsonNode root = PublishedSchemas.file(version, path);
    String fragment = target.getFragment();
    return new Located(path, fragment == null || fragment.isEmpty() ? root : root.at(fragment));
  }

  private JsonNode replaced(String pointer, JsonNode value) {
    JsonNode copy = message.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = at(copy, pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
    return copy;
  }

  private static JsonNode at(JsonNode root, String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  private static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
