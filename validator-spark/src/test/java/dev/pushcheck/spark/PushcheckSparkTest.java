package dev.pushcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.CheckOptions;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Spark job in local mode gives exactly what {@code Check.run} gives on the same files. */
class PushcheckSparkTest {
  private static void assertSameAsCli(List<String> inputs, JobOptions options) {
    SparkTests.Cli cli = SparkTests.cli(withInputs(options, inputs));
    try (SparkRun run = PushcheckSpark.checkFiles(SparkTests.spark(), inputs, options)) {
      List<String> results = SparkTests.describe(run.results().collectAsList());
      StringWriter report = new StringWriter();
      run.writeJsonReport(report);

      // the table in any order (each input's rows are in order), the report in input order
      assertThat(sorted(results)).isEqualTo(sorted(cli.results()));
      assertThat(run.summary()).isEqualTo(cli.summary());
      assertThat(report.toString()).isEqualTo(cli.jsonReport());
    }
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  private static CheckOptions withInputs(JobOptions options, List<String> inputs) {
    CheckOptions o = options.toCheckOptions();
    return new CheckOptions(
        inputs,
        o.apiVersion(),
        o.strict(),
        o.failOnWarning(),
        o.pushesOnly(),
        o.kinds(),
        o.conversation(),
        2,
        o.baseDirectory(),
        o.policy(),
        o.allowEmpty(),
        o.engine());
  }

  @Test
  void theExamplesGiveTheClisResults() {
    assertSameAsCli(List.of("../examples"), JobOptions.defaults());
  }

  @ParameterizedTest
  @ValueSource(longs = {13, 97, 1000, 4096})
  void jsonLinesReadInPartsOfAnySizeGiveTheClisResults(long splitBytes) {
    assertSameAsCli(
        List.of("../examples/pushes.jsonl", "../examples/agent-session.har"),
        JobOptions.defaults().withSplitBytes(splitBytes));
  }

  @Test
  void pathsThatDoNotExistAreInputErrorsInTheirPlace() {
    assertSameAsCli(
        List.of("../examples/pushes.jsonl", "no/such/dir", "../examples/webhooks"),
        JobOptions.defaults());
  }

  @Test
  void brokenInputsEndAsTheClisInputErrors(@TempDir Path dir) throws IOException {
    byte[] lines = Files.readAllBytes(Path.of("../examples/pushes.jsonl"));
    java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gzip)) {
      out.write(lines);
    }
    byte[] gz = gzip.toByteArray();
    Files.write(dir.resolve("a-truncated.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    byte[] har = Files.readAllBytes(Path.of("../examples/agent-session.har"));
    Files.write(dir.resolve("b-truncated.har"), java.util.Arrays.copyOf(har, har.length * 2 / 3));
    Files.writeString(dir.resolve("c-junk.json"), "{\"action\": \"incoming_chat\"}\n{not json\n");
    Files.write(dir.resolve("d-not-gzip.jsonl.gz"), lines);
    Files.write(dir.resolve("e-split.jsonl"), lines);

    JobOptions options = JobOptions.defaults().withSplitBytes(3000);
    assertThat(SparkTests.cli(withInputs(options, List.of(dir.toString()))).summary().inputErrors())
        .extracting(dev.pushcheck.InputError::source)
        .hasSize(3)
        .allSatisfy(source -> assertThat(source).doesNotContain("c-junk", "e-split"));

    assertSameAsCli(List.of(dir.toString()), options);
  }

  @Test
  void optionsAndConfigApplyAsInTheCli(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("pushcheck.json");
    Files.writeString(
        config,
        "{\"rules\": {\"UNDOCUMENTED_FIELD\": \"error\"},"
            + " \"ignore\": [{\"rule\": \"TYPE\", \"action\": \"incoming_typing_indicator\"}]}");
    JobOptions options =
        JobOptions.defaults()
            .withStrict(true)
            .withConfig(config.toString(), Files.readString(config))
            .withSplitBytes(2048);

    assertSameAsCli(List.of("../examples"), options);
    assertSameAsCli(
        List.of("../examples"),
        JobOptions.defaults().withApiVersion("3.5").withConversation(false));
  }

  /**
   * Several hundred thousand messages in many files (plain JSON Lines read in parts, gzip'd, HAR,
   * nested directories, empty files), checked by two local executors.
   */
  @Test
  void aGeneratedMultiFileCaptureGivesTheClisResults(@TempDir Path dir) throws IOException {
    int files = Captures.generate(dir, 300_000, 42);
    assertThat(files).isGreaterThan(20);

    assertSameAsCli(List.of(dir.toString()), JobOptions.defaults().withSplitBytes(256 << 10));
  }

  @Test
  void pathsInADatasetAreCheckedAsTheFilesTheyName() {
    List<String> inputs = List.of("../examples/webhooks", "../examples/pushes.jsonl");
    Dataset<String> paths = SparkTests.spark().createDataset(inputs, Encoders.STRING());

    try (SparkRun run = PushcheckSpark.checkFiles(paths, JobOptions.defaults())) {
      assertThat(run.summary())
          .isEqualTo(SparkTests.cli(withInputs(JobOptions.defaults(), inputs)).summary());
      assertThat(run.results().count()).isEqualTo(run.summary().messages());
    }
  }

  @Test
  void messagesInADatasetAreCheckedOneByOne() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("../examples/pushes.jsonl")).stream()
            .filter(l -> !l.isBlank())
            .toList();
    Dataset<String> messages = SparkTests.spark().createDataset(lines, Encoders.STRING());

    List<Row> rows =
        PushcheckSpark.checkMessages(messages, "kafka", JobOptions.defaults()).collectAsList();

    SparkTests.Cli cli =
        SparkTests.cli(
            withInputs(
                JobOptions.defaults().withConversation(false),
                List.of("../examples/pushes.jsonl")));
    assertThat(rows).hasSameSizeAs(lines);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      assertThat(row.getString(0)).isEqualTo("kafka");
      assertThat(row.getLong(1)).isEqualTo(i);
      // the same verdict and findings as the CLI's, positions aside (a row is all of its source)
      MessageResult expected = cli.raw().get(i);
      assertThat(row.getString(8)).isEqualTo(expected.status().label());
      assertThat(row.<Row>getList(10))
          .extracting(f -> f.getString(1) + " " + f.getString(2))
          .containsExactlyElementsOf(
              expected.findings().stream().map(f -> f.rule().name() + " " + f.pointer()).toList());
    }
    assertThat(rows).anyMatch(r -> r.getString(8).equals(Status.INVALID.label()));
  }
}
