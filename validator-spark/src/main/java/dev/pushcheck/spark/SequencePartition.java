package dev.pushcheck.spark;

import dev.pushcheck.InputError;
import dev.pushcheck.RunSteps;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * The second step, one task per range of sources: each source's steps in input order through one
 * {@link RunSteps.Sequence}, giving every message's final result, then the source's counts.
 */
final class SequencePartition implements FlatMapFunction<Iterator<Tuple2<Step.Key, Step>>, Out> {
  private static final long serialVersionUID = 1L;

  private final JobOptions options;

  SequencePartition(JobOptions options) {
    this.options = options;
  }

  @Override
  public Iterator<Out> call(Iterator<Tuple2<Step.Key, Step>> steps) {
    return new Results(Shared.steps(options), steps);
  }

  /**
   * Pulls steps only while no result is ready. Each source gets a sequence of its own, so that
   * every result and every count carries the index of its source (counts merge in input order).
   */
  private static final class Results implements Iterator<Out> {
    private final RunSteps steps;
    private final Iterator<Tuple2<Step.Key, Step>> in;
    private final ArrayDeque<Out> ready = new ArrayDeque<>();
    private RunSteps.Sequence sequence;
    private int source = -1;
    private boolean failed;
    private int lines;
    private long messages;
    private long bytes;

    Results(RunSteps steps, Iterator<Tuple2<Step.Key, Step>> in) {
      this.steps = steps;
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && (in.hasNext() || sequence != null)) {
        if (in.hasNext()) {
          Tuple2<Step.Key, Step> next = in.next();
          feed(next._1(), next._2());
        } else {
          endSource();
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Out next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void endSource() {
      ready.add(Out.of(source, sequence.finish()));
      sequence = null;
    }

    private void feed(Step.Key key, Step step) {
      if (key.sourceIndex() != source) {
        if (sequence != null) {
          endSource();
        }
        source = key.sourceIndex();
        sequence = steps.sequence(Out.reporter(source, ready::add));
        failed = false;
        lines = 0;
        messages = 0;
        bytes = 0;
      }
      if (failed) {
        return; // Check.run stops reading an input at its first error
      }
      if (step.isMessage()) {
        sequence.accept(step.checked(), lines, messages);
        return;
      }
      if (step.error != null) {
        InputError e = step.error;
        failed = true;
        sequence.inputError(
            e.line() > 0 ? new InputError(e.source(), e.line() + lines, e.message()) : e);
        return;
      }
      lines += (int) step.lineBreaks;
      messages += step.messages;
      bytes += step.bytes;
      if (step.lastPart) {
        sequence.inputEnded(step.source, messages, bytes);
      }
    }
  }
}
