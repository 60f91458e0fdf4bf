package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckTest {
  private static final String MIXED = "src/test/resources/check/mixed.jsonl";

  private static RecordingReporter run(CheckOptions options, String stdin) {
    RecordingReporter recording = new RecordingReporter();
    Summary summary =
        Check.run(
            options, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), recording);
    assertThat(summary).isSameAs(recording.summary);
    assertThat(summary.messages())
        .isEqualTo(summary.valid() + summary.invalid() + summary.unreadable() + summary.skipped())
        .isEqualTo(recording.results.size());
    return recording;
  }

  @Test
  void classifiesEveryMessageOfAMixedCaptureInInputOrder() {
    RecordingReporter r = run(CheckOptions.of(List.of(MIXED)).withThreads(3), "");

    assertThat(r.results)
        .extracting(MessageResult::status)
        .containsExactly(
            Status.VALID,
            Status.INVALID,
            Status.VALID,
            Status.VALID,
            Status.UNREADABLE,
            Status.VALID);
    assertThat(r.results)
        .extracting(MessageResult::kind)
        .containsExactly(
            Optional.of(Kind.PUSH),
            Optional.of(Kind.PUSH),
            Optional.of(Kind.REQUEST),
            Optional.of(Kind.RESPONSE),
            Optional.empty(),
            Optional.of(Kind.PUSH));
    assertThat(r.results).extracting(MessageResult::line).containsExactly(1, 2, 3, 4, 6, 7);
    assertThat(r.results.get(1).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.REQUIRED);
              assertThat(f.pointer()).isEqualTo("/payload/status");
              assertThat(f.line()).isEqualTo(2);
            });
    assertThat(r.results.get(5).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.UNDOCUMENTED_FIELD);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.pointer()).isEqualTo("/payload/mood");
              assertThat(f.line()).isEqualTo(7);
            });
    assertThat(r.summary.byKind())
        .containsEntry("push", 3L)
        .containsEntry("request", 1L)
        .containsEntry("response", 1L);
    assertThat(r.summary.skippedByReason()).isEmpty();
    assertThat(r.summary.warnings()).isEqualTo(1);
    assertThat(r.summary.verdict()).isEqualTo(Summary.Verdict.UNREADABLE_INPUT);
    assertThat(r.summary.byAction())
        .containsEntry("routing_status_set", new Summary.ActionCount(0, 1))
        .containsEntry("request ping", new Summary.ActionCount(1, 0))
        .containsEntry("response ping", new Summary.ActionCount(1, 0));
  }

  @Test
  void kindsNotCheckedAreCountedAsSkipped() {
    RecordingReporter r = run(CheckOptions.of(List.of(MIXED)).withKinds(EnumSet.of(Kind.PUSH)), "");

    assertThat(r.results.get(2).status()).isEqualTo(Status.SKIPPED);
    assertThat(r.results.get(3).status()).isEqualTo(Status.SKIPPED);
    assertThat(r.summary.skippedByReason())
        .containsEntry("request", 1L)
        .containsEntry("response", 1L);
  }

  @Test
  void strictTurnsTheWarningIntoAnError() {
    RecordingReporter r = run(CheckOptions.of(List.of(MIXED)).withStrict(true), "");

    assertThat(r.results.get(5).status()).isEqualTo(Status.INVALID);
    assertThat(r.summary.warnings()).isZero();
    assertThat(r.summary.invalid()).isEqualTo(2);
  }

  @Test
  void pushesOnlyMakesRequestsAndResponsesErrors() {
    RecordingReporter r = run(CheckOptions.of(List.of(MIXED)).withPushesOnly(true), "");

    assertThat(r.results.get(2).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.NOT_A_PUSH));
    assertThat(r.summary.skipped()).isZero();
    assertThat(r.summary.invalid()).isEqualTo(3);
  }

  @Test
  void aMissingFileInTheMiddleIsReportedInPlaceAndTheOthersAreRead() {
    RecordingReporter r =
        run(
            CheckOptions.of(List.of(MIXED, "no/such.json", "-")),
            "{\"action\":\"chat_unfollowed\",\"type\":\"push\",\"version\":\"3.6\",\"payload\":{\"chat_id\":\"PJ0MRSHTDG\"}}");

    assertThat(r.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("no/such.json");
              assertThat(e.message()).isEqualTo("no such file or directory");
            });
    assertThat(r.results).hasSize(7);
    assertThat(r.results.get(6).source()).isEqualTo("<stdin>");
    assertThat(r.results.get(6).status()).isEqualTo(Status.VALID);
    assertThat(r.summary.inputErrors()).hasSize(1);
    assertThat(r.summary.verdict()).isEqualTo(Summary.Verdict.UNREADABLE_INPUT);
  }

  @Test
  void versionOfThePushWinsOverTheChosenVersion() {
    RecordingReporter r =
        run(
            CheckOptions.of(List.of("-")).withApiVersion("3.2"),
            "{\"action\":\"chat_unfollowed\",\"type\":\"push\",\"version\":\"3.6\",\"payload\":{\"chat_id\":\"A\"}}\n"
                + "{\"action\":\"incoming_chat_thread\",\"type\":\"push\",\"payload\":{}}\n");

    assertThat(r.results.get(0).apiVersion()).isEqualTo("3.6");
    assertThat(r.results.get(0).status()).isEqualTo(Status.VALID);
    assertThat(r.results.get(1).apiVersion()).isEqualTo("3.2");
    assertThat(r.results.get(1).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.ACTION_NOT_IN_VERSION);
              assertThat(f.message())
                  .isEqualTo(
                      "action of another API version: `incoming_chat_thread` is not a"
                          + " 3.2 push; it is a push of 3.1-beta, 3.1, renamed `incoming_chat` in 3.2");
            });
    assertThat(r.summary.verdict()).isEqualTo(Summary.Verdict.VIOLATIONS);
  }

  /**
   * Every cut of a capture is read without an exception, every message is still counted (see {@link
   * #run}), and a capture cut short never passes as conformant.
   */
  @Test
  void truncatedCapturesNeverThrowAndNeverPass() throws Exception {
    for (String capture :
        List.of("src/test/resources/readers/chrome.har", "src/test/resources/check/mixed.jsonl")) {
      byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(capture));
      for (int cut = 0; cut < bytes.length - 1; cut += 101) {
        String prefix = new String(bytes, 0, cut, StandardCharsets.UTF_8);
        RecordingReporter r = run(CheckOptions.of(List.of("-")).withThreads(2), prefix);

        boolean cutInsideALine = cut == 0 || bytes[cut - 1] != '\n';
        if (cut == 0) {
          assertThat(r.summary.verdict())
              .as("%s cut at 0", capture)
              .isEqualTo(Summary.Verdict.EMPTY);
        } else if (capture.endsWith(".har") || cutInsideALine) {
          assertThat(r.summary.verdict())
              .as("%s cut at %d", capture, cut)
              .isEqualTo(Summary.Verdict.UNREADABLE_INPUT);
        }
        assertThat(r.results)
            .allSatisfy(result -> assertThat(result.source()).isEqualTo("<stdin>"));
      }
    }
  }

  @Test
  void unknownApiVersionFailsBeforeReading() {
    assertThatThrownBy(() -> run(CheckOptions.of(List.of(MIXED)).withApiVersion("9.9"), ""))
        .isInstanceOf(PushcheckException.UnknownApiVersion.class)
        .hasMessageContaining("'9.9'");
  }
}
