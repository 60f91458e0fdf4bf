package dev.pushcheck;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns networknt errors into findings: rule, exact pointer, expected and actual, position. */
final class FindingMapper {
  private static final int MAX_VALUE_TEXT = 60;

  private FindingMapper() {}

  static Finding map(Error error, String pointerPrefix, Origin origin) {
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    String instancePointer = pointerPrefix + error.getInstanceLocation().toString();
    JsonNode node = error.getInstanceNode();
    JsonNode schemaNode = error.getSchemaNode();
    String schemaLocation = String.valueOf(error.getSchemaLocation());
    switch (keyword) {
      case "required":
        return finding(
            Rule.REQUIRED,
            child(instancePointer, error.getProperty()),
            schemaLocation,
            "present",
            "absent",
            "",
            node,
            origin);
      case PushcheckKeywords.OPEN_ENUM:
        return finding(
            Rule.UNDOCUMENTED_VALUE,
            instancePointer,
            schemaLocation,
            "one of " + list(schemaNode),
            valueText(node),
            "",
            node,
            origin);
      case "type":
        return finding(
            Rule.TYPE,
            instancePointer,
            schemaLocation,
            typeText(schemaNode),
            jsonType(node),
            "",
            node,
            origin);
      case "enum":
        return finding(
            Rule.ENUM,
            instancePointer,
            schemaLocation,
            "one of " + list(schemaNode),
            valueText(node),
            "",
            node,
            origin);
      case "const":
        return finding(
            Rule.CONST,
            instancePointer,
            schemaLocation,
            valueText(schemaNode),
            valueText(node),
            "",
            node,
            origin);
      default:
        return finding(
            Rule.CONSTRAINT,
            instancePointer,
            schemaLocation,
            keyword + " " + truncate(schemaNode == null ? "" : schemaNode.toString()),
            valueText(node),
            error.getMessage() == null ? "" : error.getMessage(),
            node,
            origin);
    }
  }

  private static Finding finding(
      Rule rule,
      String pointer,
      String schemaLocation,
      String expected,
      String actual,
      String detail,
      JsonNode located,
      Origin origin) {
    var location = located == null ? null : JsonInput.locationOf(located);
    return new Finding(
        rule.defaultSeverity(),
        rule,
        pointer,
        schemaLocation,
        expected,
        actual,
        detail,
        origin.line(location),
        origin.column(location));
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String jsonType(JsonNode node) {
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
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String typeText(JsonNode schemaType) {
    if (schemaType == null) {
      return "another type";
    }
    if (schemaType.isArray()) {
      List<String> types = new ArrayList<>();
      schemaType.forEach(t -> types.add(t.asString()));
      return String.join(" or ", types);
    }
    return schemaType.asString();
  }

  private static String list(JsonNode values) {
    List<String> items = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> items.add(v.isString() ? v.asString() : v.toString()));
    }
    return "[" + String.join(", ", items) + "]";
  }

  static String valueText(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    if ((node.isObject() || node.isArray())) {
      return jsonType(node);
    }
    return truncate(node.toString());
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }

  private static String truncate(String text) {
    return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 1) + "…";
  }
}
