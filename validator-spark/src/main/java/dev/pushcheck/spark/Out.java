package dev.pushcheck.spark;

import dev.pushcheck.MessageResult;
import dev.pushcheck.Summary;
import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * What the second step gives: a message's final result (its table row, and the result itself when
 * it has findings, for the report), or the counts of the inputs a task sequenced.
 */
final class Out implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The message's input, or the first input the counts cover, by its place in the run. */
  final int sourceIndex;

  final long index;
  final Row row;
  final MessageData withFindings;
  final Summary summary;

  private Out(int sourceIndex, long index, Row row, MessageData withFindings, Summary summary) {
    this.sourceIndex = sourceIndex;
    this.index = index;
    this.row = row;
    this.withFindings = withFindings;
    this.summary = summary;
  }

  static Out of(int sourceIndex, MessageResult result) {
    return new Out(
        sourceIndex,
        result.index(),
        MessageData.toRow(result),
        result.findings().isEmpty() ? null : MessageData.of(result),
        null);
  }

  static Out of(int sourceIndex, Summary summary) {
    return new Out(sourceIndex, 0, null, null, summary);
  }

  boolean isMessage() {
    return row != null;
  }

  boolean hasFindings() {
    return withFindings != null;
  }

  /** Input order: by input, then by the message's place in it. */
  long order() {
    return ((long) sourceIndex << 40) | index;
  }
}
