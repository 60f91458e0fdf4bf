package dev.pushcheck.internal.input;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * One parser over a whole input (a JSON array, concatenated values, a HAR file) that is read one
 * value at a time, each value a tree whose nodes know their absolute line and column.
 */
public final class StreamingJson {
  // JsonInput's document length limit guards one message; a stream of messages may be any size.
  // The caller owns the InputStream, so closing the parser must not close it.
  private static final JsonMapper MAPPER = JsonMapper.builder(streamFactory()).build();

  private StreamingJson() {}

  private static JsonFactory streamFactory() {
    JsonFactory messages = JsonInput.MAPPER.tokenStreamFactory();
    return messages
        .rebuild()
        .streamReadConstraints(
            messages.streamReadConstraints().rebuild().maxDocumentLength(-1).build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  static JsonParser createParser(InputStream in) {
    return MAPPER.createParser(in);
  }

  /**
   * A tree reader for values of this parser. Unlike {@link JsonInput#readValue(JsonParser)} it
   * accepts content after the value, which in a stream is the next value.
   */
  static ObjectReader treeReader(JsonParser parser) {
    return MAPPER
        .reader(new ExactNumbers(parser))
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Reads the value starting at the parser's current token; then nextToken() moves past it. */
  static JsonNode readValue(ObjectReader trees, JsonParser parser) {
    return trees.readTree(parser);
  }
}
