package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.CheckOptions;
import dev.pushcheck.Config;
import dev.pushcheck.Engine;
import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Rule;
import dev.pushcheck.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Behaviour the golden files do not show: colour, progress, counting across inputs. */
class ValidateCommandTest {
  static final Path INPUTS = GoldenTest.INPUTS;
  static final Environment TERMINAL = new Environment(true, false);
  static final String ESC = "\u001B[";

  private static String input(String name) {
    return INPUTS.resolve(name).toString();
  }

  @Test
  void colourOnlyOnATerminal() {
    CliRun piped = CliRun.run("validate", input("push-invalid.json")).assertCountsAddUp();
    CliRun terminal =
        CliRun.run(TERMINAL, new byte[0], "validate", input("push-invalid.json"))
            .assertCountsAddUp();

    assertThat(piped.out()).doesNotContain(ESC);
    assertThat(terminal.out()).contains(ESC + "31m" + "error");
    assertThat(terminal.exit()).isEqualTo(piped.exit()).isEqualTo(1);
  }

  @Test
  void noColorOptionAndNoColorVariableTurnColourOff() {
    CliRun option =
        CliRun.run(TERMINAL, new byte[0], "validate", "--no-color", input("push-invalid.json"))
            .assertCountsAddUp();
    CliRun variable =
        CliRun.run(new Environment(true, true), new byte[0], "validate", input("push-invalid.json"))
            .assertCountsAddUp();

    assertThat(option.out()).doesNotContain(ESC);
    assertThat(variable.out()).doesNotContain(ESC);
  }

  @Test
  void theReferenceEngineGivesTheSameReportAsTheDefault() {
    String[] inputs = {"../examples", input("push-invalid.json")};
    CliRun compiled =
        CliRun.run("validate", "--format", "json", "--engine", "compiled", inputs[0], inputs[1])
            .assertCountsAddUp();
    CliRun byDefault = CliRun.run("validate", "--format", "json", inputs[0], inputs[1]);
    CliRun reference =
        CliRun.run("validate", "--format", "json", "--engine", "reference", inputs[0], inputs[1]);

    assertThat(compiled.out()).contains("\"rule\"").isEqualTo(byDefault.out());
    assertThat(reference.out()).isEqualTo(compiled.out());
    assertThat(reference.exit()).isEqualTo(compiled.exit()).isEqualTo(1);
  }

  @Test
  void theEngineOptionReachesTheRunsOptions() {
    assertThat(optionsOf("validate", input("push-invalid.json")).engine())
        .isEqualTo(Engine.COMPILED);
    assertThat(optionsOf("validate", "--engine", "reference", input("push-invalid.json")).engine())
        .isEqualTo(Engine.REFERENCE);
    assertThat(optionsOf("validate", "--engine", "COMPILED", input("push-invalid.json")).engine())
        .isEqualTo(Engine.COMPILED);
  }

  /** The options a validate command line gives the run (no config file). */
  private static CheckOptions optionsOf(String... args) {
    CommandLine commandLine =
        PushcheckCommand.commandLine(
            new java.io.ByteArrayInputStream(new byte[0]), new Environment(false, false));
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);
    ValidateCommand validate = parsed.subcommand().commandSpec().commandLine().getCommand();
    return validate.options(Config.NONE);
  }

  @Test
  void anUnknownEngineIsAUsageError() {
    CliRun run = CliRun.run("validate", "--engine", "turbo", input("push-invalid.json"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--engine").contains("turbo");
  }

  @Test
  void missingFileInTheMiddleDoesNotStopTheOthers() {
    CliRun run =
        CliRun.run(
            "validate",
            "--format",
            "json",
            input("push-invalid.json"),
            input("no-such.json"),
            input("session.har"));

    run.assertCountsAddUp();
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.json().path("summary").path("messages").asLong()).isEqualTo(1 + 8);
    assertThat(run.json().path("summary").path("invalid").asLong()).isEqualTo(1 + 2);
    assertThat(run.json().path("inputErrors").get(0).path("source").asString())
        .endsWith("no-such.json");
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .endsWith("no-such.json: no such file or directory");
  }

  @Test
  void unreadableInputWinsOverViolations() {
    CliRun run =
        CliRun.run("validate", input("push-invalid.json"), input("mixed.jsonl"))
            .assertCountsAddUp();

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.counts()).containsExactly(5, 2, 1, 2, 0);
  }

  @Test
  void threadsDoNotChangeTheReport() {
    String[] inputs = {input("capture.jsonl"), input("session.har"), input("array.json")};
    CliRun one = CliRun.run(concat(new String[] {"validate", "--threads", "1"}, inputs));
    CliRun four = CliRun.run(concat(new String[] {"validate", "--threads", "4"}, inputs));

    one.assertCountsAddUp();
    four.assertCountsAddUp();
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.exit()).isEqualTo(one.exit()).isEqualTo(1);
  }

  @Test
  void noInputReadsStandardInputWhenItIsNotATerminal() throws IOException {
    byte[] stdin = Files.readAllBytes(INPUTS.resolve("warning.jsonl"));

    CliRun run = CliRun.run(CliRun.PIPED, stdin, "validate").assertCountsAddUp();

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).first().asString().startsWith("<stdin>:1:205: warning:");
  }

  @Test
  void noInputOnATerminalIsAUsageError() {
    CliRun run = CliRun.run(TERMINAL, new byte[0], "validate").assertCountsAddUp();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).first().asString().contains("no INPUT given");
  }

  @Test
  void progressLineIsClearedBeforeAFindingAndAtTheEnd() {
    StringWriter err = new StringWriter();
    ProgressLine progress = new ProgressLine(new PrintWriter(err, true));
    MessageResult withFinding =
        new MessageResult(
            "a.jsonl",
            0,
            1,
            1,
            "",
            Optional.of(Kind.PUSH),
            "routing_status_set",
            "3.6",
            Status.INVALID,
            "",
            List.of(Finding.of(Rule.TYPE).pointer("/payload").build()));

    progress.progress(20_000, 5_000_000);
    String drawn = err.toString();
    progress.message(withFinding);
    String cleared = err.toString().substring(drawn.length());
    progress.progress(40_000, 10_000_000);
    progress.finish(null);

    assertThat(drawn).matches("\r20,000 messages, [\\d,]+ messages/s, 5\\.0 MB read");
    assertThat(cleared).matches("\r +\r");
    assertThat(err.toString()).endsWith("\r").doesNotContain("\n");
  }

  @Test
  void noProgressLineWhenPiped() {
    CliRun piped = CliRun.run("validate", input("push-valid.json")).assertCountsAddUp();
    assertThat(piped.err()).isEmpty();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
