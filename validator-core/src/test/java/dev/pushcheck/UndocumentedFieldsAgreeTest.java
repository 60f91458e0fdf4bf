package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.schema.SchemaCatalog;
import dev.pushcheck.internal.schema.SchemaGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine's undocumented-field walk keeps what it resolved at each place of a schema set, per
 * outcome of the place's conditions. This holds it to the plain walk it replaced, which gathers
 * every schema again at every object ({@link SchemaGraph#members}): the same undocumented fields on
 * every example and every edge mutation, with a member nobody documents added to every object.
 */
class UndocumentedFieldsAgreeTest {

  @TestFactory
  Stream<DynamicTest> theKeptWalkReportsWhatThePlainWalkFinds() {
    return Examples.eachExample(
        example -> {
          JsonNode message = JsonInput.readValue(example.text());
          List<JsonNode> cases = new ArrayList<>();
          cases.add(message);
          cases.add(withStrangerEverywhere(message));
          cases.addAll(EdgeMutations.of(message));
          PushValidator validator = PushValidator.forVersion(example.version());
          for (JsonNode c : cases) {
            ValidationResult result = validator.validate(c.toPrettyString(), example.kind());
            Set<String> reported = new TreeSet<>();
            result.findings().stream()
                .filter(f -> f.rule() == Rule.UNDOCUMENTED_FIELD)
                .forEach(f -> reported.add(f.pointer()));
            assertThat(reported)
                .as("%s: %s", example.name(), c)
                .isEqualTo(plainWalk(c, example.kind(), result));
          }
        });
  }

  /** Where the engine walks (the envelope; a known action's payload, but an error's). */
  private static Set<String> plainWalk(JsonNode message, Kind kind, ValidationResult result) {
    Set<String> out = new TreeSet<>();
    if (!message.isObject() || result.apiVersion().isEmpty()) {
      return out;
    }
    SchemaCatalog.VersionSchemas schemas = SchemaCatalog.bundled().version(result.apiVersion());
    if (schemas.envelopeCheck(kind) == null) {
      return out;
    }
    SchemaGraph graph = schemas.graph();
    walk(graph, message, "", List.of(graph.root(SchemaCatalog.envelopeFile(kind))), out);
    String action = message.path("action").isString() ? message.path("action").asString() : "";
    boolean errorResponse =
        kind == Kind.RESPONSE
            && message.path("success").isBoolean()
            && !message.path("success").asBoolean();
    if (!action.isEmpty()
        && schemas.payloadCheck(kind, action) != null
        && message.has("payload")
        && !errorResponse) {
      walk(
          graph,
          message.get("payload"),
          "/payload",
          List.of(graph.root(SchemaCatalog.payloadFile(kind, action))),
          out);
    }
    return out;
  }

  private static void walk(
      SchemaGraph graph,
      JsonNode value,
      String pointer,
      List<SchemaGraph.Located> schemas,
      Set<String> out) {
    if (!value.isObject() && !value.isArray()) {
      return;
    }
    SchemaGraph.Members members = graph.members(schemas, branches(graph, schemas, value));
    if (value.isArray()) {
      for (int i = 0; i < value.size() && !members.items().isEmpty(); i++) {
        walk(graph, value.get(i), pointer + "/" + i, members.items(), out);
      }
      return;
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      String child = JsonValues.childPointer(pointer, member.getKey());
      List<SchemaGraph.Located> memberSchemas = members.properties().get(member.getKey());
      if (memberSchemas != null) {
        walk(graph, member.getValue(), child, memberSchemas, out);
      } else if (members.closed()) {
        out.add(child);
      } else if (!members.open().isEmpty()) {
        walk(graph, member.getValue(), child, members.open(), out);
      }
    }
  }

  /**
   * The value's branches, but a condition on a member every unconditional schema here requires is
   * undecided while that member is missing (both branches count).
   */
  private static SchemaGraph.Branches branches(
      SchemaGraph graph, List<SchemaGraph.Located> schemas, JsonNode value) {
    Set<String> alwaysRequired = new HashSet<>();
    for (SchemaGraph.Located s : graph.applicable(schemas, SchemaGraph.Branches.ALL)) {
      if (s.chosenBy().isEmpty()) {
        s.schema().path("required").forEach(n -> alwaysRequired.add(n.asString()));
      }
    }
    return condition -> {
      for (JsonNode name : condition.path("required")) {
        String required = name.asString();
        if (value.isObject()
            && !value.has(required)
            && alwaysRequired.contains(required)
            && condition.path("properties").has(required)) {
          return null;
        }
      }
      return SchemaGraph.matches(condition, value);
    };
  }

  private static JsonNode withStrangerEverywhere(JsonNode message) {
    JsonNode copy = message.deepCopy();
    addStranger(copy);
    return copy;
  }

  private static void addStranger(JsonNode value) {
    if (value.isObject()) {
      value.forEach(UndocumentedFieldsAgreeTest::addStranger);
      ((ObjectNode) value).put("pushcheck_stranger", true);
    } else if (value.isArray()) {
      value.forEach(UndocumentedFieldsAgreeTest::addStranger);
    }
  }
}
