package dev.pushcheck.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * JSON documents: a root-level array is a list of messages, any other root-level value is one
 * message, and root values may follow each other. A HAR document is handed to {@link HarReader}.
 */
public final class JsonDocumentReader implements MessageReader {

  @Override
  public void read(String source, InputStream in, Consumer<RawMessage> sink) throws IOException {
    try (JsonParser parser = StreamingJson.createParser(in)) {
      new Document(source, parser, sink).read();
    }
  }

  private static final class Document {
    private final String source;
    private final JsonParser parser;
    private final ObjectReader trees;
    private final Consumer<RawMessage> sink;
    private long index;
    // Where the value being read starts, or null between values.
    private TokenStreamLocation start;

    Document(String source, JsonParser parser, Consumer<RawMessage> sink) {
      this.source = source;
      this.parser = parser;
      this.trees = StreamingJson.treeReader(parser);
      this.sink = sink;
    }

    void read() throws IOException {
      try {
        JsonToken token = parser.nextToken();
        if (token == null) {
          throw InputProblems.of(source, 0, "the input is empty");
        }
        if (token == JsonToken.START_OBJECT) {
          start = parser.currentTokenLocation();
          JsonNode first = StreamingJson.readValue(trees, parser);
          if (first.has("log")) {
            HarReader.readTree(source, first, sink);
            return;
          }
          emit(first);
          token = parser.nextToken();
        }
        for (; token != null; token = parser.nextToken()) {
          if (token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              readMessage();
            }
          } else {
            readMessage();
          }
        }
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (JacksonException e) {
        // The parser cannot resynchronise: the rest of the input is lost with this message.
        sink.accept(unreadable(e));
      }
    }

    private void readMessage() {
      start = parser.currentTokenLocation();
      emit(StreamingJson.readValue(trees, parser));
    }

    private void emit(JsonNode message) {
      sink.accept(
          RawMessage.in(source, index++)
              .at(start.getLineNr(), start.getColumnNr())
              .parsed(message));
      start = null;
    }

    private RawMessage unreadable(JacksonException e) {
      TokenStreamLocation at =
          start != null ? start : e instanceof StreamReadException read ? read.getLocation() : null;
      return RawMessage.in(source, index++)
          .at(Origin.START.line(at), Origin.START.column(at))
          .unreadable(ParseProblems.finding(e, Origin.START));
    }
  }
}
