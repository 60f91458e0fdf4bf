package dev.pushcheck;

import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.schema.SchemaCatalog;
import dev.pushcheck.internal.schema.SchemaGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates mutations of a conforming push from the published schemas: each required field removed,
 * each typed field given a value of another JSON type, each closed enum or const given an
 * undocumented value. It walks the message and the entry schema together, through {@link
 * SchemaGraph}, so the same schemas apply as when a validator checks the message.
 */
final class MutationGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UNDOCUMENTED = "pushcheck-undocumented-value";

  private final SchemaGraph graph;
  private final JsonNode message;
  private final List<Mutation> mutations = new ArrayList<>();

  private MutationGenerator(SchemaGraph graph, JsonNode message) {
    this.graph = graph;
    this.message = message;
  }

  /** Every mutation of a push, against the entry schema of {@code version}. */
  static List<Mutation> mutations(String version, JsonNode message) {
    return mutations(Kind.PUSH, version, message);
  }

  /** Every mutation of a message of a kind, against the entry schema of its version and kind. */
  static List<Mutation> mutations(Kind kind, String version, JsonNode message) {
    SchemaGraph graph = SchemaCatalog.bundled().version(version).graph();
    MutationGenerator generator = new MutationGenerator(graph, message);
    generator.walk(message, "", List.of(graph.root(PublishedSchemas.entryFile(kind))));
    return generator.mutations;
  }

  private void walk(JsonNode value, String pointer, List<SchemaGraph.Located> schemas) {
    SchemaGraph.Members members = graph.members(schemas, value);
    if (value.isObject()) {
      // A branch chosen by a field's value requires that field only to be chosen: removing it
      // picks another branch instead of leaving a gap, so it is no "required field removed".
      Set<String> required = members.requiredAsRule();
      Map<String, List<SchemaGraph.Located>> properties = members.properties();
      for (String name : required) {
        if (value.has(name)) {
          JsonNode mutated = message.deepCopy();
          ((ObjectNode) at(mutated, pointer)).remove(name);
          String child = JsonValues.childPointer(pointer, name);
          mutations.add(new Mutation("remove " + child, mutated, child, Rule.REQUIRED));
        }
      }
      for (Map.Entry<String, List<SchemaGraph.Located>> p : properties.entrySet()) {
        JsonNode member = value.get(p.getKey());
        if (member != null) {
          String childPointer = JsonValues.childPointer(pointer, p.getKey());
          valueMutations(childPointer, p.getValue(), member);
          walk(member, childPointer, p.getValue());
        }
      }
    } else if (value.isArray()) {
      List<SchemaGraph.Located> items = members.items();
      for (int i = 0; i < value.size() && !items.isEmpty(); i++) {
        valueMutations(pointer + "/" + i, items, value.get(i));
        walk(value.get(i), pointer + "/" + i, items);
      }
    }
  }

  private void valueMutations(String pointer, List<SchemaGraph.Located> schemas, JsonNode value) {
    Set<String> allowedTypes = null;
    boolean closedEnum = false;
    boolean constant = false;
    for (SchemaGraph.Located s : graph.applicable(schemas, value)) {
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
        mutations.add(
            new Mutation("wrong type at " + pointer, replaced(pointer, wrong), pointer, Rule.TYPE));
      }
    }
    if ((closedEnum || constant) && value.isString()) {
      // pushcheck reports an action outside the version's enum with its own, more precise rule.
      Rule expected =
          pointer.equals("/action") ? Rule.UNKNOWN_ACTION : closedEnum ? Rule.ENUM : Rule.CONST;
      mutations.add(
          new Mutation(
              "undocumented value at " + pointer,
              replaced(pointer, NODES.stringNode(UNDOCUMENTED)),
              pointer,
              expected));
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
}
