package dev.pushcheck;

import tools.jackson.databind.JsonNode;

/**
 * One message as a reader found it, before it is classified and validated. Exactly one of {@code
 * text}, {@code node}, {@code skipReason} and {@code readProblem} is set.
 *
 * @param source the input's display name (the path as given, or {@code <stdin>})
 * @param index 0-based position of the message in its source (HAR: counting every frame)
 * @param line 1-based line where the message starts in the source, 0 when not applicable
 * @param column 1-based column where the message starts, 0 when not applicable
 * @param locator where in a HAR capture the message is ({@code entry 3, frame 7}), else {@code ""}
 * @param direction who sent it, when the capture says
 * @param text the message's JSON text, parsed later (on a worker thread)
 * @param node the message, already parsed with locations (see {@link JsonInput})
 * @param origin how positions inside {@code text} or {@code node} map to positions in the source
 * @param skipReason why the message is not checked at all (a binary or control frame), else null
 * @param readProblem why the message could not be read (malformed JSON), else null
 * @param urlVersion the API version named by the capture's websocket URL, else {@code ""}
 */
record RawMessage(
    String source,
    long index,
    int line,
    int column,
    String locator,
    Direction direction,
    String text,
    JsonNode node,
    Origin origin,
    String skipReason,
    Finding readProblem,
    String urlVersion) {

  RawMessage {
    int contents =
        (text != null ? 1 : 0)
            + (node != null ? 1 : 0)
            + (skipReason != null ? 1 : 0)
            + (readProblem != null ? 1 : 0);
    if (contents != 1) {
      throw new IllegalArgumentException(
          source + " message " + index + ": exactly one of text, node, skipReason, readProblem");
    }
  }

  /** Who sent a message on the websocket. */
  enum Direction {
    UNKNOWN,
    SENT_BY_CLIENT,
    RECEIVED_BY_CLIENT
  }
}
