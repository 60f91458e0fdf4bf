package dev.pushcheck.spark;

import dev.pushcheck.Reporter;
import dev.pushcheck.RunSteps;
import dev.pushcheck.Summary;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One check of files on Spark: every message's result as a table, the run's counts, and its
 * reports. The results are computed once and kept (memory, then disk) until {@link #close}.
 */
public final class SparkRun implements AutoCloseable {
  private final SparkSession spark;
  private final JobOptions options;
  private final JavaRDD<Out> outs;
  private Summary summary;

  private static final Reporter NOTHING =
      new Reporter() {
        @Override
        public void message(dev.pushcheck.MessageResult result) {}

        @Override
        public void inputError(dev.pushcheck.InputError error) {}

        @Override
        public void finish(Summary s) {}
      };

  SparkRun(SparkSession spark, JobOptions options, JavaRDD<Out> outs) {
    this.spark = spark;
    this.options = options;
    this.outs = outs;
  }

  /** One row per message read, in input order: see {@code validator-spark/README.md}. */
  public Dataset<Row> results() {
    return spark.createDataFrame(
        outs.filter(Out::isMessage).map(o -> MessageData.toRow(o.message.toResult())),
        MessageData.SCHEMA);
  }

  /** The run's counts, as {@code Check.run} would give them. */
  public synchronized Summary summary() {
    if (summary == null) {
      List<Summary> parts = outs.filter(o -> !o.isMessage()).map(o -> o.summary).collect();
      Summary all = null;
      for (Summary part : parts) {
        all = all == null ? part : Summary.merge(all, part);
      }
      summary =
          all != null ? all : RunSteps.of(options.toCheckOptions()).sequence(NOTHING).finish();
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
    Iterator<Out> withFindings = outs.filter(Out::hasFindings).toLocalIterator();
    while (withFindings.hasNext()) {
      reporter.message(withFindings.next().message.toResult());
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
