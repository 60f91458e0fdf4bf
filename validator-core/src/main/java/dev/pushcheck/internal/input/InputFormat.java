package dev.pushcheck.internal.input;

import java.util.Locale;
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
   * The format of an input from its first bytes ({@code length < PEEK_BYTES}: the whole input).
   * Reading never drops a message whichever format is picked; the choice only decides how a
   * malformed message is cut from the ones around it:
   *
   * <ul>
   *   <li>an array is a JSON document; an object whose first member is {@code log} is a HAR;
   *   <li>an object whose first line stops inside it, after an opening bracket, comma or colon, is
   *       pretty-printed: a JSON document;
   *   <li>objects that follow each other on the first line are concatenated JSON: a JSON document;
   *   <li>anything else on more than one line is JSON Lines, one message a line, malformed lines
   *       included (a first line cut short, a line longer than the head, a line of junk).
   * </ul>
   */
  static InputFormat byContent(byte[] head, int length) {
    boolean whole = length < InputOpener.PEEK_BYTES;
    int first = skipWhitespace(head, skipByteOrderMark(head, length), length);
    if (first == length || head[first] == '[') {
      return JSON_DOCUMENT;
    }
    if (head[first] == '{' && startsWithLogMember(head, first, length)) {
      return HAR;
    }
    int newline = indexOf(head, (byte) '\n', first, length);
    if (newline < 0) {
      // One line: in a JSON Lines reader it could only be one message (or one malformed line).
      return whole && head[first] == '{' ? JSON_DOCUMENT : JSON_LINES;
    }
    boolean moreLines = skipWhitespace(head, newline, length) < length;
    if (head[first] != '{') {
      return moreLines ? JSON_LINES : JSON_DOCUMENT;
    }
    FirstLine line = FirstLine.scan(head, first, newline);
    if (line == FirstLine.OPEN_AFTER_PUNCTUATION || line == FirstLine.SEVERAL_VALUES) {
      return JSON_DOCUMENT;
    }
    return moreLines ? JSON_LINES : JSON_DOCUMENT;
  }

  /** How an input's first line, starting with an object, ends. */
  private enum FirstLine {
    ONE_VALUE,
    SEVERAL_VALUES,
    JUNK_AFTER_VALUE,
    OPEN_AFTER_PUNCTUATION,
    OPEN_ELSEWHERE;

    static FirstLine scan(byte[] head, int from, int to) {
      int depth = 0;
      boolean inString = false;
      boolean escaped = false;
      for (int i = from; i < to; i++) {
        byte b = head[i];
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          depth--;
          if (depth <= 0) {
            int rest = skipWhitespace(head, i + 1, to);
            if (rest == to) {
              return ONE_VALUE;
            }
            return head[rest] == '{' ? SEVERAL_VALUES : JUNK_AFTER_VALUE;
          }
        }
      }
      if (inString) {
        return OPEN_ELSEWHERE;
      }
      int last = to - 1;
      while (last > from && isWhitespace(head[last])) {
        last--;
      }
      byte end = head[last];
      return end == '{' || end == '[' || end == ',' || end == ':'
          ? OPEN_AFTER_PUNCTUATION
          : OPEN_ELSEWHERE;
    }
  }

  private static int skipByteOrderMark(byte[] head, int length) {
    return length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
        ? 3
        : 0;
  }

  private static int skipWhitespace(byte[] head, int from, int length) {
    int i = from;
    while (i < length && isWhitespace(head[i])) {
      i++;
    }
    return i;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
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
    } catch (RuntimeException e) {
      return false; // the reader reports what is wrong
    } catch (Exception e) {
      return false; // the parser throws charset failures (UTF-32 guesses) undeclared
    }
  }
}
