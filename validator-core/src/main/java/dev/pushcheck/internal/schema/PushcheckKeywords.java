package dev.pushcheck.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import dev.pushcheck.Rule;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The keyword pushcheck adds to JSON Schema, {@code x-open-enum}: a documented but open list of
 * values. A value outside it is an error to networknt, which the engine turns into an {@link
 * Rule#UNDOCUMENTED_VALUE} warning; other validators ignore the keyword.
 */
public final class PushcheckKeywords {
  public static final String OPEN_ENUM = "x-open-enum";

  private PushcheckKeywords() {}

  static Keyword openEnum() {
    return new OpenEnumKeyword();
  }

  private record OpenEnumKeyword() implements Keyword {
    @Override
    public String getValue() {
      return OPEN_ENUM;
    }

    @Override
    public KeywordValidator newValidator(
        SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
      return new OpenEnumValidator(schemaNode, location);
    }
  }

  private static final class OpenEnumValidator extends AbstractKeywordValidator {
    private final Set<String> documented = new HashSet<>();

    OpenEnumValidator(JsonNode schemaNode, SchemaLocation location) {
      super(OPEN_ENUM, schemaNode, location);
      schemaNode.forEach(n -> documented.add(n.asString()));
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      if (node.isString() && !documented.contains(node.asString())) {
        context.addError(
            Error.builder()
                .keyword(OPEN_ENUM)
                .instanceLocation(instanceLocation)
                .instanceNode(node)
                .schemaLocation(getSchemaLocation())
                .schemaNode(getSchemaNode())
                .evaluationPath(context.getEvaluationPath())
                .message("undocumented value")
                .build());
      }
    }
  }
}
