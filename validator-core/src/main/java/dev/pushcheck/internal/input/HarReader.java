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
 * one message. Frames are read one at a time, even inside one entry, so neither the capture nor one
 * entry's session has to fit in memory.
 *
 * <p>An entry's {@code request.url} names the API version only for the frames that come after it in
 * the entry (Chrome and mitmproxy write {@code request} first). Frames listed before it are checked
 * with the run's other version rules: a stream cannot be read twice.
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
        return; // an empty input holds no message; the run notes it
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
      if (InputProblems.isEncodingProblem(e.getCause())) {
        throw InputProblems.notText(source, e.getCause());
      }
      throw e.getCause();
    } catch (JacksonException e) {
      var location = e instanceof StreamReadException read ? read.getLocation() : null;
      int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
      throw InputProblems.of(source, line, ParseProblems.describe(e), e);
    } catch (Exception e) {
      // the parser throws a charset failure undeclared
      if (e instanceof IOException io && InputProblems.isEncodingProblem(io)) {
        throw InputProblems.notText(source, io);
      }
      throw e;
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
      String urlVersion = urlVersion(entry.path("request").path("url"));
      for (String spelling : new String[] {"_webSocketMessages", "_websocketMessages"}) {
        for (JsonNode frame : entry.path(spelling)) {
          frames.frame(frame, urlVersion);
        }
      }
      frames.endEntry();
    }
  }

  private static boolean readLog(JsonParser parser, ObjectReader trees, Frames frames) {
    boolean sawEntries = false;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("entries")) {
        sawEntries = true;
        for (JsonToken token = parser.nextToken();
            token != JsonToken.END_ARRAY;
            token = parser.nextToken()) {
          if (token == JsonToken.START_OBJECT) {
            readEntry(parser, trees, frames);
          } else {
            parser.skipChildren();
          }
          frames.endEntry();
        }
      } else {
        parser.skipChildren();
      }
    }
    return sawEntries;
  }

  /** One entry, member by member: its frames are handed over as they are parsed. */
  private static void readEntry(JsonParser parser, ObjectReader trees, Frames frames) {
    String urlVersion = "";
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("request") && value == JsonToken.START_OBJECT) {
        urlVersion = readUrlVersion(parser);
      } else if ((name.equals("_webSocketMessages") || name.equals("_websocketMessages"))
          && value == JsonToken.START_ARRAY) {
        // mitmproxy forks spell it with a lower-case s
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          frames.frame(StreamingJson.readValue(trees, parser), urlVersion);
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private static String readUrlVersion(JsonParser parser) {
    String version = "";
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("url") && value == JsonToken.VALUE_STRING) {
        version = urlVersion(parser.getString());
      } else {
        parser.skipChildren();
      }
    }
    return version;
  }

  private static InputProblem notHar(String source) {
    return InputProblems.of(source, 0, "not a HAR capture: no log.entries array");
  }

  /** Numbers entries and frames across one capture. */
  private static final class Frames {
    private final String source;
    private final Consumer<RawMessage> sink;
    private int entryIndex;
    private int frameInEntry;
    private long frameIndex;

    Frames(String source, Consumer<RawMessage> sink) {
      this.source = source;
      this.sink = sink;
    }

    void endEntry() {
      entryIndex++;
      frameInEntry = 0;
    }

    void frame(JsonNode frame, String urlVersion) {
      sink.accept(message(frame, "entry " + entryIndex + ", frame " + frameInEntry++, urlVersion));
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
      if (!frame.isObject()) {
        return place.unreadable(
            Finding.of(Rule.MALFORMED_JSON)
                .expected("a frame object")
                .actual(JsonValues.type(frame))
                .detail("the websocket frame is not an object")
                .at(line, column));
      }
      switch (Opcode.of(opcode)) {
        case TEXT -> {
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
        case BINARY -> {
          return place.skipped("binary frame");
        }
        case CONTROL -> {
          return place.skipped("control frame");
        }
        default -> {
          TokenStreamLocation at = JsonInput.locationOf(opcode);
          return place.unreadable(
              Finding.of(Rule.UNKNOWN_OPCODE)
                  .pointer("/opcode")
                  .expected("1 (text), 2 (binary), 8, 9 or 10 (control)")
                  .actual(JsonValues.text(opcode))
                  .detail("opcode " + JsonValues.text(opcode) + " is not a websocket frame type")
                  .at(
                      at == null ? line : Origin.START.line(at),
                      at == null ? column : Origin.START.column(at)));
        }
      }
    }
  }

  /** What a frame's {@code opcode} says it is; absent means text (Chrome omits it). */
  enum Opcode {
    TEXT,
    BINARY,
    CONTROL,
    UNKNOWN;

    static Opcode of(JsonNode opcode) {
      if (opcode.isMissingNode()) {
        return TEXT;
      }
      if (!opcode.isIntegralNumber() || !opcode.canConvertToInt()) {
        return UNKNOWN;
      }
      return switch (opcode.asInt()) {
        case 1 -> TEXT;
        case 2 -> BINARY;
        case 8, 9, 10 -> CONTROL;
        default -> UNKNOWN;
      };
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
    return urlVersion(stringOrEmpty(url));
  }

  static String urlVersion(String url) {
    Matcher matcher = URL_VERSION.matcher(url);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static String stringOrEmpty(JsonNode node) {
    return node.isString() ? node.asString() : "";
  }
}
