package dev.pushcheck;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The message does not conform: the message is invalid. */
  ERROR,
  /** The message conforms but uses something the protocol does not document. */
  WARNING;

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used in reports ({@code error}, {@code warning}). */
  public String label() {
    return label;
  }
}
