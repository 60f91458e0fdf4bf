package dev.pushcheck;

import java.util.Locale;

/**
 * The kinds of message of the Agent Chat API that pushcheck checks: what the server pushes, what a
 * client requests, what the server responds, and the webhook bodies the Configuration API posts.
 */
public enum Kind {
  /** A server message not asked for by a request ({@code "type": "push"}). */
  PUSH,
  /** A client's request to an RTM method. */
  REQUEST,
  /** The server's response to a request ({@code "type": "response"}), a success or an error. */
  RESPONSE,
  /** A webhook body ({@code webhook_id}, {@code secret_key}, {@code action}, {@code payload}). */
  WEBHOOK;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** {@code push}, {@code request}, {@code response} or {@code webhook}, as reports write it. */
  public String label() {
    return label;
  }

  /**
   * The kinds these labels name, as the adapters take them ({@code --kinds}, {@code <kinds>}):
   * every kind when there is none, labels trimmed.
   *
   * @throws IllegalArgumentException naming the first label that names no kind
   */
  public static java.util.Set<Kind> setOf(java.util.Collection<String> labels) {
    if (labels == null || labels.isEmpty()) {
      return java.util.EnumSet.allOf(Kind.class);
    }
    java.util.Set<Kind> chosen = java.util.EnumSet.noneOf(Kind.class);
    for (String label : labels) {
      chosen.add(ofLabel(label.trim()));
    }
    return chosen;
  }

  /**
   * The kind a label names.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Kind ofLabel(String label) {
    for (Kind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + label + "'; kinds are push, request, response, webhook");
  }
}
