package dev.pushcheck.internal.input;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.MessageReader.InputProblem;
import dev.pushcheck.internal.input.RawMessage.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * HAR captures (Chrome DevTools, mitmproxy, Playwright): every websocket frame of every entry is
 * one message. Entries are read one at a time, so the capture may be larger than memory.
 */
public final class HarReader implements MessageReader {
  private static final Pattern URL_VERSION = Pattern.compile("/v(3\\.\\d+)/agent/rtm/ws");

  @Override
  public void read(String source, InputStream in, Consumer<RawMessage> sink) throws IOException {
    Frames frames = new Frames(source, sink);
    try (JsonParser parser = StreamingJson.createParser(in)) {
      ObjectReader trees = StreamingJson.treeReader(parser);
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw InputProblems.of(source, 0, "the input is empty");
      }
      if (token != JsonToken.START_OBJECT) {
        throw notHar(source);
      }
      boolean sawEntries = false;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_OBJECT && name.equals("log")) {
          sawEntries |= readLog(parser, trees, frames);
        } else {
          parser.skipChildren();
        }
      }
      if (!sawEntries) {
        throw notHar(source);
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      var location = e instanceof StreamReadException read ? read.getLocation() : null;
      int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
      throw InputProblems.of(
          source, line, "malformed JSON: " + InputProblems.firstLine(e.getOriginalMessage()), e);
    }
  }

  /** Reads the frames of a HAR document that is already parsed (a HAR saved as .json). */
  static void readTree(String source, JsonNode har, Consumer<RawMessage> sink) throws InputProblem {
    JsonNode entries = har.path("log").path("entries");
    if (!entries.isArray()) {
      throw notHar(source);
    }
    Frames frames = new Frames(source, sink);
    for (JsonNode entry : entries) {
      frames.readEntry(entry);
    }
  }

  private static boolean readLog(JsonParser parser, ObjectReader trees, Frames frames) {
    boolean sawEntries = false;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("entries")) {
        sawEntries = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          frames.readEntry(StreamingJson.readValue(trees, parser));
        }
      } else {
        parser.skipChildren();
      }
    }
    return sawEntries;
  }

  private static InputProblem notHar(String source) {
    return InputProblems.of(source, 0, "not a HAR capture: no log.entries array");
  }

  /** Numbers entries and frames across one capture. */
  private static final class Frames {
    private final String source;
    private final Consumer<RawMessage> sink;
    private int entryIndex;
    private long frameIndex;

    Frames(String source, Consumer<RawMessage> sink) {
      this.source = source;
      this.sink = sink;
    }

    void readEntry(JsonNode entry) {
      JsonNode frames = entry.path("_webSocketMessages");
      if (frames.isMissingNode()) {
        // mitmproxy forks spell it with a lower-case s
        frames = entry.path("_websocketMessages");
      }
      if (frames.isArray()) {
        String urlVersion = urlVersion(entry.path("request").path("url"));
        int frameInEntry = 0;
        for (JsonNode frame : frames) {
          sink.accept(
              message(frame, "entry " + entryIndex + ", frame " + frameInEntry++, urlVersion));
        }
      }
      entryIndex++;
    }

    private RawMessage message(JsonNode frame, String locator, String urlVersion) {
      TokenStreamLocation location = JsonInput.locationOf(frame);
      int line = Origin.START.line(location);
      int column = Origin.START.column(location);
      Direction direction = direction(stringOrEmpty(frame.path("type")));
      JsonNode opcode = frame.path("opcode");
      JsonNode data = frame.path("data");
      RawMessage.Place place =
          RawMessage.in(source, frameIndex++)
              .at(line, column)
              .locator(locator)
              .connection("entry " + entryIndex)
              .direction(direction)
              .urlVersion(urlVersion);
      if (opcode.isMissingNode() || opcode.isIntegralNumber() && opcode.asLong() == 1) {
        if (!data.isString()) {
          return place.unreadable(
              Finding.of(Rule.MALFORMED_JSON)
                  .expected("text data")
                  .actual(JsonValues.type(data))
                  .detail("the text frame has no string data")
                  .at(line, column));
        }
        // Positions inside a frame's text count from its first character: the text is a JSON
        // string in the capture, so they have no simple position in the HAR file.
        return place.text(data.asString(), Origin.START);
      }
      if (opcode.isIntegralNumber() && opcode.asLong() == 2) {
        return place.skipped("binary frame");
      }
      return place.skipped("control frame");
    }
  }

  static Direction direction(String frameType) {
    return switch (frameType) {
      case "send" -> Direction.SENT_BY_CLIENT;
      case "receive" -> Direction.RECEIVED_BY_CLIENT;
      default -> Direction.UNKNOWN;
    };
  }

  static String urlVersion(JsonNode url) {
    Matcher matcher = URL_VERSION.matcher(stringOrEmpty(url));
    return matcher.find() ? matcher.group(1) : "";
  }

  private static String stringOrEmpty(JsonNode node) {
    return node.isString() ? node.asString() : "";
  }
}
