package dev.pushcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.CheckOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pushcheck-spark} end to end, on the tests' local session. */
class SparkJobTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    SparkTests.spark(); // the job uses the session running in this JVM, and leaves it running
    CommandLine commandLine = SparkJob.commandLine(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void writesResultsAndTheClisReportAndExitsAsTheCli(@TempDir Path dir) throws IOException {
    SparkTests.Cli cli = SparkTests.cli(CheckOptions.of(List.of("../examples")).withThreads(2));

    int code =
        run(
            "--output",
            dir.toString(),
            "--output-format",
            "json",
            "--split-size",
            "500",
            "../examples");

    assertThat(code).isEqualTo(cli.summary().verdict().exitCode()).isNotZero();
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo(cli.jsonReport());
    long rows = SparkTests.spark().read().json(dir.resolve("results").toString()).count();
    assertThat(rows).isEqualTo(cli.summary().messages());
    assertThat(out.toString()).contains(dir + "/results (json)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void parquetIsTheDefaultTable(@TempDir Path dir) {
    int code = run("--output", dir.toString(), "--pushes-only", "../examples/pushes.jsonl");

    assertThat(code).isEqualTo(1);
    assertThat(
            SparkTests.spark()
                .read()
                .parquet(dir.resolve("results").toString())
                .where("status = 'invalid'")
                .count())
        .isPositive();
  }

  @Test
  void aCaptureThatConformsExitsZero(@TempDir Path dir) throws IOException {
    Path capture = dir.resolve("ok.jsonl");
    Files.writeString(
        capture,
        Files.readAllLines(Path.of("../examples/pushes.jsonl")).stream()
                .filter(l -> l.contains("\"routing_status_set\""))
                .findFirst()
                .orElseThrow()
            + "\n");

    assertThat(run("--output", dir.resolve("out").toString(), capture.toString())).isZero();
  }

  @Test
  void failOnDecidesWhetherWarningsFailTheRun(@TempDir Path dir) throws IOException {
    String line =
        Files.readAllLines(Path.of("../examples/pushes.jsonl")).stream()
            .filter(l -> l.contains("\"routing_status_set\""))
            .findFirst()
            .orElseThrow();
    Path capture = dir.resolve("warning.jsonl");
    Files.writeString(capture, line.replace("\"payload\":{", "\"payload\":{\"extra\":1,") + "\n");
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"failOn\": \"warning\"}");
    String out = dir.resolve("out").toString();

    assertThat(run("--output", out, capture.toString())).isZero();
    assertThat(run("--fail-on", "warning", "--output", out, capture.toString())).isEqualTo(1);
    assertThat(run("--fail-on-warning", "--output", out, capture.toString())).isEqualTo(1);
    assertThat(run("--config", config.toString(), "--output", out, capture.toString()))
        .isEqualTo(1);
    assertThat(
            run(
                "--config",
                config.toString(),
                "--fail-on",
                "error",
                "--output",
                out,
                capture.toString()))
        .isZero();
    assertThat(this.out.toString()).contains("1 warning");
  }

  @Test
  void usageErrorsExitTwoWithOneLine(@TempDir Path dir) {
    assertThat(run("--output-format", "xml", "../examples")).isEqualTo(2);
    assertThat(run("--api-version", "9.9", "--output", dir.toString(), "../examples")).isEqualTo(2);
    assertThat(run("--kinds", "pushes", "../examples")).isEqualTo(2);
    assertThat(run("--fail-on", "never", "../examples")).isEqualTo(2);
    assertThat(run("--output", dir.toString(), "-")).isEqualTo(2);
    assertThat(run("--config", dir.resolve("none.json").toString(), "../examples")).isEqualTo(2);
    assertThat(err.toString().lines())
        .hasSize(6)
        .allSatisfy(line -> assertThat(line).startsWith("pushcheck-spark: "));
  }

  @Test
  void anEmptyRunExitsFourUnlessAllowed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.jsonl"), "");

    assertThat(run("--output", dir.resolve("a").toString(), dir.resolve("empty.jsonl").toString()))
        .isEqualTo(4);
    assertThat(
            run(
                "--allow-empty",
                "--output",
                dir.resolve("b").toString(),
                dir.resolve("empty.jsonl").toString()))
        .isZero();
  }
}
