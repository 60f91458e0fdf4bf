package dev.pushcheck.spark;

import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import java.io.Serializable;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;

/**
 * What the second step gives: a message's final result (its table row, and the result itself when
 * it has findings, for the report), or the counts of one input.
 */
final class Out implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The input of the message or of the counts, by its place in the run. */
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

  /** A reporter handing each result to {@code out}, as an {@link Out} of input {@code source}. */
  static Reporter reporter(int source, Consumer<Out> out) {
    return new Reporter() {
      @Override
      public void message(MessageResult result) {
        out.accept(Out.of(source, result));
      }

      @Override
      public void inputError(InputError error) {
        // the summary carries every input error
      }

      @Override
      public void finish(Summary summary) {}
    };
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
