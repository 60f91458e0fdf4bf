package dev.pushcheck.spark;

import dev.pushcheck.Config;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.PushcheckException;
import dev.pushcheck.Summary;
import dev.pushcheck.report.ReportFormat;
import dev.pushcheck.report.ReportOptions;
import dev.pushcheck.report.Reports;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pushcheck-spark}: the CLI's {@code validate} as a Spark application. With {@code
 * spark-submit} it runs on the cluster it is given; run with {@code java}, on this machine ({@code
 * local[*]}).
 */
@Command(
    name = "pushcheck-spark",
    mixinStandardHelpOptions = true,
    versionProvider = SparkJob.Version.class,
    sortOptions = false,
    description = {
      "Checks captured LiveChat Agent Chat API traffic on Apache Spark: every message's result as"
          + " a table (OUTPUT/results), the run's JSON report (OUTPUT/report.json), the summary on"
          + " standard output.",
      "Inputs are files, directories or globs in any Hadoop file system (local, hdfs://, s3a://)."
    },
    exitCodeListHeading = "%nExit codes (the CLI's):%n",
    exitCodeList = {
      "0:every message conforms",
      "1:violations (or warnings, with --fail-on-warning)",
      "2:usage error",
      "3:an input or message could not be read",
      "4:no message was validated (see --allow-empty)",
      "70:internal error"
    })
public final class SparkJob implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "captures to check")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--api-version",
      paramLabel = "VERSION",
      description = "API version of messages without one (default: from each message or URL)")
  String apiVersion = "";

  @Option(names = "--strict", description = "warnings are errors")
  boolean strict;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "error (the default): only errors fail the run; warning: warnings fail it too (exit 1)")
  String failOn = "";

  @Option(names = "--fail-on-warning", description = "the same as --fail-on warning")
  boolean failOnWarning;

  @Option(names = "--pushes-only", description = "check pushes only; skip the other kinds")
  boolean pushesOnly;

  @Option(
      names = "--kinds",
      split = ",",
      paramLabel = "KIND",
      description = "kinds of message to check: push, request, response, webhook (default: all)")
  List<String> kinds = new ArrayList<>(List.of("push", "request", "response", "webhook"));

  @Option(
      names = "--no-conversation-checks",
      description = "no checks across the messages of a connection")
  boolean noConversationChecks;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "config file (default: ./" + Config.FILE_NAME + " if it exists)")
  java.nio.file.Path config;

  @Option(names = "--allow-empty", description = "a run that validates no message passes")
  boolean allowEmpty;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "where results and report go, any Hadoop path (default: ${DEFAULT-VALUE})")
  String output = "pushcheck-output";

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      description = "format of the results table: parquet or json (JSON Lines); default parquet")
  String outputFormat = "parquet";

  @Option(
      names = "--split-size",
      paramLabel = "BYTES",
      description =
          "plain JSON Lines files longer than this are read by several tasks (default:"
              + " 134217728)")
  long splitSize = JobOptions.DEFAULT_SPLIT_BYTES;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*])")
  String master;

  private final PrintWriter out;

  SparkJob(PrintWriter out) {
    this.out = out;
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    System.exit(commandLine(out).execute(args));
  }

  static CommandLine commandLine(PrintWriter out) {
    CommandLine commandLine = new CommandLine(new SparkJob(out));
    commandLine.setOut(out);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof PushcheckException
              || e instanceof UncheckedIOException
              || e instanceof IllegalArgumentException) {
            cmd.getErr().println("pushcheck-spark: " + e.getMessage());
            return e instanceof PushcheckException.UnknownApiVersion
                    || e instanceof PushcheckException.InvalidConfig
                    || e instanceof IllegalArgumentException
                ? 2
                : 3;
          }
          cmd.getErr().println("pushcheck-spark: internal error: " + e);
          return 70;
        });
    return commandLine;
  }

  @Override
  public Integer call() throws IOException {
    String format = outputFormat.toLowerCase(Locale.ROOT);
    if (!format.equals("parquet") && !format.equals("json")) {
      throw new IllegalArgumentException(
          "--output-format must be parquet or json, not '" + outputFormat + "'");
    }
    if (!failOn.isEmpty() && !List.of("error", "warning").contains(failOn)) {
      throw new IllegalArgumentException(
          "--fail-on must be error or warning, not '" + failOn + "'");
    }
    if (paths.contains("-")) {
      throw new IllegalArgumentException(
          "standard input (-) is not an input of the Spark job: give files or directories");
    }
    if (splitSize < 1) {
      throw new IllegalArgumentException("--split-size must be at least 1 byte");
    }
    JobOptions options = options();
    SparkConf conf = new SparkConf().setAppName("pushcheck");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]").set("spark.ui.enabled", "false");
    }
    if (!conf.contains("spark.log.level")) {
      conf.set("spark.log.level", "WARN"); // the summary, not Spark's start-up, on a terminal
    }
    // A session already running in this JVM (a notebook, a test) is used and left running.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try (SparkRun run = PushcheckSpark.checkFiles(spark, paths, options)) {
      String results = output + "/results";
      try {
        run.results().write().mode(SaveMode.Overwrite).format(format).save(results);
      } catch (Exception e) { // Spark throws its checked SparkException undeclared
        throw writeFailure(results, e);
      }
      Summary summary = run.summary();
      Path report = new Path(output, "report.json");
      FileSystem fs = report.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (Writer writer =
          new OutputStreamWriter(fs.create(report, true), StandardCharsets.UTF_8)) {
        run.writeJsonReport(writer);
      } catch (Exception e) {
        throw writeFailure(report.toString(), e);
      }
      Reports.create(ReportFormat.TEXT, out, ReportOptions.of(Pushcheck.version()).withQuiet(true))
          .finish(summary);
      out.println("results: " + output + "/results (" + format + "), report: " + report);
      out.flush();
      return summary.verdict().exitCode();
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /**
   * An output that cannot be written (a full disk, no permission) is exit 3 with one line, as a
   * report the CLI cannot write; any other failure of the job is the job's own.
   */
  private static RuntimeException writeFailure(String where, Exception e) {
    boolean writing = false;
    Throwable root = e;
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      writing |=
          t instanceof IOException
              || t.getClass().getSimpleName().equals("FSError")
              || String.valueOf(t.getMessage()).contains("TASK_WRITE_FAILED");
      root = t;
    }
    if (!writing) {
      return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    String reason = root.getMessage() == null ? root.toString() : root.getMessage();
    return new UncheckedIOException(
        "cannot write " + where + ": " + reason.lines().findFirst().orElse(""),
        e instanceof IOException io ? io : new IOException(e));
  }

  JobOptions options() throws IOException {
    JobOptions options =
        new JobOptions(
            apiVersion,
            strict,
            failOnWarning ? "warning" : failOn,
            pushesOnly,
            kinds,
            !noConversationChecks,
            allowEmpty,
            "",
            "",
            splitSize);
    // Config.find validates the file where the CLI would find it; the executors get its text.
    Config found = Config.find(config, java.nio.file.Path.of(""));
    if (found.file().isPresent()) {
      java.nio.file.Path file = found.file().get();
      options = options.withConfig(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
    options.toCheckOptions(); // a bad config or kind is a usage error, before Spark starts
    return options;
  }

  /** The version of pushcheck in {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"pushcheck-spark " + Pushcheck.version()};
    }
  }
}
