package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks across the messages of a connection, through the whole run. */
class ConversationCheckTest {
  private static final String DIR = "src/test/resources/conversation/";
  private static final String SESSION = DIR + "session.jsonl";
  private static final String HAR = DIR + "connections.har";
  private static final EnumSet<Rule> CONVERSATION_RULES =
      EnumSet.range(Rule.RESPONSE_WITHOUT_REQUEST, Rule.VERSION_BELOW_CONNECTION);

  @TempDir Path tmp;

  /** Collects what the run reports, in order. */
  private static final class Recording extends RecordingReporter {

    /** The conversation findings by where they are: {@code line} or {@code entry e, frame f}. */
    Map<String, Finding> conversationFindings() {
      Map<String, Finding> found = new TreeMap<>();
      for (MessageResult r : results) {
        for (Finding f : r.findings()) {
          if (CONVERSATION_RULES.contains(f.rule())) {
            String where = r.locator().isEmpty() ? String.valueOf(r.line()) : r.locator();
            assertThat(found.put(where, f)).as("one conversation finding at %s", where).isNull();
          }
        }
      }
      return found;
    }
  }

  private static Recording run(CheckOptions options) {
    Recording recording = new Recording();
    Summary summary = Check.run(options, new ByteArrayInputStream(new byte[0]), recording);
    assertThat(summary).isSameAs(recording.summary);
    assertThat(summary.messages())
        .isEqualTo(summary.valid() + summary.invalid() + summary.unreadable() + summary.skipped())
        .isEqualTo(recording.results.size());
    long warnings =
        recording.results.stream()
            .flatMap(r -> r.findings().stream())
            .filter(f -> f.severity() == Severity.WARNING)
            .count();
    assertThat(summary.warnings()).isEqualTo(warnings);
    for (MessageResult r : recording.results) {
      boolean error = r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
      if (r.status() == Status.VALID || r.status() == Status.INVALID) {
        assertThat(r.status())
            .as("status of %s", r.position(null))
            .isEqualTo(error ? Status.INVALID : Status.VALID);
      }
    }
    return recording;
  }

  private static Recording run(String... inputs) {
    return run(CheckOptions.of(List.of(inputs)).withThreads(3));
  }

  @Test
  void eachRuleFindsItsMessageAndNamesTheOtherOne() {
    Recording r = run(SESSION);

    assertThat(r.results).extracting(MessageResult::line).isSorted().hasSize(17);
    Map<String, Finding> found = r.conversationFindings();
    assertThat(found.keySet()).containsExactlyInAnyOrder("6", "9", "11", "12", "14", "15");
    assertThat(found.get("6").rule()).isEqualTo(Rule.DUPLICATE_REQUEST_ID);
    assertThat(found.get("6").detail()).contains(SESSION + ":5:1");
    assertThat(found.get("9").rule()).isEqualTo(Rule.DUPLICATE_RESPONSE);
    assertThat(found.get("9").detail()).contains(SESSION + ":5:1", SESSION + ":7:1");
    assertThat(found.get("11").rule()).isEqualTo(Rule.RESPONSE_ACTION_MISMATCH);
    assertThat(found.get("11").detail()).contains(SESSION + ":10:1");
    assertThat(found.get("11").expected()).isEqualTo("\"ping\"");
    assertThat(found.get("11").actual()).isEqualTo("\"set_routing_status\"");
    assertThat(found.get("12").rule()).isEqualTo(Rule.RESPONSE_WITHOUT_REQUEST);
    assertThat(found.get("12").actual()).isEqualTo("\"77\"");
    assertThat(found.get("14").rule()).isEqualTo(Rule.PUSH_REQUEST_ID_UNKNOWN);
    assertThat(found.get("14").severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get("15").rule()).isEqualTo(Rule.UNANSWERED_REQUEST);
    assertThat(found.get("15").severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get("15").detail()).contains(SESSION + ":17:1");
    assertThat(found.values()).allSatisfy(f -> assertThat(f.line()).isPositive());

    assertThat(r.summary.invalid()).isEqualTo(4);
    assertThat(r.summary.warnings()).isEqualTo(2);
    assertThat(r.summary.byAction())
        .containsEntry("request set_routing_status", new Summary.ActionCount(1, 1))
        .containsEntry("response set_routing_status", new Summary.ActionCount(2, 2));
  }

  @Test
  void eachHarEntryIsAConnectionWithItsUrlVersion() {
    Recording r = run(HAR);

    Map<String, Finding> found = r.conversationFindings();
    assertThat(found)
        .hasEntrySatisfying(
            "entry 0, frame 0",
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.VERSION_BELOW_CONNECTION);
              assertThat(f.actual()).isEqualTo("\"3.6\"");
              assertThat(f.expected()).isEqualTo("3.7 or later");
            })
        .hasEntrySatisfying(
            "entry 0, frame 2", f -> assertThat(f.rule()).isEqualTo(Rule.UNANSWERED_REQUEST))
        // A HAR entry is the whole connection: a response before any request has no request.
        .hasEntrySatisfying(
            "entry 1, frame 0", f -> assertThat(f.rule()).isEqualTo(Rule.RESPONSE_WITHOUT_REQUEST))
        .hasEntrySatisfying(
            "entry 1, frame 1", f -> assertThat(f.rule()).isEqualTo(Rule.PUSH_REQUEST_ID_UNKNOWN))
        .hasEntrySatisfying(
            "entry 1, frame 4",
            f -> {
              // the ping before it may come first
              assertThat(f.rule()).isEqualTo(Rule.FIRST_REQUEST_NOT_LOGIN);
              assertThat(f.actual()).isEqualTo("\"set_routing_status\"");
            })
        .hasSize(5);
    // Positions inside a frame mean nothing in the capture: the locator says where.
    assertThat(found.values()).allSatisfy(f -> assertThat(f.line()).isZero());
    assertThat(r.results).extracting(MessageResult::index).isSorted();
  }

  @Test
  void theFirstRequestMustBeLogin() {
    Recording r = run(DIR + "not-login.jsonl");

    assertThat(r.conversationFindings())
        .containsOnlyKeys("1")
        .hasEntrySatisfying("1", f -> assertThat(f.rule()).isEqualTo(Rule.FIRST_REQUEST_NOT_LOGIN));
  }

  @Test
  void aLogOfReceivedMessagesOnlyHasNoRequestsToMiss() {
    Recording r = run(DIR + "received-only.jsonl");

    assertThat(r.conversationFindings()).isEmpty();
    assertThat(r.summary.verdict()).isEqualTo(Summary.Verdict.CONFORMANT);
  }

  @Test
  void eachInputIsItsOwnConnection() {
    Recording r = run(SESSION, SESSION);

    assertThat(r.results).hasSize(34);
    List<String> first = describe(r.results.subList(0, 17));
    assertThat(describe(r.results.subList(17, 34))).isEqualTo(first);
  }

  @Test
  void anInputThatBreaksOffReportsNoUnansweredRequest(@TempDir Path dir) throws IOException {
    byte[] whole = sessionWithPendingRequest().getBytes(StandardCharsets.UTF_8);
    Path complete = dir.resolve("complete.jsonl.gz");
    Path truncated = dir.resolve("truncated.jsonl.gz");
    byte[] gzip = gzip(whole);
    Files.write(complete, gzip);
    Files.write(truncated, Arrays.copyOf(gzip, gzip.length - 40));

    Recording read = run(complete.toString());
    assertThat(read.conversationFindings().values())
        .extracting(Finding::rule)
        .containsExactly(Rule.UNANSWERED_REQUEST);

    Recording cut = run(truncated.toString());
    assertThat(cut.errors).singleElement();
    assertThat(cut.results).hasSizeGreaterThan(3);
    assertThat(cut.conversationFindings()).isEmpty();
  }

  @Test
  void anUnreadableMessageMayHaveBeenTheMissingResponse() {
    Recording r = run(DIR + "cut-short.json");

    assertThat(r.results).last().extracting(MessageResult::status).isEqualTo(Status.UNREADABLE);
    assertThat(r.conversationFindings()).isEmpty();
  }

  @Test
  void offMeansNoConversationFindings() {
    Recording r = run(CheckOptions.of(List.of(SESSION, HAR)).withConversation(false));

    assertThat(r.conversationFindings()).isEmpty();
    assertThat(r.summary.verdict()).isEqualTo(Summary.Verdict.CONFORMANT);
  }

  @Test
  void messagesOfKindsNotCheckedStillTellWhatWasSentButGetNoFindings() {
    Recording r = run(CheckOptions.of(List.of(SESSION)).withKinds(EnumSet.of(Kind.PUSH)));

    assertThat(r.conversationFindings())
        .containsOnlyKeys("14")
        .hasEntrySatisfying(
            "14", f -> assertThat(f.rule()).isEqualTo(Rule.PUSH_REQUEST_ID_UNKNOWN));
    assertThat(r.summary.skipped()).isEqualTo(14);
  }

  @Test
  void strictMakesTheWarningsErrors() {
    Recording r = run(CheckOptions.of(List.of(SESSION)).withStrict(true));

    assertThat(r.conversationFindings().values())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(r.summary.invalid()).isEqualTo(6);
    assertThat(r.summary.warnings()).isZero();
  }

  @Test
  void messagesWaitingBehindAPendingRequestKeepTheirOrderAcrossBatches() throws IOException {
    StringBuilder capture = new StringBuilder();
    capture.append(line("{\"request_id\":\"1\",\"action\":\"ping\",\"payload\":{}}"));
    for (int i = 0; i < 2_000; i++) {
      capture.append(line(push(i % 2 == 0 ? "accepting_chats" : "not_accepting_chats")));
    }
    capture.append(
        line(
            "{\"request_id\":\"1\",\"action\":\"ping\",\"type\":\"response\",\"success\":true,"
                + "\"payload\":{}}"));
    Path file = tmp.resolve("long.jsonl");
    Files.writeString(file, capture);

    Recording r = run(file.toString());

    assertThat(r.results).hasSize(2_002).extracting(MessageResult::line).isSorted();
    assertThat(r.conversationFindings()).isEmpty();
    assertThat(r.summary.valid()).isEqualTo(2_002);
  }

  private static String sessionWithPendingRequest() {
    StringBuilder s = new StringBuilder();
    s.append(line("{\"request_id\":\"1\",\"action\":\"ping\",\"payload\":{}}"));
    s.append(line("{\"request_id\":\"2\",\"action\":\"ping\",\"payload\":{}}"));
    s.append(
        line(
            "{\"request_id\":\"1\",\"action\":\"ping\",\"type\":\"response\",\"success\":true,"
                + "\"payload\":{}}"));
    // enough pushes after the pending request that a cut near the end keeps the request
    for (int i = 0; i < 200; i++) {
      s.append(line(push("accepting_chats")));
    }
    return s.toString();
  }

  private static String push(String status) {
    return "{\"version\":\"3.6\",\"action\":\"routing_status_set\",\"type\":\"push\",\"payload\":"
        + "{\"agent_id\":\"smith@example.com\",\"status\":\""
        + status
        + "\"}}";
  }

  private static String line(String json) {
    return json + "\n";
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static List<String> describe(List<MessageResult> results) {
    return results.stream()
        .map(
            r ->
                r.line()
                    + " "
                    + r.status()
                    + " "
                    + r.findings().stream().map(Finding::rule).toList())
        .toList();
  }
}
