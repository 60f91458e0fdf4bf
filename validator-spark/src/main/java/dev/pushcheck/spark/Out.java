package dev.pushcheck.spark;

import dev.pushcheck.MessageResult;
import dev.pushcheck.Summary;
import java.io.Serializable;

/** What the second step gives: a message's final result, or the counts of its sources. */
final class Out implements Serializable {
  private static final long serialVersionUID = 1L;

  final MessageData message;
  final Summary summary;

  private Out(MessageData message, Summary summary) {
    this.message = message;
    this.summary = summary;
  }

  static Out of(MessageResult result) {
    return new Out(MessageData.of(result), null);
  }

  static Out of(Summary summary) {
    return new Out(null, summary);
  }

  boolean isMessage() {
    return message != null;
  }

  boolean hasFindings() {
    return message != null && message.hasFindings();
  }
}
