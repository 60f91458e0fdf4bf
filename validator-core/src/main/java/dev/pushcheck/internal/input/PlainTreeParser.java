package dev.pushcheck.internal.input;

import com.networknt.schema.serialization.node.TokenStreamLocationAwareArrayNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareBooleanNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareDecimalNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareDoubleNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareIntNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareLongNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareNullNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareObjectNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAwareStringNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses the text of a message straight to the nodes Jackson's reads give, without locations or
 * with them (the nodes {@link ExactNumbers} makes, each knowing its line, column and offset), for
 * plain JSON only. It declines (null) everything else: any text Jackson rejects, and what it leaves
 * to Jackson although Jackson reads it (numbers of more than 18 digits, escaped member names,
 * nesting deeper than {@value #MAX_DEPTH}, very long names, numbers and texts). So it is never
 * wrong, only sometimes not the one that reads.
 *
 * <p>Why: building the tree was half of a validation worker's time on large pushes, most of it in
 * the token loop between Jackson's parser and the tree (a virtual call, a token and a copy of each
 * string per value) and in growing each object's map. Here the scan of a value makes its node,
 * strings are cut from the text, member names are shared by a table of the thread's, and an
 * object's map is made at its size once its members are read.
 *
 * <p>Messages with findings are read again with locations: by this parser too, so that Jackson's
 * parser and tree reader are not made hot, and compiled by the JIT, by a run's few such messages.
 *
 * <p>One parser per thread ({@link #parseOrNull}); not thread-safe itself.
 */
final class PlainTreeParser {
  static final int MAX_DEPTH = 255;

  /** Longer texts are left to Jackson, which reads them in chunks, not copied whole. */
  private static final int MAX_TEXT = 1 << 20;

  private static final int MAX_NAME = 1000;
  private static final int MAX_NUMBER = 100;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ThreadLocal<PlainTreeParser> OF_THREAD =
      ThreadLocal.withInitial(PlainTreeParser::new);

  private final MemberNames names = new MemberNames();
  private char[] chars = new char[8192];
  private String text;
  private int end;
  private int pos;

  /** Whether nodes get their location; the line of {@link #pos} and where that line starts. */
  private boolean located;

  private int line;
  private int lineStart;

  /** The open containers' values (and members' names), a container's from its frame's start. */
  private JsonNode[] values = new JsonNode[64];

  private String[] valueNames = new String[64];
  private int top;
  private final int[] frameStart = new int[MAX_DEPTH + 1];
  private final boolean[] frameIsObject = new boolean[MAX_DEPTH + 1];
  private final TokenStreamLocation[] frameLocation = new TokenStreamLocation[MAX_DEPTH + 1];

  /** The name of the member being read, by depth of its object. */
  private final String[] memberName = new String[MAX_DEPTH + 1];

  private PlainTreeParser() {}

  /** The tree of the text, or null when this parser declines it (see the class comment). */
  static JsonNode parseOrNull(String text) {
    return OF_THREAD.get().parse(text, false);
  }

  /**
   * The tree of the text, every node knowing where it starts as Jackson's {@link
   * tools.jackson.core.JsonParser#currentTokenLocation()} gives it, or null when this parser
   * declines the text.
   */
  static JsonNode parseLocatedOrNull(String text) {
    return OF_THREAD.get().parse(text, true);
  }

  private JsonNode parse(String text, boolean located) {
    if (text.length() > MAX_TEXT) {
      return null;
    }
    this.located = located;
    line = 1;
    lineStart = 0;
    this.text = text;
    end = text.length();
    if (chars.length < end) {
      chars = new char[Math.min(Math.max(end, chars.length * 2), MAX_TEXT)];
    }
    text.getChars(0, end, chars, 0);
    pos = 0;
    top = 0;
    try {
      JsonNode value = parseValue();
      return value != null && nextNonSpace() < 0 ? value : null;
    } finally {
      Arrays.fill(values, 0, top, null);
      if (located) {
        Arrays.fill(frameLocation, null);
      }
      this.text = null;
    }
  }

  /** The value at the next character; open containers are kept on the frame stack. */
  private JsonNode parseValue() {
    int depth = 0;
    int c = nextNonSpace();
    while (true) {
      JsonNode value;
      switch (c) {
        case '{' -> {
          TokenStreamLocation at = located ? location(pos - 1) : null;
          c = nextNonSpace();
          if (c == '}') {
            value =
                located ? new TokenStreamLocationAwareObjectNode(NODES, at) : new ObjectNode(NODES);
            break;
          }
          if (depth == MAX_DEPTH || c != '"') {
            return null;
          }
          frameStart[++depth] = top;
          frameIsObject[depth] = true;
          frameLocation[depth] = at;
          if (!openMember(depth)) {
            return null;
          }
          c = nextNonSpace();
          continue;
        }
        case '[' -> {
          TokenStreamLocation at = located ? location(pos - 1) : null;
          c = nextNonSpace();
          if (c == ']') {
            value =
                located
                    ? new TokenStreamLocationAwareArrayNode(NODES, 0, at)
                    : new ArrayNode(NODES);
            break;
          }
          if (depth == MAX_DEPTH) {
            return null;
          }
          frameStart[++depth] = top;
          frameIsObject[depth] = false;
          frameLocation[depth] = at;
          continue;
        }
        case '"' -> value = string();
        case 't' -> value = literal("true") ? booleanNode(true, pos - 4) : null;
        case 'f' -> value = literal("false") ? booleanNode(false, pos - 5) : null;
        case 'n' -> {
          if (!literal("null")) {
            return null;
          }
          value =
              located ? new TokenStreamLocationAwareNullNode(location(pos - 4)) : NODES.nullNode();
        }
        default -> value = c == '-' || (c >= '0' && c <= '9') ? number(c) : null;
      }
      // The value is whole: it goes into its container, and each container it closes into its own.
      while (true) {
        if (value == null) {
          return null;
        }
        if (depth == 0) {
          return value;
        }
        boolean object = frameIsObject[depth];
        push(object ? memberName[depth] : null, value);
        c = nextNonSpace();
        if (c == ',') {
          c = nextNonSpace();
          if (object && (c != '"' || !openMember(depth))) {
            return null;
          }
          if (object) {
            c = nextNonSpace();
          }
          break;
        }
        if (c != (object ? '}' : ']')) {
          return null;
        }
        value =
            object
                ? closeObject(frameStart[depth], frameLocation[depth])
                : closeArray(frameStart[depth], frameLocation[depth]);
        frameLocation[depth--] = null;
      }
    }
  }

  /** Reads the name of a member of the object at {@code depth} (its quote read), and the colon. */
  private boolean openMember(int depth) {
    String name = name();
    memberName[depth] = name;
    return name != null && nextNonSpace() == ':';
  }

  private void push(String name, JsonNode value) {
    if (top == values.length) {
      grow();
    }
    valueNames[top] = name;
    values[top++] = value;
  }

  private void grow() {
    values = Arrays.copyOf(values, values.length * 2);
    valueNames = Arrays.copyOf(valueNames, values.length);
  }

  /** The object of the members from {@code start}, or null for a repeated name. */
  private ObjectNode closeObject(int start, TokenStreamLocation at) {
    int count = top - start;
    Map<String, JsonNode> members = new LinkedHashMap<>(count + (count + 2) / 3);
    for (int i = start; i < top; i++) {
      if (members.put(valueNames[i], values[i]) != null) {
        return null;
      }
      values[i] = null;
    }
    top = start;
    return located
        ? new TokenStreamLocationAwareObjectNode(NODES, members, at)
        : new ObjectNode(NODES, members);
  }

  private ArrayNode closeArray(int start, TokenStreamLocation at) {
    ArrayList<JsonNode> items = new ArrayList<>(top - start);
    for (int i = start; i < top; i++) {
      items.add(values[i]);
      values[i] = null;
    }
    top = start;
    return located
        ? new TokenStreamLocationAwareArrayNode(NODES, items, at)
        : new ArrayNode(NODES, items);
  }

  /** Where the character at {@code at} is, as Jackson gives a token's location. */
  private TokenStreamLocation location(int at) {
    return new TokenStreamLocation(ContentReference.redacted(), -1L, at, line, at - lineStart + 1);
  }

  private JsonNode booleanNode(boolean value, int at) {
    return located
        ? new TokenStreamLocationAwareBooleanNode(value, location(at))
        : NODES.booleanNode(value);
  }

  private JsonNode stringNode(String value, int at) {
    return located
        ? new TokenStreamLocationAwareStringNode(value, location(at))
        : NODES.stringNode(value);
  }

  /** The next character that is not JSON white space, consumed; -1 at the end. */
  private int nextNonSpace() {
    char[] chars = this.chars;
    while (pos < end) {
      char c = chars[pos++];
      if (c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t')) {
        return c;
      }
      if (c == '\n' || c == '\r') {
        // As Jackson counts lines: a CR, an LF, or a CR and an LF, is one line break.
        if (c == '\r' && pos < end && chars[pos] == '\n') {
          pos++;
        }
        line++;
        lineStart = pos;
      }
    }
    return -1;
  }

  /** A member name (its opening quote read), shared through the thread's table; null if escaped. */
  private String name() {
    char[] chars = this.chars;
    int start = pos;
    int hash = 0;
    for (int i = start; i < end && i - start <= MAX_NAME; i++) {
      char c = chars[i];
      if (c == '"') {
        pos = i + 1;
        return names.of(text, chars, start, i - start, hash);
      }
      if (c == '\\' || c < ' ') {
        return null;
      }
      hash = 31 * hash + c;
    }
    return null;
  }

  /** A string value (its opening quote read). */
  private JsonNode string() {
    char[] chars = this.chars;
    int start = pos;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c == '"') {
        pos = i + 1;
        return stringNode(text.substring(start, i), start - 1);
      }
      if (c == '\\') {
        return escapedString(start, i);
      }
      if (c < ' ') {
        return null;
      }
    }
    return null;
  }

  /** A string value with escapes, {@code escape} the index of the first backslash. */
  private JsonNode escapedString(int start, int escape) {
    char[] chars = this.chars;
    StringBuilder value =
        new StringBuilder(escape - start + 16).append(chars, start, escape - start);
    int i = escape;
    while (i < end) {
      char c = chars[i++];
      if (c == '"') {
        pos = i;
        return stringNode(value.toString(), start - 1);
      }
      if (c < ' ' || i == end) {
        return null;
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = chars[i++];
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          int code = end - i < 4 ? -1 : hex4(i);
          if (code < 0) {
            return null;
          }
          value.append((char) code);
          i += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private int hex4(int at) {
    int code = 0;
    for (int i = at; i < at + 4; i++) {
      char c = chars[i];
      int digit =
          c >= '0' && c <= '9'
              ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        return -1;
      }
      code = code << 4 | digit;
    }
    return code;
  }

  /** A literal whose first character was read. */
  private boolean literal(String word) {
    int last = pos - 1 + word.length();
    if (last > end) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (chars[pos - 1 + i] != word.charAt(i)) {
        return false;
      }
    }
    pos = last;
    return true;
  }

  /**
   * A number as JSON writes it (its first character {@code first} read), as the node Jackson makes
   * of it; null for anything else, and for integers of more than 18 digits.
   */
  private JsonNode number(int first) {
    char[] chars = this.chars;
    int start = pos - 1;
    int i = first == '-' ? pos : start;
    int digitsStart = i;
    long whole = 0;
    if (i < end && chars[i] == '0') {
      i++;
    } else {
      while (i < end && chars[i] >= '0' && chars[i] <= '9') {
        whole = whole * 10 + (chars[i++] - '0');
        if (i - digitsStart > 18) {
          return null;
        }
      }
    }
    if (i == digitsStart) {
      return null;
    }
    boolean fraction = false;
    if (i < end && chars[i] == '.') {
      fraction = true;
      int digits = ++i;
      while (i < end && chars[i] >= '0' && chars[i] <= '9') {
        i++;
      }
      if (i == digits) {
        return null;
      }
    }
    if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
      fraction = true;
      if (++i < end && (chars[i] == '+' || chars[i] == '-')) {
        i++;
      }
      int digits = i;
      while (i < end && chars[i] >= '0' && chars[i] <= '9') {
        i++;
      }
      if (i == digits) {
        return null;
      }
    }
    pos = i;
    if (i - start > MAX_NUMBER) {
      return null;
    }
    TokenStreamLocation at = located ? location(start) : null;
    if (fraction) {
      String written = text.substring(start, i);
      double number = Double.parseDouble(written);
      BigDecimal exact = ExactNumbers.wholeFractionOrNull(number, written);
      if (exact != null) {
        return located
            ? new TokenStreamLocationAwareDecimalNode(exact, at)
            : NODES.numberNode(exact);
      }
      return located
          ? new TokenStreamLocationAwareDoubleNode(number, at)
          : NODES.numberNode(number);
    }
    long value = first == '-' ? -whole : whole;
    if (value != (int) value) {
      return located ? new TokenStreamLocationAwareLongNode(value, at) : NODES.numberNode(value);
    }
    return located
        ? new TokenStreamLocationAwareIntNode((int) value, at)
        : NODES.numberNode((int) value);
  }

  /**
   * The thread's member names, each made once: a name found again is the same string (and hash
   * code) as before. At most {@value #MAX_NAMES} are kept, so that names that are data (ids used as
   * keys) cannot grow the table without end; others are made for each use.
   */
  private static final class MemberNames {
    private static final int MAX_NAMES = 4096;
    private String[] table = new String[1024];
    private int[] hashes = new int[1024];

    /** Each name's characters, compared with a text's at once ({@link Arrays#equals}). */
    private char[][] spellings = new char[1024][];

    private int size;

    String of(String text, char[] chars, int start, int length, int hash) {
      int mask = table.length - 1;
      int slot = (hash ^ hash >>> 16) & mask;
      for (String name; (name = table[slot]) != null; slot = (slot + 1) & mask) {
        char[] spelling = spellings[slot];
        if (hashes[slot] == hash
            && spelling.length == length
            && Arrays.equals(spelling, 0, length, chars, start, start + length)) {
          return name;
        }
      }
      String name = text.substring(start, start + length);
      if (size < MAX_NAMES) {
        table[slot] = name;
        hashes[slot] = hash;
        spellings[slot] = name.toCharArray();
        if (++size * 2 > table.length) {
          rehash();
        }
      }
      return name;
    }

    private void rehash() {
      String[] oldTable = table;
      int[] oldHashes = hashes;
      char[][] oldSpellings = spellings;
      table = new String[oldTable.length * 2];
      hashes = new int[table.length];
      spellings = new char[table.length][];
      int mask = table.length - 1;
      for (int i = 0; i < oldTable.length; i++) {
        if (oldTable[i] != null) {
          int slot = (oldHashes[i] ^ oldHashes[i] >>> 16) & mask;
          while (table[slot] != null) {
            slot = (slot + 1) & mask;
          }
          table[slot] = oldTable[i];
          hashes[slot] = oldHashes[i];
          spellings[slot] = oldSpellings[i];
        }
      }
    }
  }
}
