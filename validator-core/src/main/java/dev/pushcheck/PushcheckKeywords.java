package dev.pushcheck;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The two keywords pushcheck adds to JSON Schema. Their errors become warnings: {@code
 * x-pushcheck-documented} (a field not in the documented list) and {@code x-open-enum} (a value
 * outside a documented but open list).
 */
final class PushcheckKeywords {
  static final String OPEN_ENUM = "x-open-enum";

  private PushcheckKeywords() {}

  static Keyword openEnum() {
    return new NameSetKeyword(OPEN_ENUM, false);
  }

  private record NameSetKeyword(String value, boolean checksFieldNames) implements Keyword {
    @Override
    public String getValue() {
      return value;
    }

    @Override
    public KeywordValidator newValidator(
        SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
      return new NameSetValidator(value, schemaNode, location, checksFieldNames);
    }
  }

  private static final class NameSetValidator extends AbstractKeywordValidator {
    private final Set<String> names = new HashSet<>();
    private final boolean checksFieldNames;

    NameSetValidator(
        String keyword, JsonNode schemaNode, SchemaLocation location, boolean checksFieldNames) {
      super(keyword, schemaNode, location);
      this.checksFieldNames = checksFieldNames;
      schemaNode.forEach(n -> names.add(n.asString()));
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      if (checksFieldNames) {
        if (node.isObject()) {
          for (String field : node.propertyNames()) {
            if (!names.contains(field)) {
              report(context, node, instanceLocation, field);
            }
          }
        }
      } else if (node.isString() && !names.contains(node.asString())) {
        report(context, node, instanceLocation, null);
      }
    }

    private void report(
        ExecutionContext context, JsonNode node, NodePath instanceLocation, String field) {
      context.addError(
          Error.builder()
              .keyword(getKeyword())
              .property(field)
              .instanceLocation(instanceLocation)
              .instanceNode(node)
              .schemaLocation(getSchemaLocation())
              .schemaNode(getSchemaNode())
              .evaluationPath(context.getEvaluationPath())
              .message(field == null ? "undocumented value" : "undocumented field " + field)
              .build());
    }
  }
}
