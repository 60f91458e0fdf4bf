package dev.pushcheck.internal.input;

import com.networknt.schema.utils.JsonNodes;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  private JsonInput() {}

  /** Reads one whole JSON value from the text; trailing content is an error. */
  public static JsonNode readValue(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode node = readValue(parser);
      if (parser.nextToken() != null) {
        throw new StreamReadException(parser, "Unexpected content after the JSON value");
      }
      return node;
    }
  }

  /** Reads the value at the parser's next token, keeping node locations. */
  public static JsonNode readValue(JsonParser parser) {
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw new StreamReadException(parser, "No content: the input is empty");
    }
    return MAPPER.reader(new ExactNumbers(parser)).readTree(parser);
  }

  /** Where a parsed node started, or null if the node was not parsed by {@link JsonInput}. */
  public static TokenStreamLocation locationOf(JsonNode node) {
    try {
      return JsonNodes.tokenStreamLocationOf(node);
    } catch (IllegalArgumentException notLocated) {
      return null;
    }
  }
}
