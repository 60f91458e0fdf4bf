package dev.pushcheck.spark;

import dev.pushcheck.RunSteps;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * The first step for an input read in parts, one task per part: read it and check each of its
 * messages on its own.
 */
final class ReadPart implements PairFlatMapFunction<InputPart, Step.Key, Step> {
  private static final long serialVersionUID = 1L;

  /** Batches of steps waiting to be taken by the task, at most: they bound its memory. */
  private static final int BUFFERED = 4;

  private final JobOptions options;
  private final Broadcast<Map<String, String>> hadoopConf;

  ReadPart(JobOptions options, Broadcast<Map<String, String>> hadoopConf) {
    this.options = options;
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Tuple2<Step.Key, Step>> call(InputPart part) throws Exception {
    RunSteps steps = Shared.steps(options);
    Path path = new Path(part.path());
    FileSystem fs = path.getFileSystem(Shared.configuration(hadoopConf.value()));
    Produced<Tuple2<Step.Key, Step>> produced =
        new Produced<>(
            "pushcheck-read " + part.source(),
            BUFFERED,
            out -> {
              long[] ordinal = {0};
              java.util.function.Consumer<RunSteps.Checked> message =
                  c ->
                      out.accept(
                          Tuple2.apply(
                              new Step.Key(part.sourceIndex(), part.part(), ordinal[0]++),
                              Step.message(part, c)));
              RunSteps.PartEnd end =
                  part.linesPart()
                      ? steps.readLines(
                          part.source(),
                          () -> new LinesOfPart(fs.open(path), part.start(), part.end()),
                          part.start() == 0,
                          message)
                      : steps.read(part.source(), () -> fs.open(path), message);
              out.accept(Tuple2.apply(end(part), Step.end(part, end)));
            });
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> produced.close());
    }
    return produced;
  }

  private static Step.Key end(InputPart part) {
    return new Step.Key(part.sourceIndex(), part.part(), Long.MAX_VALUE);
  }
}
