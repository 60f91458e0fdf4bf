package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Several formats in one run, to stdout and files, and the policy options of the CLI. */
class ReportFormatsTest {
  // These tests are about report formats; the conversation checks have tests of their own.
  private static final String NO_CONVERSATION = "--no-conversation-checks";

  static final Path INPUTS = GoldenTest.INPUTS;

  @TempDir Path tmp;

  private static String input(String name) {
    return INPUTS.resolve(name).toString();
  }

  private String file(String name) {
    return tmp.resolve(name).toString();
  }

  private String read(String name) throws IOException {
    return Files.readString(tmp.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void everyFormatInOneRunTextOnStdoutTheOthersInFilesEachValid() throws IOException {
    CliRun run =
        CliRun.run(
            "validate",
            "--no-conversation-checks",
            "--format",
            "text",
            "--format",
            "json=" + file("r/report.json"),
            "--format",
            "junit=" + file("r/TEST-pushcheck.xml"),
            "--format",
            "sarif=" + file("r/report.sarif"),
            "--format",
            "github=" + file("r/github.txt"),
            "--format",
            "html=" + file("r/report.html"),
            input("capture.jsonl"),
            input("session.har"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("error: [TYPE] /payload/agent_id");
    assertThat(run.err()).isEmpty();
    List<Error> errors =
        GoldenTest.reportSchema().validate(CliRun.JSON.readTree(read("r/report.json")));
    assertThat(errors).isEmpty();
    ReportSchemas.assertValidJunit(read("r/TEST-pushcheck.xml"));
    ReportSchemas.assertValidSarif(read("r/report.sarif"));
    ReportSchemas.assertSelfContainedHtml(read("r/report.html"));
    assertThat(read("r/github.txt").lines().filter(l -> l.startsWith("::"))).hasSize(4);
  }

  @Test
  void atMostOneReportOnStdoutAndOnlyKnownFormats() {
    CliRun two =
        CliRun.run("validate", "--format", "text", "--format", "json", input("push-valid.json"));
    CliRun unknown = CliRun.run("validate", "--format", "xml", input("push-valid.json"));

    assertThat(two.exit()).isEqualTo(2);
    assertThat(two.err()).contains("at most one report can go to standard output");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("unknown report format 'xml'; formats: text, json, junit, sarif, github, html");
    assertThat(two.out()).isEmpty();
  }

  @Test
  void maxFindingsReportsTheSameFirstFindingsInEveryFormat() throws IOException {
    CliRun run =
        CliRun.run(
            "validate",
            "--no-conversation-checks",
            "--max-findings",
            "1",
            "--format",
            "json",
            "--format",
            "sarif=" + file("report.sarif"),
            "--format",
            "github=" + file("github.txt"),
            "--format",
            "text=" + file("report.txt"),
            input("capture.jsonl"),
            input("session.har"));

    JsonNode json = run.json();
    assertThat(json.path("results")).hasSize(1);
    assertThat(json.path("summary").path("findingsNotShown").asLong()).isEqualTo(3);
    assertThat(json.path("summary").path("invalid").asLong()).isEqualTo(3);
    JsonNode sarif = CliRun.JSON.readTree(read("report.sarif"));
    assertThat(sarif.path("runs").get(0).path("results")).hasSize(1);
    assertThat(sarif.path("runs").get(0).path("results").get(0).path("ruleId").asString())
        .isEqualTo(json.path("results").get(0).path("findings").get(0).path("rule").asString());
    assertThat(read("github.txt").lines().filter(l -> l.startsWith("::error"))).hasSize(1);
    assertThat(read("github.txt"))
        .contains("::notice title=pushcheck::3 more findings not shown (limit 1)");
    assertThat(read("report.txt")).contains("3 more findings not shown (limit 1)");
  }

  @Test
  void failOnWarningAndItsAlias() {
    String warning = input("warning.jsonl");
    assertThat(CliRun.run("validate", warning).exit()).isZero();
    assertThat(CliRun.run("validate", "--fail-on", "warning", warning).exit()).isEqualTo(1);
    assertThat(CliRun.run("validate", "--fail-on-warning", warning).exit()).isEqualTo(1);
    assertThat(CliRun.run("validate", "--fail-on", "error", warning).exit()).isZero();
    assertThat(CliRun.run("validate", "--fail-on", "sometimes", warning).exit()).isEqualTo(2);
  }

  @Test
  void colorAlwaysAndNever() {
    String invalid = input("push-invalid.json");
    CliRun always = CliRun.run("validate", "--color", "always", invalid);
    CliRun never =
        CliRun.run(
            ValidateCommandTest.TERMINAL, new byte[0], "validate", "--color", "never", invalid);

    assertThat(always.out()).contains("\u001B[31m");
    assertThat(never.out()).doesNotContain("\u001B[");
  }

  @Test
  void quietPrintsOnlyTheSummaryLineAndInputErrorsOnStderr() {
    CliRun run =
        CliRun.run("validate", "--quiet", input("push-invalid.json"), input("no-such.json"));

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.outLines())
        .singleElement()
        .asString()
        .startsWith("1 message (1 push): 0 valid, 1 invalid");
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .endsWith("no-such.json: no such file or directory");
  }

  @Test
  void baselineAdoptionThenOnlyNewFindingsFail() throws IOException {
    Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
    Files.copy(INPUTS.resolve("capture.jsonl"), fixtures.resolve("capture.jsonl"));
    String baseline = file("pushcheck-baseline.json");

    CliRun adopt =
        CliRun.run("validate", NO_CONVERSATION, "--write-baseline", baseline, fixtures.toString());
    CliRun again =
        CliRun.run("validate", NO_CONVERSATION, "--baseline", baseline, fixtures.toString());
    Files.copy(INPUTS.resolve("push-invalid.json"), fixtures.resolve("new.json"));
    CliRun added =
        CliRun.run("validate", NO_CONVERSATION, "--baseline", baseline, fixtures.toString());
    CliRun both =
        CliRun.run(
            "validate", "--baseline", baseline, "--write-baseline", baseline, fixtures.toString());
    CliRun missing = CliRun.run("validate", "--baseline", file("nope.json"), fixtures.toString());

    assertThat(adopt.exit()).isZero();
    assertThat(adopt.out()).contains("2 findings in the baseline, not shown");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).doesNotContain("error:");
    assertThat(added.exit()).isEqualTo(1);
    assertThat(added.outLines().stream().filter(l -> l.contains("error:")))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).contains("new.json"));
    assertThat(both.exit()).isEqualTo(2);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: no such file");
  }

  @Test
  void configFileGivenByOption() throws IOException {
    Path config =
        Files.writeString(
            tmp.resolve("team.json"),
            "{\"rules\": {\"CONST\": \"off\", \"UNKNOWN_ACTION\": \"warning\", \"TYPE\": \"off\"}}");
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"rules\": {\"NOPE\": \"off\"}}");

    CliRun run =
        CliRun.run(
            "validate",
            "--no-conversation-checks",
            "--config",
            config.toString(),
            input("capture.jsonl"),
            input("session.har"));
    CliRun broken = CliRun.run("validate", "--config", bad.toString(), input("capture.jsonl"));

    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("warning: [UNKNOWN_ACTION]");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).startsWith("pushcheck: " + bad + ":1:");
  }
}
