package dev.pushcheck.internal.engine;

import com.networknt.schema.Error;
import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.schema.PushcheckKeywords;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns networknt errors into findings: rule, exact pointer, expected and actual, position. */
public final class FindingMapper {
  private FindingMapper() {}

  static Finding map(Error error, String pointerPrefix, Origin origin) {
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    String instancePointer = pointerPrefix + error.getInstanceLocation().toString();
    JsonNode node = error.getInstanceNode();
    JsonNode schemaNode = error.getSchemaNode();
    Finding.Builder finding =
        switch (keyword) {
          case "required" ->
              Finding.of(Rule.REQUIRED)
                  .pointer(JsonValues.childPointer(instancePointer, error.getProperty()))
                  .expected("present")
                  .actual("absent");
          case PushcheckKeywords.OPEN_ENUM ->
              Finding.of(Rule.UNDOCUMENTED_VALUE)
                  .pointer(instancePointer)
                  .expected("one of " + list(schemaNode))
                  .actual(JsonValues.text(node));
          case "type" ->
              Finding.of(Rule.TYPE)
                  .pointer(instancePointer)
                  .expected(typeText(schemaNode))
                  .actual(JsonValues.type(node));
          case "enum" ->
              Finding.of(Rule.ENUM)
                  .pointer(instancePointer)
                  .expected("one of " + list(schemaNode))
                  .actual(JsonValues.text(node));
          case "const" ->
              Finding.of(Rule.CONST)
                  .pointer(instancePointer)
                  .expected(JsonValues.text(schemaNode))
                  .actual(JsonValues.text(node));
          default ->
              Finding.of(Rule.CONSTRAINT)
                  .pointer(instancePointer)
                  .expected(
                      keyword
                          + " "
                          + JsonValues.truncate(schemaNode == null ? "" : schemaNode.toString()))
                  .actual(JsonValues.text(node))
                  .detail(error.getMessage() == null ? "" : error.getMessage());
        };
    var location = node == null ? null : JsonInput.locationOf(node);
    return finding
        .schemaLocation(String.valueOf(error.getSchemaLocation()))
        .at(origin.line(location), origin.column(location));
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
}
