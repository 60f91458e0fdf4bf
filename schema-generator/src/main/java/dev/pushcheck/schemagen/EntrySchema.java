package dev.pushcheck.schemagen;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated entry schema of a version and kind ({@code push.schema.json}, {@code
 * request.schema.json}, ...): the kind's envelope, with the payload schema chosen by action. A
 * response's payload is the method's only when {@code success} is not false; an error response's
 * payload is the error the envelope describes.
 */
final class EntrySchema {

  private EntrySchema() {}

  static ObjectNode build(
      String dialect, String id, String version, MessageKind kind, List<String> actions) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("$schema", dialect);
    entry.put("$id", id);
    entry.put("title", "Agent Chat API " + version + " " + kind.noun);
    entry.put(
        "description",
        "A whole "
            + kind.noun
            + " of version "
            + version
            + ": the envelope, with the payload schema chosen by action. Generated from schemas/src/agent-chat; do not edit.");
    entry.put("$ref", kind.envelope);
    ArrayNode actionEnum = entry.putObject("properties").putObject("action").putArray("enum");
    actions.forEach(actionEnum::add);
    ArrayNode dispatch = entry.putArray("allOf");
    for (String action : actions) {
      ObjectNode branch = dispatch.addObject();
      ObjectNode condition = branch.putObject("if");
      ObjectNode properties = condition.putObject("properties");
      properties.putObject("action").put("const", action);
      if (kind == MessageKind.RESPONSE) {
        properties.putObject("success").put("const", true);
      }
      condition.putArray("required").add("action");
      branch
          .putObject("then")
          .putObject("properties")
          .putObject("payload")
          .put("$ref", kind.payloadFile(action));
    }
    return entry;
  }
}
