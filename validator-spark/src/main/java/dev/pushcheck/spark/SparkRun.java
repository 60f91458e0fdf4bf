package dev.pushcheck.spark;

import dev.pushcheck.InputError;
import dev.pushcheck.InputNote;
import dev.pushcheck.Reporter;
import dev.pushcheck.RunSteps;
import dev.pushcheck.Summary;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

  private final Map<String, Integer> sourceOrder;

  SparkRun(
      SparkSession spark, JobOptions options, JavaRDD<Out> outs, Map<String, Integer> sourceOrder) {
    this.spark = spark;
    this.options = options;
    this.outs = outs;
    this.sourceOrder = sourceOrder;
  }

  /**
   * One row per message read: see {@code validator-spark/README.md}. Each input's rows are in
   * order; order the table by {@code source, index} where the order of inputs matters.
   */
  public Dataset<Row> results() {
    return spark.createDataFrame(outs.filter(Out::isMessage).map(o -> o.row), MessageData.SCHEMA);
  }

  /** The run's counts, as {@code Check.run} would give them. */
  public synchronized Summary summary() {
    if (summary == null) {
      List<Out> parts = new java.util.ArrayList<>(outs.filter(o -> !o.isMessage()).collect());
      parts.sort(java.util.Comparator.comparingInt(o -> o.sourceIndex));
      Summary all = RunSteps.of(options.toCheckOptions()).sequence(NOTHING).finish();
      for (Out part : parts) {
        all = Summary.merge(all, part.summary);
      }
      summary = inInputOrder(all);
    }
    return summary;
  }

  /** The summary's lists of inputs in input order (tasks count inputs in any order). */
  private Summary inInputOrder(Summary s) {
    List<InputError> errors = new java.util.ArrayList<>(s.inputErrors());
    errors.sort(java.util.Comparator.comparingInt(e -> sourceOrder.getOrDefault(e.source(), 0)));
    List<InputNote> notes = new java.util.ArrayList<>(s.emptyInputs());
    notes.sort(java.util.Comparator.comparingInt(n -> sourceOrder.getOrDefault(n.source(), 0)));
    return new Summary(
        s.messages(),
        s.valid(),
        s.invalid(),
        s.unreadable(),
        s.skipped(),
        s.warnings(),
        s.skippedByReason(),
        s.byKind(),
        s.byAction(),
        errors,
        s.failOnWarning(),
        s.baselined(),
        s.actionsByVersion(),
        notes,
        s.allowEmpty());
  }

  /**
   * Feeds {@code reporter} the messages with findings, in input order, then the summary: any of
   * core's reporters writes the CLI's report ({@code Reports.create(ReportFormat.JSON, ...)}). Only
   * the messages with findings travel to the driver, one partition at a time.
   */
  public void report(Reporter reporter) {
    Summary counts = summary();
    Iterator<Out> withFindings =
        outs.filter(Out::hasFindings)
            .sortBy(Out::order, true, Math.max(1, outs.getNumPartitions()))
            .toLocalIterator();
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
