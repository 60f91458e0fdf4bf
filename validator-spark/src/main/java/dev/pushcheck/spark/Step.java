package dev.pushcheck.spark;

import dev.pushcheck.InputError;
import dev.pushcheck.RunSteps;
import java.io.Serializable;

/**
 * What the first step sends to the second: a checked message, or how a part ended. Sorted by {@link
 * Key}, a source's steps come in input order, each part's end after its messages.
 */
final class Step implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The order of steps: input, then part, then message (a part's end last). */
  record Key(int sourceIndex, int part, long ordinal) implements Serializable, Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int c = Integer.compare(sourceIndex, other.sourceIndex);
      if (c == 0) {
        c = Integer.compare(part, other.part);
      }
      return c != 0 ? c : Long.compare(ordinal, other.ordinal);
    }
  }

  final String source;
  final boolean lastPart;
  // a message
  final MessageData message;
  final String connection;
  final boolean wholeConnection;
  final String urlVersion;
  final String requestId;
  final String version;
  // a part's end
  final long lineBreaks;
  final long bytes;
  final long messages;
  final InputError error;

  private Step(
      String source,
      boolean lastPart,
      MessageData message,
      RunSteps.MessageFacts facts,
      RunSteps.PartEnd end,
      InputError error) {
    this.source = source;
    this.lastPart = lastPart;
    this.message = message;
    this.connection = facts == null ? "" : facts.connection();
    this.wholeConnection = facts != null && facts.wholeConnection();
    this.urlVersion = facts == null ? "" : facts.urlVersion();
    this.requestId = facts == null ? "" : facts.requestId();
    this.version = facts == null ? "" : facts.version();
    this.lineBreaks = end == null ? 0 : end.lineBreaks();
    this.bytes = end == null ? 0 : end.bytes();
    this.messages = end == null ? 0 : end.messages();
    this.error = error;
  }

  static Step message(InputPart part, RunSteps.Checked checked) {
    return new Step(
        part.source(),
        part.lastPart(),
        MessageData.of(checked.result()),
        checked.facts(),
        null,
        null);
  }

  static Step end(InputPart part, RunSteps.PartEnd end) {
    return new Step(part.source(), part.lastPart(), null, null, end, end.error().orElse(null));
  }

  boolean isMessage() {
    return message != null;
  }

  RunSteps.Checked checked() {
    return new RunSteps.Checked(
        message.toResult(),
        new RunSteps.MessageFacts(connection, wholeConnection, urlVersion, requestId, version));
  }
}
