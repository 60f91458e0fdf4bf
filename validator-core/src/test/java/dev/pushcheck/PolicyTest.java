package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule levels, ignores, baselines and config files, applied by the run before counting. */
class PolicyTest {
  private static final Path LEGACY = Path.of("src/test/resources/policy/legacy.jsonl");

  @TempDir Path tmp;

  /** Two routing_status_set without status (REQUIRED errors), one undocumented field. */
  private static Recorded run(CheckOptions options) {
    Recorded recorded = new Recorded();
    recorded.summary = Check.run(options, InputStream.nullInputStream(), recorded);
    return recorded;
  }

  private static CheckOptions legacy(Path file) {
    return CheckOptions.of(List.of(file.toString())).withThreads(1);
  }

  @Test
  void withoutPolicyTheFixtureHasTwoInvalidMessagesAndAWarning() {
    Recorded r = run(legacy(LEGACY));

    assertThat(r.summary.invalid()).isEqualTo(2);
    assertThat(r.summary.warnings()).isEqualTo(1);
    assertThat(r.findings())
        .extracting(Finding::rule)
        .containsExactly(Rule.REQUIRED, Rule.UNDOCUMENTED_FIELD, Rule.REQUIRED);
  }

  @Test
  void aRuleTurnedOffMakesMessagesWhoseOnlyErrorsItHadValid() {
    Policy policy = Policy.of(Map.of(Rule.REQUIRED, Policy.Level.OFF), List.of());
    Recorded r = run(legacy(LEGACY).withPolicy(policy));

    assertThat(r.summary.invalid()).isZero();
    assertThat(r.summary.valid()).isEqualTo(3);
    assertThat(r.summary.verdict()).isEqualTo(Summary.Verdict.CONFORMANT);
    assertThat(r.findings()).extracting(Finding::rule).containsExactly(Rule.UNDOCUMENTED_FIELD);
  }

  @Test
  void aWarningRaisedToErrorMakesItsMessageInvalid() {
    Policy policy = Policy.of(Map.of(Rule.UNDOCUMENTED_FIELD, Policy.Level.ERROR), List.of());
    Recorded r = run(legacy(LEGACY).withPolicy(policy));

    assertThat(r.summary.invalid()).isEqualTo(3);
    assertThat(r.summary.warnings()).isZero();
  }

  @Test
  void ignoresMatchByPointerGlobActionAndFileGlob() {
    Recorded byPointer =
        run(
            legacy(LEGACY)
                .withPolicy(
                    Policy.of(
                        Map.of(), List.of(new Policy.Ignore(null, "", "/payload/**/status", "")))));
    Recorded byActionAndRule =
        run(
            legacy(LEGACY)
                .withPolicy(
                    Policy.of(
                        Map.of(),
                        List.of(new Policy.Ignore(Rule.UNDOCUMENTED_FIELD, "events_*", "", "")))));
    Recorded otherFiles =
        run(
            legacy(LEGACY)
                .withPolicy(
                    Policy.of(Map.of(), List.of(new Policy.Ignore(null, "", "", "other/**")))));
    Recorded thisFile =
        run(
            legacy(LEGACY)
                .withPolicy(
                    Policy.of(
                        Map.of(),
                        List.of(new Policy.Ignore(null, "", "", "src/**/policy/*.jsonl")))));

    assertThat(byPointer.findings())
        .extracting(Finding::rule)
        .containsExactly(Rule.UNDOCUMENTED_FIELD);
    assertThat(byPointer.summary.invalid()).isZero();
    assertThat(byActionAndRule.findings())
        .extracting(Finding::rule)
        .containsExactly(Rule.REQUIRED, Rule.REQUIRED);
    assertThat(otherFiles.findings()).hasSize(3);
    assertThat(thisFile.findings()).isEmpty();
  }

  @Test
  void strictStillTurnsWarningsIntoErrorsUnderAPolicy() {
    Policy policy = Policy.of(Map.of(Rule.UNDOCUMENTED_FIELD, Policy.Level.WARNING), List.of());
    Recorded r = run(legacy(LEGACY).withStrict(true).withPolicy(policy));

    assertThat(r.summary.invalid()).isEqualTo(3);
  }

  @Test
  void aWrittenBaselineAcceptsTodaysFindingsAndSurvivesMovedLines() throws IOException {
    Path fixture = Files.copy(LEGACY, tmp.resolve("legacy.jsonl"));
    Path baseline = tmp.resolve("baseline.json");

    Recorded adopt =
        run(legacy(fixture).withPolicy(Policy.NONE.withBaseline(Baseline.writeTo(baseline))));
    // Lines move: a valid push and blank lines are inserted before the legacy ones.
    List<String> lines = new ArrayList<>(Files.readAllLines(fixture));
    lines.add(0, "");
    lines.add(0, Files.readAllLines(Path.of("src/test/resources/check/mixed.jsonl")).get(0));
    Files.write(fixture, lines);
    Recorded moved =
        run(legacy(fixture).withPolicy(Policy.NONE.withBaseline(Baseline.read(baseline))));
    // A third identical finding is new, although its fingerprint is otherwise the same.
    lines.add(lines.get(2));
    Files.write(fixture, lines);
    Recorded added =
        run(legacy(fixture).withPolicy(Policy.NONE.withBaseline(Baseline.read(baseline))));

    assertThat(adopt.summary.baselined()).isEqualTo(3);
    assertThat(adopt.summary.passed()).isTrue();
    assertThat(adopt.findings()).isEmpty();
    assertThat(Baseline.read(baseline).size()).isEqualTo(3);
    assertThat(Files.readString(baseline)).doesNotContain("\"line\"");
    assertThat(moved.summary.baselined()).isEqualTo(3);
    assertThat(moved.summary.passed()).isTrue();
    assertThat(added.summary.baselined()).isEqualTo(3);
    assertThat(added.summary.invalid()).isEqualTo(1);
    assertThat(added.findings()).singleElement().extracting(Finding::line).isEqualTo(6);
  }

  @Test
  void configFileGivesPolicyVersionFormatsAndFailOn() throws IOException {
    Path config =
        Files.writeString(
            tmp.resolve("pushcheck.json"),
            """
            {
              "apiVersion": "3.6",
              "formats": ["text", "sarif=build/pushcheck.sarif"],
              "failOn": "warning",
              "rules": {"REQUIRED": "off"},
              "ignore": [{"pointer": "/payload/seen_by_bot", "reason": "the bot flag is undocumented"}]
            }
            """);

    Config found = Config.find(null, tmp);
    CheckOptions options = found.applyTo(legacy(LEGACY));
    Recorded r = run(options);

    assertThat(found.file()).contains(config);
    assertThat(found.formats()).containsExactly("text", "sarif=build/pushcheck.sarif");
    assertThat(options.apiVersion()).contains("3.6");
    assertThat(options.failOnWarning()).isTrue();
    assertThat(r.findings()).isEmpty();
    assertThat(r.summary.passed()).isTrue();
    assertThat(Config.find(null, tmp.resolve("nowhere"))).isSameAs(Config.NONE);
  }

  @Test
  void configProblemsNameFileLineAndColumn() throws IOException {
    Path config =
        Files.writeString(
            tmp.resolve("pushcheck.json"),
            """
            {
              "rules": {
                "REQUIRED": "of"
              }
            }
            """);
    Path broken = Files.writeString(tmp.resolve("broken.json"), "{\n  \"rules\": {,\n}");

    assertThatThrownBy(() -> Config.load(config))
        .isInstanceOf(PushcheckException.class)
        .hasMessageStartingWith(config + ":3:17: /rules/REQUIRED: ");
    assertThatThrownBy(() -> Config.load(broken))
        .isInstanceOf(PushcheckException.class)
        .hasMessageStartingWith(broken + ":2:")
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> Config.find(Path.of("missing.json"), tmp))
        .isInstanceOf(PushcheckException.class)
        .hasMessageEndingWith("missing.json: no such file");
    assertThatThrownBy(() -> Baseline.read(config))
        .isInstanceOf(PushcheckException.class)
        .hasMessageContaining(config.toString());
  }

  @Test
  void coverageSaysWhichPushesOfTheVersionAppeared() {
    Coverage coverage = Coverage.of(run(legacy(LEGACY)).summary);

    assertThat(coverage.versions())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.version()).isEqualTo("3.6");
              assertThat(v.seen()).containsExactly("events_marked_as_seen", "routing_status_set");
              assertThat(v.unseen()).contains("incoming_chat").doesNotContain("routing_status_set");
              assertThat(v.documented()).isEqualTo(SchemaSets.actions("3.6").size());
            });
  }

  @Test
  void progressIsReportedByTimeNotByCount() {
    long[] now = {0};
    List<Long> progress = new ArrayList<>();
    Reporter reporter =
        new Recorded() {
          @Override
          public void progress(long messagesRead, long bytesRead) {
            progress.add(messagesRead);
          }
        };
    String push = Files.exists(LEGACY) ? "" : "";
    StringBuilder input = new StringBuilder(push);
    for (int i = 0; i < 600; i++) {
      input
          .append("{\"version\":\"3.6\",\"action\":\"routing_status_set\",\"type\":\"push\",")
          .append("\"payload\":{\"agent_id\":\"a\",\"status\":\"accepting_chats\"}}\n");
    }
    // Each reading of the clock is 0.6 s later: progress about every second reading.
    Check.run(
        CheckOptions.of(List.of(CheckOptions.STDIN)).withThreads(1),
        new java.io.ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
        reporter,
        () -> now[0] += 600_000_000L);

    assertThat(progress).isNotEmpty().isSorted();
  }

  /** Collects what the run reports. */
  private static class Recorded implements Reporter {
    final List<MessageResult> results = new ArrayList<>();
    Summary summary;

    List<Finding> findings() {
      return results.stream().flatMap(r -> r.findings().stream()).toList();
    }

    @Override
    public void message(MessageResult result) {
      results.add(result);
    }

    @Override
    public void inputError(InputError error) {
      throw new AssertionError(error.toString());
    }

    @Override
    public void finish(Summary s) {}
  }
}
