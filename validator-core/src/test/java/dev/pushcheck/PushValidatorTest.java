package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushValidatorTest {
  private static final PushValidator V31_BETA = PushValidator.forVersion("3.1-beta");
  private static final PushValidator V36 = PushValidator.forVersion("3.6");

  @Test
  void misspeltActionSuggestsTheClosestKnownOnes() {
    ValidationResult r =
        V31_BETA.validate("{\"action\":\"thread_closd\",\"type\":\"push\",\"payload\":{}}");

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_ACTION);
              assertThat(f.pointer()).isEqualTo("/action");
              assertThat(f.message()).endsWith("did you mean `thread_closed`?");
              assertThat(f.line()).isEqualTo(1);
              assertThat(f.column()).isEqualTo(11);
            });
  }

  @Test
  void actionOfAnotherVersionSaysWhatItBecame() {
    ValidationResult r =
        V36.validate(
            "{\"version\":\"3.6\",\"action\":\"customer_visit_started\",\"type\":\"push\",\"payload\":{}}");

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.ACTION_NOT_IN_VERSION);
              assertThat(f.detail())
                  .isEqualTo(
                      "`customer_visit_started` is not a 3.6 push; it is a push of"
                          + " 3.1-beta, 3.1, 3.2, replaced by `incoming_customer` in 3.3");
            });
  }

  @Test
  void anEventWithoutTypeIsMissingItsTypeOnlyNotUndocumentedInEveryField() {
    // The walk cannot choose the event type's branch without `type`: every branch counts.
    ValidationResult r =
        V36.validate(
            "{\"version\":\"3.6\",\"action\":\"incoming_event\",\"type\":\"push\","
                + "\"payload\":{\"chat_id\":\"C\",\"thread_id\":\"T\",\"event\":{"
                + "\"id\":\"T_1\",\"author_id\":\"a@b.c\","
                + "\"created_at\":\"2024-03-19T07:27:08.820000Z\",\"visibility\":\"all\","
                + "\"text\":\"hi\"}}}");

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.REQUIRED);
              assertThat(f.pointer()).isEqualTo("/payload/event/type");
            });
  }

  @Test
  void anEventWithTypeStillHasItsUndocumentedFieldsReported() {
    ValidationResult r =
        V36.validate(
            "{\"version\":\"3.6\",\"action\":\"incoming_event\",\"type\":\"push\","
                + "\"payload\":{\"chat_id\":\"C\",\"thread_id\":\"T\",\"event\":{"
                + "\"id\":\"T_1\",\"type\":\"message\",\"author_id\":\"a@b.c\","
                + "\"created_at\":\"2024-03-19T07:27:08.820000Z\",\"visibility\":\"all\","
                + "\"text\":\"hi\",\"fields\":[]}}}");

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.UNDOCUMENTED_FIELD);
              assertThat(f.pointer()).isEqualTo("/payload/event/fields");
            });
  }

  @Test
  void theEngineIsKeptByEveryCopy() {
    PushValidator reference = V36.withEngine(Engine.REFERENCE);

    assertThat(V36.engine()).isEqualTo(Engine.COMPILED);
    assertThat(reference.engine()).isEqualTo(Engine.REFERENCE);
    assertThat(reference.strict().engine()).isEqualTo(Engine.REFERENCE);
    assertThat(reference.strict().withEngine(Engine.COMPILED).isStrict()).isTrue();
    assertThat(reference.withEngine(Engine.REFERENCE)).isSameAs(reference);
  }

  @Test
  void aFindingInAPrettyPrintedMessageNamesItsLineAndColumnWhateverTheLineBreaks() {
    String message =
        "{\r\n  \"version\": \"3.6\",\n  \"action\": \"chat_deactivated\",\r  \"type\": \"push\",\r\n"
            + "  \"payload\": {\r\n    \"chat_id\": 1,\r\n    \"thread_id\": \"T\"\r\n  }\r\n}\r\n";

    assertThat(V36.validate(message).findings())
        .filteredOn(f -> f.rule() == Rule.TYPE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/payload/chat_id");
              assertThat(f.line()).isEqualTo(6);
              assertThat(f.column()).isEqualTo(16);
            });
  }

  @Test
  void duplicateKeysMakeTheMessageUnreadable() {
    ValidationResult r = V36.validate("{\"action\":\"a\",\n \"action\":\"b\"}");

    assertThat(r.status()).isEqualTo(Status.UNREADABLE);
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.DUPLICATE_KEY);
              assertThat(f.line()).isEqualTo(2);
            });
  }

  @Test
  void malformedJsonGivesItsPosition() {
    ValidationResult r = V36.validate("{\"action\": \"chat_deleted\",\n  \"type\": push}");

    assertThat(r.status()).isEqualTo(Status.UNREADABLE);
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.MALFORMED_JSON);
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.column()).isGreaterThan(1);
            });
  }

  @Test
  void trailingContentIsMalformed() {
    assertThat(V36.validate("{} {}").findings())
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.MALFORMED_JSON));
  }

  @Test
  void aMessageMustBeAnObject() {
    assertThat(V36.validate("[1]").findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.NOT_AN_OBJECT);
              assertThat(f.actual()).isEqualTo("array");
            });
  }

  @Test
  void wrongTypeAndEnumCarryExpectedAndActual() {
    ValidationResult r =
        V31_BETA.validate(
            "{\"action\":\"chat_transferred\",\"type\":\"push\",\"payload\":"
                + "{\"chat_id\":7,\"requester_id\":\"a\",\"type\":\"bot\",\"ids\":[\"x\"]}}");

    assertThat(r.findings())
        .extracting(Finding::rule, Finding::pointer, Finding::expected, Finding::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.TYPE, "/payload/chat_id", "string", "integer"),
            org.assertj.core.groups.Tuple.tuple(
                Rule.ENUM, "/payload/type", "one of [agent, group]", "\"bot\""));
  }

  @Test
  void undocumentedReasonIsAWarningAndStrictMakesItAnError() {
    String push =
        "{\"action\":\"agent_disconnected\",\"type\":\"push\",\"payload\":{\"reason\":\"solar_flare\"}}";

    ValidationResult lenient = V31_BETA.validate(push);
    ValidationResult strict = V31_BETA.strict().validate(push);

    assertThat(lenient.isValid()).isTrue();
    assertThat(lenient.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.UNDOCUMENTED_VALUE);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.pointer()).isEqualTo("/payload/reason");
            });
    assertThat(strict.isValid()).isFalse();
    assertThat(strict.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void unknownVersionFieldIsAnError() {
    ValidationResult r =
        V36.validate(
            "{\"version\":\"4.0\",\"action\":\"chat_deleted\",\"type\":\"push\",\"payload\":{\"chat_id\":\"A\"}}");

    assertThat(r.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_API_VERSION));
    assertThat(r.apiVersion()).isEqualTo("3.6");
  }

  @Test
  void assertConformsListsEveryFinding() {
    assertThatThrownBy(
            () ->
                V31_BETA.assertConforms(
                    "{\"action\":\"thread_closed\",\"type\":\"push\",\"payload\":{\"chat_id\":1,\"extra\":true}}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("push 'thread_closed' does not conform to Agent Chat API 3.1-beta")
        .hasMessageContaining("[REQUIRED] /payload/thread_id")
        .hasMessageContaining("[TYPE] /payload/chat_id: wrong type (expected string, got integer)")
        .hasMessageContaining("[UNDOCUMENTED_FIELD] /payload/extra");
  }

  @Test
  void assertConformsPassesAConformingPush() {
    V31_BETA.assertConforms(
        "{\"action\":\"thread_closed\",\"type\":\"push\",\"payload\":"
            + "{\"chat_id\":\"PJ0MRSHTDG\",\"thread_id\":\"K600PKZON8\"}}");
  }

  @Test
  void assertConformsOnBytesListsEveryFinding() {
    byte[] push =
        "{\"action\":\"thread_closed\",\"type\":\"push\",\"payload\":{\"chat_id\":1}}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> V31_BETA.assertConforms(push))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("push 'thread_closed' does not conform to Agent Chat API 3.1-beta")
        .hasMessageContaining("1:62: error: [TYPE] /payload/chat_id")
        .hasMessageContaining("[REQUIRED] /payload/thread_id");
  }

  @Test
  void assertConformsOnAFileNamesItAndGivesPositionsInIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("thread_closed.json");
    Files.writeString(
        file, "{\n  \"action\": \"thread_closed\",\n  \"type\": \"push\",\n  \"payload\": {}\n}\n");

    assertThatThrownBy(() -> V31_BETA.assertConforms(file))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(file + ": push 'thread_closed' does not conform")
        .hasMessageContaining("4:14: error: [REQUIRED] /payload/chat_id");
  }

  @Test
  void assertConformsPassesConformingBytesAndFiles(@TempDir Path dir) throws IOException {
    String push =
        "{\"action\":\"thread_closed\",\"type\":\"push\",\"payload\":"
            + "{\"chat_id\":\"PJ0MRSHTDG\",\"thread_id\":\"K600PKZON8\"}}";
    Path file = Files.writeString(dir.resolve("ok.json"), push);

    V31_BETA.assertConforms(push.getBytes(StandardCharsets.UTF_8));
    V31_BETA.assertConforms(file);
  }

  @Test
  void bytesAndTextGiveTheSameResult() {
    String push = "{\"action\":\"thread_closed\",\"type\":\"push\",\"payload\":{\"chat_id\":1}}";

    ValidationResult fromBytes = V31_BETA.validate(push.getBytes(StandardCharsets.UTF_8));

    assertThat(fromBytes).isEqualTo(V31_BETA.validate(push));
    assertThat(fromBytes.findings()).extracting(Finding::rule).contains(Rule.REQUIRED, Rule.TYPE);
  }

  @Test
  void unknownVersionIsRefused() {
    assertThatThrownBy(() -> PushValidator.forVersion("3.0"))
        .isInstanceOf(PushcheckException.UnknownApiVersion.class);
  }

  @Test
  void invalidUtf8BytesAreMalformedJsonNotReplaced() {
    byte[] push =
        "{\"action\":\"x\u00e9\",\"type\":\"push\",\"payload\":{}}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(push, push.length);
    broken[12] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
    broken[13] = (byte) '"';

    ValidationResult r = V36.validate(broken);

    assertThat(r.isValid()).isFalse();
    assertThat(r.findings())
        .singleElement()
        .extracting(Finding::rule)
        .isEqualTo(Rule.MALFORMED_JSON);
  }

  @Test
  void aFractionTooSmallForADoubleIsANumberNotAnInteger() {
    String push =
        "{\"action\":\"customer_statistics_updated\",\"type\":\"push\",\"payload\":"
            + "{\"customer_id\":\"c1\",\"statistics\":{\"chats_count\":%s,\"threads_count\":1,"
            + "\"visits_count\":1,\"page_views_count\":1,\"greetings_accepted_count\":1}}}";

    ValidationResult exact = V36.validate(String.format(push, "1"));
    ValidationResult tiny = V36.validate(String.format(push, "-1e-999999"));
    ValidationResult rounded = V36.validate(String.format(push, "1.0000000000000000001"));

    assertThat(exact.findings()).extracting(Finding::rule).doesNotContain(Rule.TYPE);
    for (ValidationResult r : java.util.List.of(tiny, rounded)) {
      assertThat(r.findings())
          .filteredOn(f -> f.rule() == Rule.TYPE)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.pointer()).isEqualTo("/payload/statistics/chats_count");
                assertThat(f.actual()).contains("number");
              });
    }
  }
}
