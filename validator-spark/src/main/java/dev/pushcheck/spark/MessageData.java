package dev.pushcheck.spark;

import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Rule;
import dev.pushcheck.Severity;
import dev.pushcheck.Status;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A {@link MessageResult} as plain values, to travel between machines and to become a row. */
final class MessageData implements Serializable {
  private static final long serialVersionUID = 1L;

  static final StructType FINDING =
      new StructType()
          .add("severity", DataTypes.StringType, false)
          .add("rule", DataTypes.StringType, false)
          .add("pointer", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false)
          .add("expected", DataTypes.StringType, false)
          .add("actual", DataTypes.StringType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("column", DataTypes.IntegerType, false)
          .add("schemaLocation", DataTypes.StringType, false)
          .add("detail", DataTypes.StringType, false);

  /** The results table: one row per message read. */
  static final StructType SCHEMA =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("index", DataTypes.LongType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("column", DataTypes.IntegerType, false)
          .add("locator", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, true)
          .add("action", DataTypes.StringType, false)
          .add("apiVersion", DataTypes.StringType, false)
          .add("status", DataTypes.StringType, false)
          .add("skipReason", DataTypes.StringType, false)
          .add("findings", new ArrayType(FINDING, false), false);

  private final String source;
  private final long index;
  private final int line;
  private final int column;
  private final String locator;
  private final String kind;
  private final String action;
  private final String apiVersion;
  private final String status;
  private final String skipReason;
  private final String[][] findings;
  private final int[][] findingPositions;

  private MessageData(MessageResult r) {
    source = r.source();
    index = r.index();
    line = r.line();
    column = r.column();
    locator = r.locator();
    kind = r.kind().map(Kind::name).orElse(null);
    action = r.action();
    apiVersion = r.apiVersion();
    status = r.status().name();
    skipReason = r.skipReason();
    findings = new String[r.findings().size()][];
    findingPositions = new int[r.findings().size()][];
    for (int i = 0; i < findings.length; i++) {
      Finding f = r.findings().get(i);
      findings[i] =
          new String[] {
            f.severity().name(),
            f.rule().name(),
            f.pointer(),
            f.schemaLocation(),
            f.expected(),
            f.actual(),
            f.detail()
          };
      findingPositions[i] = new int[] {f.line(), f.column()};
    }
  }

  static MessageData of(MessageResult result) {
    return new MessageData(result);
  }

  MessageResult toResult() {
    List<Finding> list = new ArrayList<>(findings.length);
    for (int i = 0; i < findings.length; i++) {
      String[] f = findings[i];
      list.add(
          new Finding(
              Severity.valueOf(f[0]),
              Rule.valueOf(f[1]),
              f[2],
              f[3],
              f[4],
              f[5],
              f[6],
              findingPositions[i][0],
              findingPositions[i][1]));
    }
    return new MessageResult(
        source,
        index,
        line,
        column,
        locator,
        kind == null ? Optional.empty() : Optional.of(Kind.valueOf(kind)),
        action,
        apiVersion,
        Status.valueOf(status),
        skipReason,
        list);
  }

  /** The row of the results table, labels as the JSON report writes them. */
  static Row toRow(MessageResult r) {
    Row[] rows = new Row[r.findings().size()];
    for (int i = 0; i < rows.length; i++) {
      Finding f = r.findings().get(i);
      rows[i] =
          RowFactory.create(
              f.severity().label(),
              f.rule().name(),
              f.pointer(),
              f.message(),
              f.expected(),
              f.actual(),
              f.line(),
              f.column(),
              f.schemaLocation(),
              f.detail());
    }
    return RowFactory.create(
        r.source(),
        r.index(),
        r.line(),
        r.column(),
        r.locator(),
        r.kind().map(Kind::label).orElse(null),
        r.action(),
        r.apiVersion(),
        r.status().label(),
        r.skipReason(),
        scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(rows)).toSeq());
  }
}
