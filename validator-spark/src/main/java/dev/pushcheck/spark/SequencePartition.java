package dev.pushcheck.spark;

import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Reporter;
import dev.pushcheck.RunSteps;
import dev.pushcheck.Summary;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * The second step, one task per range of sources: each source's steps in input order through one
 * {@link RunSteps.Sequence}, giving every message's final result, then the range's counts.
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

  /** Pulls steps only while no result is ready; the sequence holds back at most a few thousand. */
  private static final class Results implements Iterator<Out>, Reporter {
    private final Iterator<Tuple2<Step.Key, Step>> in;
    private final RunSteps.Sequence sequence;
    private final ArrayDeque<Out> ready = new ArrayDeque<>();
    private boolean finished;
    private int source = -1;
    private int first = Integer.MAX_VALUE;
    private boolean failed;
    private int lines;
    private long messages;
    private long bytes;

    Results(RunSteps steps, Iterator<Tuple2<Step.Key, Step>> in) {
      this.in = in;
      this.sequence = steps.sequence(this);
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !finished) {
        if (in.hasNext()) {
          Tuple2<Step.Key, Step> next = in.next();
          feed(next._1(), next._2());
        } else {
          finished = true;
          ready.add(Out.of(first, sequence.finish()));
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

    private void feed(Step.Key key, Step step) {
      if (key.sourceIndex() != source) {
        source = key.sourceIndex();
        first = Math.min(first, source);
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

    @Override
    public void message(MessageResult result) {
      ready.add(Out.of(source, result));
    }

    @Override
    public void inputError(InputError error) {
      // counted in the summary, which carries every input error
    }

    @Override
    public void finish(Summary summary) {}
  }
}
