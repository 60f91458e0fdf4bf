package dev.pushcheck.internal.input;

import dev.pushcheck.Finding;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One message as a reader found it, before it is classified and validated: where it is, then
 * exactly one content, its JSON text (parsed later, on a worker thread), the message already parsed
 * with locations, the reason it is not checked at all, or why it could not be read.
 *
 * <pre>{@code
 * RawMessage.in(source, index).at(line, 1).text(json, Origin.atLine(line))
 * }</pre>
 */
public final class RawMessage {
  /** Who sent a message on the websocket. */
  public enum Direction {
    UNKNOWN,
    SENT_BY_CLIENT,
    RECEIVED_BY_CLIENT
  }

  private final Place place;
  private final String text;
  private final JsonNode node;
  private final Origin origin;
  private final String skipReason;
  private final Finding readProblem;

  private RawMessage(
      Place place,
      String text,
      JsonNode node,
      Origin origin,
      String skipReason,
      Finding readProblem) {
    this.place = place;
    this.text = text;
    this.node = node;
    this.origin = origin;
    this.skipReason = skipReason;
    this.readProblem = readProblem;
  }

  /**
   * Starts a message of a source.
   *
   * @param source the input's display name (the path as given, or {@code <stdin>})
   * @param index 0-based position of the message in its source (HAR: counting every frame)
   */
  public static Place in(String source, long index) {
    return new Place(Objects.requireNonNull(source, "source == null"), index);
  }

  /** Where a message is; its content, given last, finishes the message. */
  public static final class Place {
    private final String source;
    private final long index;
    private int line;
    private int column;
    private String locator = "";
    private Direction direction = Direction.UNKNOWN;
    private String urlVersion = "";
    private String connection = "";

    private Place(String source, long index) {
      this.source = source;
      this.index = index;
    }

    /** 1-based line and column where the message starts in the source. */
    public Place at(int startLine, int startColumn) {
      line = startLine;
      column = startColumn;
      return this;
    }

    /** Where in a HAR capture the message is: {@code entry 3, frame 7}. */
    public Place locator(String value) {
      locator = Objects.requireNonNull(value);
      return this;
    }

    public Place direction(Direction value) {
      direction = Objects.requireNonNull(value);
      return this;
    }

    /** The API version named by the capture's websocket URL. */
    public Place urlVersion(String value) {
      urlVersion = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Which websocket connection of the source the message belongs to ({@code entry 3} of a HAR
     * capture); {@code ""}: the source is one connection.
     */
    public Place connection(String value) {
      connection = Objects.requireNonNull(value);
      return this;
    }

    /**
     * A message given as JSON text, parsed later.
     *
     * @param origin how positions inside the text map to positions in the source
     */
    public RawMessage text(String json, Origin origin) {
      return new RawMessage(
          this, Objects.requireNonNull(json), null, Objects.requireNonNull(origin), null, null);
    }

    /** A message already parsed by {@link JsonInput}, whose nodes know their source positions. */
    public RawMessage parsed(JsonNode message) {
      return new RawMessage(this, null, Objects.requireNonNull(message), Origin.START, null, null);
    }

    /**
     * A message already parsed, whose node positions count from {@code origin} (a parser started
     * part-way through its source).
     */
    public RawMessage parsed(JsonNode message, Origin origin) {
      return new RawMessage(
          this, null, Objects.requireNonNull(message), Objects.requireNonNull(origin), null, null);
    }

    /** A message not checked at all (a binary or control frame), and why. */
    public RawMessage skipped(String reason) {
      return new RawMessage(this, null, null, Origin.START, Objects.requireNonNull(reason), null);
    }

    /** A message that could not be read, with the finding that says why. */
    public RawMessage unreadable(Finding problem) {
      return new RawMessage(this, null, null, Origin.START, null, Objects.requireNonNull(problem));
    }
  }

  public String source() {
    return place.source;
  }

  public long index() {
    return place.index;
  }

  /** 1-based line where the message starts in the source, 0 when not applicable. */
  public int line() {
    return place.line;
  }

  /** 1-based column where the message starts, 0 when not applicable. */
  public int column() {
    return place.column;
  }

  /** Where in a HAR capture the message is, else {@code ""}. */
  public String locator() {
    return place.locator;
  }

  public Direction direction() {
    return place.direction;
  }

  /** The API version named by the capture's websocket URL, else {@code ""}. */
  public String urlVersion() {
    return place.urlVersion;
  }

  /** Which connection of the source the message belongs to, {@code ""} for the whole source. */
  public String connection() {
    return place.connection;
  }

  /** The message's JSON text, or null. */
  public String text() {
    return text;
  }

  /** The parsed message, or null. */
  public JsonNode node() {
    return node;
  }

  /** How positions inside {@link #text} or {@link #node} map to positions in the source. */
  public Origin origin() {
    return origin;
  }

  /** Why the message is not checked, or null. */
  public String skipReason() {
    return skipReason;
  }

  /** Why the message could not be read, or null. */
  public Finding readProblem() {
    return readProblem;
  }
}
