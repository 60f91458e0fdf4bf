package dev.pushcheck.schemagen;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated entry schema of a version: the envelope, with the payload schema chosen by action.
 */
final class PushSchema {

  static final String PATH = "push.schema.json";

  private PushSchema() {}

  static ObjectNode build(String dialect, String id, String version, List<String> actions) {
    ObjectNode push = JsonNodeFactory.instance.objectNode();
    push.put("$schema", dialect);
    push.put("$id", id);
    push.put("title", "Agent Chat API " + version + " push");
    push.put(
        "description",
        "A whole push of version "
            + version
            + ": the envelope, with the payload schema chosen by action. Generated from schemas/src/agent-chat; do not edit.");
    push.put("$ref", SourceFile.ENVELOPE);
    ArrayNode actionEnum = push.putObject("properties").putObject("action").putArray("enum");
    actions.forEach(actionEnum::add);
    ArrayNode dispatch = push.putArray("allOf");
    for (String action : actions) {
      ObjectNode branch = dispatch.addObject();
      ObjectNode condition = branch.putObject("if");
      condition.putObject("properties").putObject("action").put("const", action);
      condition.putArray("required").add("action");
      branch
          .putObject("then")
          .putObject("properties")
          .putObject("payload")
          .put("$ref", GeneratedVersion.PAYLOADS + action + SourceFile.SUFFIX);
    }
    return push;
  }
}
