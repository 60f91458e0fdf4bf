package dev.pushcheck.internal.engine;

import dev.pushcheck.Kind;
import dev.pushcheck.internal.input.RawMessage;
import tools.jackson.databind.JsonNode;

/**
 * Which kind of message a message is. In a HAR capture the frame's direction decides (sent by the
 * client: a request; received: a response when its {@code type} says so, else a push); elsewhere
 * the shape does, {@code type} first, as LiveChat's SDKs do.
 */
final class MessageKinds {
  private MessageKinds() {}

  static Kind of(RawMessage raw, JsonNode message) {
    return switch (raw.direction()) {
      case SENT_BY_CLIENT -> Kind.REQUEST;
      case RECEIVED_BY_CLIENT -> isResponse(message) ? Kind.RESPONSE : Kind.PUSH;
      case UNKNOWN -> byShape(message);
    };
  }

  /**
   * By shape: {@code webhook_id} or {@code secret_key} makes a webhook (one without the other is a
   * webhook missing a field); {@code "type": "response"} a response; {@code "type": "push"} a push;
   * no {@code type} but an {@code action} a request; anything else is checked as a push (and fails
   * its envelope).
   */
  static Kind byShape(JsonNode message) {
    if (!message.isObject()) {
      return Kind.PUSH;
    }
    if (message.has("webhook_id") || message.has("secret_key")) {
      return Kind.WEBHOOK;
    }
    if (isResponse(message)) {
      return Kind.RESPONSE;
    }
    JsonNode type = message.get("type");
    if (type == null && message.has("action")) {
      return Kind.REQUEST;
    }
    return Kind.PUSH;
  }

  private static boolean isResponse(JsonNode message) {
    JsonNode type = message.get("type");
    return type != null && type.isString() && type.asString().equals("response");
  }
}
