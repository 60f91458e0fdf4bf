package dev.pushcheck.spark;

import dev.pushcheck.Reporter;
import dev.pushcheck.RunSteps;
import dev.pushcheck.Summary;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One check of files on Spark: every message's result as a table, the run's counts, and its
 * reports. The results are computed once and kept on the executors' local disks until {@link
 * #close}, so that memory does not grow with the input.
 */
public final class SparkRun implements AutoCloseable {
  private final SparkSession spark;
  private final JobOptions options;
  private final JavaRDD<Out> outs;
  private Summary summary;

  /** Messages with findings in one partition of the report's sort, at most (about). */
  private static final long REPORT_PARTITION = 10_000;

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  SparkRun(SparkSession spark, JobOptions options, JavaRDD<Out> outs) {
    this.spark = spark;
    this.options = options;
    this.outs = outs;
  }

  /**
   * One row per message read: see {@code validator-spark/README.md}. Each input's rows are in
   * order; order the table by {@code source, index} where the order of inputs matters.
   */
  public Dataset<Row> results() {
    return spark.createDataFrame(outs.filter(Out::isMessage).map(o -> o.row), MessageData.SCHEMA);
  }

  /**
   * The run's counts, as {@code Check.run} would give them: each input's, merged in input order.
   */
  public synchronized Summary summary() {
    if (summary == null) {
      List<Out> inputs = new ArrayList<>(outs.filter(o -> !o.isMessage()).collect());
      inputs.sort(Comparator.comparingInt(o -> o.sourceIndex));
      Summary all =
          RunSteps.of(options.toCheckOptions()).sequence(Out.reporter(0, o -> {})).finish();
      for (Out input : inputs) {
        all = Summary.merge(all, input.summary);
      }
      summary = all;
    }
    return summary;
  }

  /**
   * Feeds {@code reporter} the messages with findings, in input order, then the summary: any of
   * core's reporters writes the CLI's report ({@code Reports.create(ReportFormat.JSON, ...)}). Only
   * the messages with findings travel to the driver, one partition at a time.
   */
  public void report(Reporter reporter) {
    Summary counts = summary();
    // The driver holds one partition at a time: partitions of at most REPORT_PARTITION messages,
    // however many findings one input has.
    JavaRDD<Out> found = outs.filter(Out::hasFindings);
    long count = found.count();
    int partitions =
        (int) Math.min(Integer.MAX_VALUE, Math.max(1, ceilDiv(count, REPORT_PARTITION)));
    Iterator<Out> withFindings = found.sortBy(Out::order, true, partitions).toLocalIterator();
    while (withFindings.hasNext()) {
      reporter.message(withFindings.next().withFindings.toResult());
    }
    reporter.finish(counts);
  }

  /** {@link #report} with the CLI's JSON report format. */
  public void writeJsonReport(Writer out) {
    report(new dev.pushcheck.report.JsonReporter(out, dev.pushcheck.Pushcheck.version()));
  }

  @Override
  public void close() {
    outs.unpersist(false);
  }
}
