package dev.pushcheck.internal.input;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the tree of a message: the nodes databind's tree deserializer builds, from a loop over the
 * parser's tokens with the open containers on a stack. The node factory is called at the same
 * tokens as databind calls it, so a locating factory ({@link ExactNumbers}) gives every node the
 * same location. Every message and every bundled schema file is read so, and databind's general
 * deserializer was the largest method the JIT compiled in a run.
 */
final class TreeReader {
  private TreeReader() {}

  /**
   * The value at the parser's current token, its tokens consumed (the parser is left at its last
   * token), its nodes made by {@code nodes}; numbers are of the kind databind gives them.
   *
   * @throws StreamReadException on a member name repeated in an object
   */
  static JsonNode read(JsonParser parser, JsonNodeFactory nodes) {
    ContainerNode<?>[] open = new ContainerNode<?>[16];
    int depth = 0;
    String name = null;
    JsonToken token = parser.currentToken();
    while (true) {
      JsonNode value;
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          ContainerNode<?> container =
              token == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode();
          if (depth > 0) {
            add(open[depth - 1], name, container, parser);
          }
          if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = container;
          token = parser.nextToken();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          ContainerNode<?> closed = open[--depth];
          open[depth] = null;
          if (depth == 0) {
            return closed;
          }
          token = parser.nextToken();
          continue;
        }
        case PROPERTY_NAME -> {
          name = parser.currentName();
          token = parser.nextToken();
          continue;
        }
        case VALUE_STRING -> value = nodes.stringNode(parser.getString());
        case VALUE_NUMBER_INT ->
            value =
                switch (parser.getNumberType()) {
                  case INT -> nodes.numberNode(parser.getIntValue());
                  case LONG -> nodes.numberNode(parser.getLongValue());
                  default -> nodes.numberNode(parser.getBigIntegerValue());
                };
        case VALUE_NUMBER_FLOAT -> value = nodes.numberNode(parser.getDoubleValue());
        case VALUE_TRUE -> value = nodes.booleanNode(true);
        case VALUE_FALSE -> value = nodes.booleanNode(false);
        case VALUE_NULL -> value = nodes.nullNode();
        default -> throw new StreamReadException(parser, "Unexpected token " + token);
      }
      if (depth == 0) {
        return value;
      }
      add(open[depth - 1], name, value, parser);
      token = parser.nextToken();
    }
  }

  private static void add(ContainerNode<?> container, String name, JsonNode value, JsonParser p) {
    if (container instanceof ObjectNode object) {
      if (object.replace(name, value) != null) {
        throw new StreamReadException(p, "Duplicate member name " + JsonValues.quote(name));
      }
    } else {
      ((ArrayNode) container).add(value);
    }
  }
}
