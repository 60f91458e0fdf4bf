package dev.pushcheck.spark;

import dev.pushcheck.MessageResult;
import dev.pushcheck.Summary;
import java.io.Serializable;

/** What the second step gives: a message's final result, or the counts of its sources. */
final class Out implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The message's input, or the first input the counts cover, by its place in the run. */
  final int sourceIndex;

  final MessageData message;
  final Summary summary;

  private Out(int sourceIndex, MessageData message, Summary summary) {
    this.sourceIndex = sourceIndex;
    this.message = message;
    this.summary = summary;
  }

  static Out of(int sourceIndex, MessageResult result) {
    return new Out(sourceIndex, MessageData.of(result), null);
  }

  static Out of(int sourceIndex, Summary summary) {
    return new Out(sourceIndex, null, summary);
  }

  /** Input order: by input, then by the message's place in it. */
  long order() {
    return ((long) sourceIndex << 40) | message.index();
  }

  boolean isMessage() {
    return message != null;
  }

  boolean hasFindings() {
    return message != null && message.hasFindings();
  }
}
