package dev.pushcheck.internal.input;

import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How pushcheck parses messages: duplicate keys rejected, parser limits set, and every node
 * remembering where it was in the text, so findings can name the line and column of a value.
 */
public final class JsonInput {
  static final int MAX_NESTING_DEPTH = 500;

  public static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxStringLength(64 << 20)
                          .maxNumberLength(1000)
                          .maxDocumentLength(256L << 20)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .build();

  // The unlocated read's parsers: the same limits; a duplicate key is caught while the tree is
  // built
  // (cheaper than the parser's own detection, see TreeReader), and the caller reads such a message
  // again located.
  private static final JsonFactory UNLOCATED_PARSERS =
      JsonFactory.builder()
          .streamReadConstraints(MAPPER.tokenStreamFactory().streamReadConstraints())
          // Every message is read so first: a parser's buffers come from its thread, not from a
          // pool shared with the other threads (2.7 % of a worker's time).
          .recyclerPool(JsonRecyclerPools.threadLocalPool())
          .build();

  private JsonInput() {}

  /** Reads one whole JSON value from the text; trailing content is an error. */
  public static JsonNode readValue(String text) {
    JsonNode plain = PlainTreeParser.parseLocatedOrNull(text);
    return plain != null ? plain : readValue(text, true);
  }

  /**
   * Reads one whole JSON value from the text with Jackson, its nodes remembering their location or
   * not (what {@link PlainTreeParser} declines comes here): without locations the same value is
   * read faster, for messages whose findings will need none. Without locations, any problem (a
   * duplicate key among them) is only a {@link tools.jackson.core.JacksonException}: read the text
   * again located for the finding.
   */
  public static JsonNode readValue(String text, boolean located) {
    try (JsonParser parser =
        located
            ? MAPPER.createParser(text)
            : UNLOCATED_PARSERS.createParser(ObjectReadContext.empty(), text)) {
      return readWhole(
          parser, located ? new ExactNumbers(parser) : new ExactNumbers.Unlocated(parser));
    }
  }

  /** Reads the value at the parser's next token, keeping node locations. */
  public static JsonNode readValue(JsonParser parser) {
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw new StreamReadException(parser, "No content: the input is empty");
    }
    return TreeReader.read(parser, new ExactNumbers(parser));
  }

  /**
   * The value read without node locations, or null when the text has any problem (which a located
   * read then reports, with its position).
   */
  public static JsonNode readUnlocatedOrNull(String text) {
    JsonNode plain = PlainTreeParser.parseOrNull(text);
    if (plain != null) {
      return plain;
    }
    try {
      return readValue(text, false);
    } catch (JacksonException e) {
      return null;
    }
  }

  /**
   * Reads one whole JSON value of a trusted text (a bundled schema file): no node locations,
   * numbers as in messages; a repeated member name is an error.
   */
  public static JsonNode readPlain(String text) {
    // Read as messages are, so that Jackson's parser is not made hot (and compiled) by start-up.
    JsonNode plain = PlainTreeParser.parseOrNull(text);
    return plain != null ? plain : readValue(text, false);
  }

  /** The parser's one value, its nodes made by {@code nodes}; nothing may follow it. */
  private static JsonNode readWhole(JsonParser parser, JsonNodeFactory nodes) {
    if (parser.nextToken() == null) {
      throw new StreamReadException(parser, "No content: the input is empty");
    }
    JsonNode node = TreeReader.read(parser, nodes);
    if (parser.nextToken() != null) {
      throw new StreamReadException(parser, "Unexpected content after the JSON value");
    }
    return node;
  }

  /** Where a parsed node started, or null if the node was not parsed by {@link JsonInput}. */
  public static TokenStreamLocation locationOf(JsonNode node) {
    return node instanceof TokenStreamLocationAware located ? located.tokenStreamLocation() : null;
  }
}
