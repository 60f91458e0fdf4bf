package dev.pushcheck;

import java.util.Locale;

/**
 * How a message is checked against its schemas. Both engines give the same verdicts and the same
 * findings (a differential test in the build holds them to it); they differ in speed only.
 */
public enum Engine {
  /**
   * The default: pushcheck's schemas compiled to Java checks decide whether a message passes;
   * networknt, the reference, reports the findings of the few that do not.
   */
  COMPILED,
  /** networknt alone, on every message: to cross-check a surprising result. */
  REFERENCE;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** {@code compiled} or {@code reference}, as the adapters take it. */
  public String label() {
    return label;
  }

  /**
   * The engine a label names.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Engine ofLabel(String label) {
    for (Engine engine : values()) {
      if (engine.label().equals(label)) {
        return engine;
      }
    }
    throw new IllegalArgumentException(
        "unknown engine '" + label + "'; engines are compiled, reference");
  }
}
