package dev.pushcheck.spark;

import dev.pushcheck.RunSteps;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The first step for an input read in parts, one task per part: read it and check each of its
 * messages on its own.
 */
final class ReadPart implements PairFlatMapFunction<InputPart, Step.Key, Step> {
  private static final long serialVersionUID = 1L;

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
    return Produced.inTask(
        "pushcheck-read " + part.source(),
        out -> {
          long[] ordinal = {0};
          RunSteps.PartEnd end =
              steps.readLines(
                  part.source(),
                  () -> new LinesOfPart(fs.open(path), part.start(), part.end()),
                  part.start() == 0,
                  c ->
                      out.accept(
                          Tuple2.apply(
                              new Step.Key(part.sourceIndex(), part.part(), ordinal[0]++),
                              Step.message(part, c))));
          out.accept(Tuple2.apply(end(part), Step.end(part, end)));
        });
  }

  private static Step.Key end(InputPart part) {
    return new Step.Key(part.sourceIndex(), part.part(), Long.MAX_VALUE);
  }
}
