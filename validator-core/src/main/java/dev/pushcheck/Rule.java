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
  /** The {@code action} is not a push of any bundled API version. */
  UNKNOWN_ACTION(Severity.ERROR, "unknown push action"),
  /** The {@code action} is a push of other API versions, not of the one in use. */
  ACTION_NOT_IN_VERSION(Severity.ERROR, "push of another API version"),
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
  UNDOCUMENTED_VALUE(Severity.WARNING, "undocumented value");

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
