package dev.pushcheck.spark;

import dev.pushcheck.Check;
import dev.pushcheck.CheckOptions;
import dev.pushcheck.Finding;
import dev.pushcheck.InputError;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import dev.pushcheck.report.JsonReporter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode for every test class, and the CLI's answers to compare with. */
final class SparkTests {
  private static SparkSession spark;

  private SparkTests() {}

  static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("pushcheck-test")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  /** What {@code Check.run} (the CLI's one call) reports for the same inputs and options. */
  record Cli(List<MessageResult> raw, List<String> results, Summary summary, String jsonReport) {}

  static Cli cli(CheckOptions options) {
    List<String> results = new ArrayList<>();
    List<MessageResult> raw = new ArrayList<>();
    StringWriter json = new StringWriter();
    JsonReporter report = new JsonReporter(json, Pushcheck.version());
    Summary summary =
        Check.run(
            options,
            new ByteArrayInputStream(new byte[0]),
            new Reporter() {
              @Override
              public void message(MessageResult result) {
                raw.add(result);
                results.add(describe(result));
                report.message(result);
              }

              @Override
              public void inputError(InputError error) {
                report.inputError(error);
              }

              @Override
              public void finish(Summary s) {
                report.finish(s);
              }
            });
    return new Cli(raw, results, summary, json.toString());
  }

  static String describe(MessageResult r) {
    StringBuilder s =
        new StringBuilder()
            .append(r.source())
            .append(" #")
            .append(r.index())
            .append(' ')
            .append(r.line())
            .append(':')
            .append(r.column())
            .append(" [")
            .append(r.locator())
            .append("] ")
            .append(r.kind().map(Kind::label).orElse("-"))
            .append(' ')
            .append(r.action())
            .append(' ')
            .append(r.apiVersion())
            .append(' ')
            .append(r.status().label())
            .append(' ')
            .append(r.skipReason());
    for (Finding f : r.findings()) {
      s.append("\n  ")
          .append(f.severity().label())
          .append(' ')
          .append(f.rule().name())
          .append(' ')
          .append(f.pointer())
          .append(' ')
          .append(f.message())
          .append(" | ")
          .append(f.expected())
          .append(" | ")
          .append(f.actual())
          .append(' ')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append(' ')
          .append(f.schemaLocation());
    }
    return s.toString();
  }

  /** A results row, described as {@link #describe(MessageResult)} describes a result. */
  static String describe(Row r) {
    StringBuilder s =
        new StringBuilder()
            .append(r.getString(0))
            .append(" #")
            .append(r.getLong(1))
            .append(' ')
            .append(r.getInt(2))
            .append(':')
            .append(r.getInt(3))
            .append(" [")
            .append(r.getString(4))
            .append("] ")
            .append(r.isNullAt(5) ? "-" : r.getString(5))
            .append(' ')
            .append(r.getString(6))
            .append(' ')
            .append(r.getString(7))
            .append(' ')
            .append(r.getString(8))
            .append(' ')
            .append(r.getString(9));
    for (Row f : r.<Row>getList(10)) {
      s.append("\n  ")
          .append(f.getString(0))
          .append(' ')
          .append(f.getString(1))
          .append(' ')
          .append(f.getString(2))
          .append(' ')
          .append(f.getString(3))
          .append(" | ")
          .append(f.getString(4))
          .append(" | ")
          .append(f.getString(5))
          .append(' ')
          .append(f.getInt(6))
          .append(':')
          .append(f.getInt(7))
          .append(' ')
          .append(f.getString(8));
    }
    return s.toString();
  }

  static List<String> describe(List<Row> rows) {
    List<String> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(describe(r)));
    return out;
  }
}
