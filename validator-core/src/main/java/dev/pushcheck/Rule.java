package dev.pushcheck;

/**
 * The stable identifiers of everything pushcheck reports. Users filter and re-level findings by
 * these ids; an id never changes meaning once released. Each rule has one short description; a
 * finding's message is that description plus the finding's own detail.
 */
public enum Rule {
  /** The message is not well-formed JSON (syntax error, truncated input, a parser limit). */
  MALFORMED_JSON(Severity.ERROR, "malformed JSON"),
  /** An object has the same key twice; JSON parsers disagree on which one wins. */
  DUPLICATE_KEY(Severity.ERROR, "duplicate key"),
  /**
   * A websocket frame in a HAR capture whose {@code opcode} is not 1 (text), 2 (binary), 8, 9 or 10
   * (control): a string, a fraction, {@code null}, a reserved number. The frame is unreadable.
   */
  UNKNOWN_OPCODE(Severity.ERROR, "unknown websocket opcode"),
  /** The message is not a JSON object. */
  NOT_AN_OBJECT(Severity.ERROR, "not a JSON object"),
  /** The message is not a push: its {@code type} is missing or is not {@code push}. */
  NOT_A_PUSH(Severity.ERROR, "not a push"),
  /** The {@code action} is not an action of its kind of message in any bundled API version. */
  UNKNOWN_ACTION(Severity.ERROR, "unknown action"),
  /** The {@code action} belongs to other API versions, not to the one in use. */
  ACTION_NOT_IN_VERSION(Severity.ERROR, "action of another API version"),
  /**
   * The {@code action} belongs only to another kind of message: a webhook-only action sent as a
   * push, a push sent as a request, ...
   */
  WRONG_KIND(Severity.ERROR, "action of another kind of message"),
  /**
   * A push that the documentation no longer lists for this version, although servers of the version
   * sent it (e.g. {@code customer_unfollowed} in 3.4 to 3.7).
   */
  DELISTED_ACTION(Severity.WARNING, "push no longer documented"),
  /**
   * A push of API 3.3 or later without the {@code version} field that the push format shows on
   * every push from 3.3 (hand-written fixtures often leave it out).
   */
  MISSING_VERSION(Severity.WARNING, "missing version field"),
  /** The push's {@code version} field names an API version pushcheck does not bundle. */
  UNKNOWN_API_VERSION(Severity.ERROR, "unknown API version"),
  /** A required field is absent. */
  REQUIRED(Severity.ERROR, "missing required field"),
  /** A value has the wrong JSON type. */
  TYPE(Severity.ERROR, "wrong type"),
  /** A value is outside a closed list of allowed values. */
  ENUM(Severity.ERROR, "value not allowed"),
  /** A value differs from the only allowed value. */
  CONST(Severity.ERROR, "value not allowed"),
  /** A value breaks another schema constraint (size, pattern, range, combination). */
  CONSTRAINT(Severity.ERROR, "constraint violated"),
  /** A field that the protocol does not describe at this place. */
  UNDOCUMENTED_FIELD(Severity.WARNING, "undocumented field"),
  /** A value outside a documented but open list of values. */
  UNDOCUMENTED_VALUE(Severity.WARNING, "undocumented value"),

  // Checks across the messages of one connection (a HAR websocket entry, else one input). Sources:
  // livechat/livechat-public-docs @ 628955e80245804c2cf8cccb6f15898ba49002f9, the Agent Chat API
  // pages src/pages/messaging/agent-chat-api/{,v3.X/}rtm-reference/index.mdx (RTM) and
  // .../rtm-pushes/index.mdx (PUSHES).

  /**
   * A response whose {@code request_id} no earlier request of the connection had. Source: RTM,
   * "GENERAL RTM API RESPONSE FORMAT": a response carries the {@code request_id} of the request it
   * answers. Not checked before the first request of a connection that is not a whole HAR
   * connection (a log of received messages only).
   */
  RESPONSE_WITHOUT_REQUEST(Severity.ERROR, "response to no request"),
  /**
   * A response whose {@code action} differs from its request's. Source: RTM, "GENERAL RTM API
   * REQUEST FORMAT" and "GENERAL RTM API RESPONSE FORMAT": the response repeats the request's
   * {@code action}; each method's response sample shows it.
   */
  RESPONSE_ACTION_MISMATCH(Severity.ERROR, "response action differs from its request's"),
  /**
   * A request whose {@code request_id} a request still waiting for its response has. Source: RTM,
   * "GENERAL RTM API RESPONSE FORMAT": a response names its request only by {@code request_id}, so
   * two pending requests with one id cannot tell their responses apart (the docs do not say so in
   * words).
   */
  DUPLICATE_REQUEST_ID(Severity.ERROR, "request_id already pending"),
  /**
   * A second response to one request. Source: RTM, "GENERAL RTM API RESPONSE FORMAT": one response
   * per request.
   */
  DUPLICATE_RESPONSE(Severity.ERROR, "second response to one request"),
  /**
   * A request with a {@code request_id} that no response answered by the end of the connection; not
   * reported when the input ended early. Source: RTM, "GENERAL RTM API RESPONSE FORMAT" and "Server
   * pinging" ("After pinging the server, the client will receive a response").
   */
  UNANSWERED_REQUEST(Severity.WARNING, "request never answered"),
  /**
   * A push whose {@code request_id} no earlier request of the connection had. Source: PUSHES,
   * "general push format": {@code "request_id": "<request_id>", // optional, applies only to the
   * requester}. Not checked before the first request of a connection that is not a whole HAR
   * connection (push fixtures, a log of received messages only).
   */
  PUSH_REQUEST_ID_UNKNOWN(Severity.WARNING, "push request_id of no request"),
  /**
   * The first request of a connection, {@code ping} aside, is not {@code login}. Source: RTM,
   * "Authorization": "You need to authorize within 30 seconds from establishing the connection.
   * Otherwise, the connection will be closed"; "Server pinging": "Until authorization is completed,
   * ping is a no-op".
   */
  FIRST_REQUEST_NOT_LOGIN(Severity.ERROR, "first request is not login"),
  /**
   * A request whose {@code version} is lower than the version of the connection's websocket URL.
   * Source: RTM 3.3 to 3.7, "GENERAL RTM API REQUEST FORMAT": {@code "version": "<api_version>", //
   * optional, defaults to the version of the RTM connection; versions lower than the version of the
   * RTM connection are prohibited}. Pushes are not checked: {@code login} may subscribe to pushes
   * of other versions.
   */
  VERSION_BELOW_CONNECTION(Severity.ERROR, "version below the connection's");

  private final Severity defaultSeverity;
  private final String description;

  Rule(Severity defaultSeverity, String description) {
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /** The severity of this rule outside strict mode. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The short description every message of this rule starts with. */
  public String description() {
    return description;
  }
}
