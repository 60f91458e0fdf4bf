package dev.pushcheck.internal.input;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** How findings and diagnostics name JSON values, types and places. */
public final class JsonValues {
  private static final int MAX_VALUE_TEXT = 60;

  private JsonValues() {}

  public static String childPointer(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String type(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    if (node.isNumber()) {
      return "number";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  public static String text(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    if ((node.isObject() || node.isArray())) {
      return type(node);
    }
    return truncate(node.toString());
  }

  public static String quote(String text) {
    return "\"" + text + "\"";
  }

  /** The text cut to a length that fits a report line. */
  public static String truncate(String text) {
    return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 1) + "…";
  }
}
