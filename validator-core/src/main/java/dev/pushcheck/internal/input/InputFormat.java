package dev.pushcheck.internal.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The layouts of message inputs, told apart by file name or, failing that, by content. */
public enum InputFormat {
  JSON_LINES,
  JSON_DOCUMENT,
  HAR;

  MessageReader reader() {
    return switch (this) {
      case JSON_LINES -> new JsonLinesReader();
      case JSON_DOCUMENT -> new JsonDocumentReader();
      case HAR -> new HarReader();
    };
  }

  /** The format a file name (without any {@code .gz}) announces, or null if it does not. */
  static InputFormat byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".har") || lower.endsWith(".zhar")) {
      return HAR;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return null;
  }

  /**
   * The format of an input from its first bytes: an array is a JSON document; an object whose first
   * member is {@code log} is a HAR capture; an object alone on its first line with more content
   * after it is JSON Lines; anything else is read as a JSON document, which reports it.
   */
  static InputFormat byContent(byte[] head, int length) {
    int first = skipWhitespace(head, skipByteOrderMark(head, length), length);
    if (first == length || head[first] != '{') {
      return JSON_DOCUMENT;
    }
    if (startsWithLogMember(head, first, length)) {
      return HAR;
    }
    int newline = indexOf(head, (byte) '\n', first, length);
    if (newline < 0) {
      return JSON_DOCUMENT;
    }
    boolean moreContent = skipWhitespace(head, newline, length) < length;
    return moreContent && isOneJsonValue(head, first, newline) ? JSON_LINES : JSON_DOCUMENT;
  }

  private static int skipByteOrderMark(byte[] head, int length) {
    return length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
        ? 3
        : 0;
  }

  private static int skipWhitespace(byte[] head, int from, int length) {
    int i = from;
    while (i < length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static int indexOf(byte[] head, byte wanted, int from, int length) {
    for (int i = from; i < length; i++) {
      if (head[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWithLogMember(byte[] head, int from, int length) {
    try (JsonParser parser = JsonInput.MAPPER.createParser(head, from, length - from)) {
      return parser.nextToken() == JsonToken.START_OBJECT
          && parser.nextToken() == JsonToken.PROPERTY_NAME
          && parser.currentName().equals("log");
    } catch (JacksonException e) {
      return false;
    }
  }

  private static boolean isOneJsonValue(byte[] head, int from, int to) {
    try {
      JsonInput.readValue(new String(head, from, to - from, StandardCharsets.UTF_8));
      return true;
    } catch (JacksonException e) {
      return false;
    }
  }
}
