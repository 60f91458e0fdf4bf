package dev.pushcheck;

/** What became of one message. Every message read ends in exactly one status. */
public enum Status {
  /** A push with no error finding (warnings allowed unless strict). */
  VALID,
  /** A message with at least one error finding. */
  INVALID,
  /** A message that could not be read: malformed JSON, a duplicate key, an undecodable frame. */
  UNREADABLE,
  /** A message that is not a push and is not checked (a request, a response, a binary frame). */
  SKIPPED;

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used in reports. */
  public String label() {
    return label;
  }
}
