package dev.pushcheck.internal.engine;

import dev.pushcheck.internal.input.RawMessage;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What the checks across messages need to know of one message beyond its {@link
 * dev.pushcheck.MessageResult}: which connection it belongs to and its envelope fields.
 *
 * @param connection the connection within the message's source ({@code entry 3} of a HAR capture),
 *     {@code ""} when the source is one connection
 * @param wholeConnection the capture holds both directions of the connection from its start (a HAR
 *     websocket entry), so a missing request is missing from the conversation, not from the file
 * @param urlVersion the API version of the connection's websocket URL, else {@code ""}
 * @param requestId the message's {@code request_id} when it is a string, else {@code ""}
 * @param version the message's {@code version} when it is a string, else {@code ""}
 */
public record ConversationFacts(
    String connection,
    boolean wholeConnection,
    String urlVersion,
    String requestId,
    String version) {

  public ConversationFacts {
    Objects.requireNonNull(connection, "connection == null");
    Objects.requireNonNull(urlVersion, "urlVersion == null");
    Objects.requireNonNull(requestId, "requestId == null");
    Objects.requireNonNull(version, "version == null");
  }

  /** The facts of a message that was not parsed: only where it is. */
  static ConversationFacts of(RawMessage raw) {
    return of(raw, null);
  }

  /** The facts of a parsed message ({@code message} null: not parsed). */
  static ConversationFacts of(RawMessage raw, JsonNode message) {
    return new ConversationFacts(
        raw.connection(),
        raw.direction() != RawMessage.Direction.UNKNOWN,
        raw.urlVersion(),
        message == null ? "" : string(message.get("request_id")),
        message == null ? "" : string(message.get("version")));
  }

  private static String string(JsonNode node) {
    return node != null && node.isString() ? node.asString() : "";
  }
}
