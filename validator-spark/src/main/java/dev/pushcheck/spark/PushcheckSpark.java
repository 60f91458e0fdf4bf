package dev.pushcheck.spark;

import dev.pushcheck.Reporter;
import dev.pushcheck.RunSteps;
import dev.pushcheck.Summary;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * pushcheck for Spark users: check captures in any Hadoop file system, or messages already in a
 * {@link Dataset}, and get every message's result as a table to join with your own data.
 *
 * <pre>{@code
 * try (SparkRun run = PushcheckSpark.checkFiles(spark, List.of("s3a://captures/2026/12/"),
 *     JobOptions.defaults())) {
 *   run.results().where("status = 'invalid'").show();
 *   System.out.println(run.summary().verdict());
 * }
 * }</pre>
 *
 * <p>Results and counts are those of the CLI's {@code pushcheck validate} on the same files.
 */
public final class PushcheckSpark {
  private PushcheckSpark() {}

  /**
   * Checks the captures at these paths (files, directories, globs; {@code file:}, {@code hdfs://},
   * {@code s3a://}...). Plain JSON Lines files longer than {@link JobOptions#splitBytes} are read
   * in parts by many tasks; any other file by one task.
   *
   * @throws UncheckedIOException if the paths cannot be listed
   */
  public static SparkRun checkFiles(SparkSession spark, List<String> paths, JobOptions options) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> conf = new HashMap<>();
    context.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
    List<InputPart> parts;
    try {
      parts = Inputs.parts(paths, context.hadoopConfiguration(), options.splitBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
    }
    Shared.steps(options); // an unknown API version or a bad config fails here, not in a task
    Broadcast<Map<String, String>> hadoopConf = context.broadcast(conf);
    List<InputPart> whole = parts.stream().filter(p -> !p.linesPart()).toList();
    List<InputPart> split = parts.stream().filter(InputPart::linesPart).toList();
    // An input read whole is read, checked and sequenced by one task: nothing is shuffled.
    JavaRDD<Out> outs =
        context
            .parallelize(whole, Math.max(1, whole.size()))
            .flatMap(new ReadWhole(options, hadoopConf));
    if (!split.isEmpty()) {
      // The parts of an input are read by many tasks, then sequenced in order by one.
      int[] sources = split.stream().mapToInt(InputPart::sourceIndex).distinct().toArray();
      int ranges = Math.max(1, Math.min(sources.length, context.defaultParallelism()));
      outs =
          outs.union(
              context
                  .parallelize(split, split.size())
                  .flatMapToPair(new ReadPart(options, hadoopConf))
                  .repartitionAndSortWithinPartitions(
                      new SourceRanges(ranges, sources),
                      (Comparator<Step.Key> & Serializable) Step.Key::compareTo)
                  .mapPartitions(new SequencePartition(options)));
    }
    return new SparkRun(spark, options, outs.persist(StorageLevel.DISK_ONLY()));
  }

  /** {@link #checkFiles(SparkSession, List, JobOptions)} of the paths in a dataset. */
  public static SparkRun checkFiles(Dataset<String> paths, JobOptions options) {
    return checkFiles(paths.sparkSession(), new ArrayList<>(paths.collectAsList()), options);
  }

  /**
   * Checks messages given as text, one message per row, each on its own: {@code source} names them
   * in the results, and {@code index} is a message's place in the dataset. Messages without a
   * connection have no checks across messages.
   */
  public static Dataset<Row> checkMessages(
      Dataset<String> messages, String source, JobOptions options) {
    JobOptions single = options.withConversation(false);
    Shared.steps(single);
    JavaRDD<Row> rows =
        messages
            .javaRDD()
            .zipWithIndex()
            .mapPartitions(
                in -> {
                  RunSteps steps = Shared.steps(single);
                  List<Row> out = new ArrayList<>(1);
                  RunSteps.Sequence sequence = steps.sequence(collect(out));
                  return new Iterator<Row>() {
                    @Override
                    public boolean hasNext() {
                      return in.hasNext();
                    }

                    @Override
                    public Row next() {
                      var message = in.next();
                      sequence.accept(steps.checkText(source, message._2(), message._1()));
                      return out.remove(0);
                    }
                  };
                });
    return messages.sparkSession().createDataFrame(rows, MessageData.SCHEMA);
  }

  private static Reporter collect(List<Row> out) {
    return new Reporter() {
      @Override
      public void message(dev.pushcheck.MessageResult result) {
        out.add(MessageData.toRow(result));
      }

      @Override
      public void inputError(dev.pushcheck.InputError error) {}

      @Override
      public void finish(Summary summary) {}
    };
  }
}
