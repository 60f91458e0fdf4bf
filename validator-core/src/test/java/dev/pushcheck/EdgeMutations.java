package dev.pushcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of a message that do not come from its schemas ({@link MutationGenerator} makes those):
 * for the tests that hold two implementations to the same answers.
 */
final class EdgeMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EdgeMutations() {}

  /**
   * What the schema-driven mutations do not make: every member removed (not only required ones), a
   * member added to every object, every object cut to its first member and emptied, and at every
   * scalar a value at the edge of what JSON Schema keywords compare: an empty string, a whole
   * number written as a fraction, a fraction, a negative number, a string where a number is, a
   * repeated array item, an empty array.
   */
  static List<JsonNode> of(JsonNode message) {
    List<JsonNode> out = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    collect(message, "", pointers);
    for (String pointer : pointers) {
      JsonNode value = message.at(pointer);
      List<JsonNode> replacements = new ArrayList<>();
      if (value.isString()) {
        replacements.add(NODES.stringNode(""));
        replacements.add(NODES.numberNode(1));
      } else if (value.isNumber()) {
        replacements.add(NODES.numberNode(new BigDecimal("1.0")));
        replacements.add(NODES.numberNode(2.5));
        replacements.add(NODES.numberNode(-1));
        replacements.add(NODES.stringNode(value.asString()));
      } else if (value.isBoolean()) {
        replacements.add(NODES.stringNode(value.asString()));
      } else if (value.isObject()) {
        ObjectNode extra = ((ObjectNode) value).deepCopy();
        extra.put("pushcheck_extra", 1);
        replacements.add(extra);
        if (value.size() > 1) {
          ObjectNode first = NODES.objectNode();
          var member = value.properties().iterator().next();
          first.set(member.getKey(), member.getValue().deepCopy());
          replacements.add(first);
        }
        replacements.add(NODES.objectNode());
      } else if (value.isArray() && !value.isEmpty()) {
        ArrayNode repeated = ((ArrayNode) value).deepCopy();
        repeated.add(value.get(0).deepCopy());
        replacements.add(repeated);
        replacements.add(NODES.arrayNode());
      }
      for (JsonNode replacement : replacements) {
        out.add(replaced(message, pointer, replacement));
      }
      if (!pointer.isEmpty()) {
        out.add(replaced(message, pointer, null));
      }
    }
    return out;
  }

  private static void collect(JsonNode value, String pointer, List<String> out) {
    out.add(pointer);
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        collect(
            member.getValue(),
            pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"),
            out);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        collect(value.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** A copy of the message with the value at the pointer replaced, or removed when null. */
  private static JsonNode replaced(JsonNode message, String pointer, JsonNode replacement) {
    if (pointer.isEmpty()) {
      return replacement;
    }
    JsonNode copy = message.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode object) {
      if (replacement == null) {
        object.remove(last);
      } else {
        object.set(last, replacement);
      }
    } else if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      if (replacement == null) {
        array.remove(index);
      } else {
        array.set(index, replacement);
      }
    }
    return copy;
  }
}
