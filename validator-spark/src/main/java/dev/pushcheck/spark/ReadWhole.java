package dev.pushcheck.spark;

import dev.pushcheck.InputError;
import dev.pushcheck.RunSteps;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Both steps in one task, for an input read whole (HAR, JSON, compressed, small JSON Lines): read
 * it, check each message, sequence them; nothing is shuffled.
 */
final class ReadWhole implements FlatMapFunction<InputPart, Out> {
  private static final long serialVersionUID = 1L;

  private final JobOptions options;
  private final Broadcast<Map<String, String>> hadoopConf;

  ReadWhole(JobOptions options, Broadcast<Map<String, String>> hadoopConf) {
    this.options = options;
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Out> call(InputPart part) {
    RunSteps steps = Shared.steps(options);
    return Produced.inTask("pushcheck-read " + part.source(), out -> read(steps, part, out));
  }

  private void read(RunSteps steps, InputPart part, Consumer<Out> out) {
    int index = part.sourceIndex();
    RunSteps.Sequence sequence = steps.sequence(Out.reporter(index, out));
    if (!part.problem().isEmpty()) {
      sequence.inputError(new InputError(part.source(), 0, part.problem()));
    } else {
      Path path = new Path(part.path());
      RunSteps.PartEnd end;
      try {
        FileSystem fs = path.getFileSystem(Shared.configuration(hadoopConf.value()));
        end = steps.read(part.source(), () -> fs.open(path), sequence::accept);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (end.error().isPresent()) {
        sequence.inputError(end.error().get());
      } else {
        sequence.inputEnded(part.source(), end.messages(), end.bytes());
      }
    }
    out.accept(Out.of(index, sequence.finish()));
  }
}
