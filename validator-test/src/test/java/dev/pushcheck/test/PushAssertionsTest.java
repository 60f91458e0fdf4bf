package dev.pushcheck.test;

import static dev.pushcheck.test.PushAssertions.assertCaptureConforms;
import static dev.pushcheck.test.PushAssertions.assertConforms;
import static dev.pushcheck.test.PushAssertions.assertThatPush;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pushcheck.PushValidator;
import dev.pushcheck.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class PushAssertionsTest {
  private static final Path CONFORMING = Path.of("src/test/resources/pushes/chat_deactivated.json");
  private static final Path MISSING_CHAT_ID =
      Path.of("src/test/resources/broken/chat_deactivated_without_chat_id.json");
  private static final Path UNDOCUMENTED_FIELD =
      Path.of("src/test/resources/broken/chat_deactivated_undocumented.json");

  @Test
  void conformingPushesPassInEveryForm() throws IOException {
    assertConforms(CONFORMING);
    assertConforms(Files.readAllBytes(CONFORMING));
    assertConforms(Files.readString(CONFORMING));
    assertConforms(PushValidator.forVersion("3.6").strict(), CONFORMING);
  }

  @Test
  void aFileThatDoesNotConformFailsWithItsFindingsAsActual() {
    AssertionFailedError error =
        catchThrowableOfType(AssertionFailedError.class, () -> assertConforms(MISSING_CHAT_ID));

    assertThat(error)
        .hasMessageStartingWith(
            MISSING_CHAT_ID + ": push 'chat_deactivated' does not conform to Agent Chat API 3.6:")
        .hasMessageContaining(
            "5:14: error: [REQUIRED] /payload/chat_id: missing required field (expected present,"
                + " got absent)");
    assertThat(error.getExpected().getValue()).isEqualTo("no error finding");
    assertThat(error.getActual().getStringRepresentation()).contains("[REQUIRED] /payload/chat_id");
  }

  @Test
  void bytesAndTextFailTheSameWay() throws IOException {
    byte[] push = Files.readAllBytes(MISSING_CHAT_ID);

    assertThatThrownBy(() -> assertConforms(push))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("[REQUIRED] /payload/chat_id");
    assertThatThrownBy(() -> assertConforms(new String(push, StandardCharsets.UTF_8)))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("push 'chat_deactivated' does not conform");
  }

  @Test
  void warningsDoNotFailConformanceUnlessStrict() {
    assertConforms(UNDOCUMENTED_FIELD);

    assertThatThrownBy(
            () -> assertConforms(PushValidator.forVersion("3.6").strict(), UNDOCUMENTED_FIELD))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("[UNDOCUMENTED_FIELD] /payload/seen_by_bot");
  }

  @Test
  void assertThatPushChainsConformanceAndFindings() {
    assertThatPush(CONFORMING).conformsTo("3.6").hasNoWarnings().hasNoFindings();
    assertThatPush(MISSING_CHAT_ID)
        .against("3.6")
        .doesNotConform()
        .hasFinding(Rule.REQUIRED, "/payload/chat_id");
    assertThatPush(UNDOCUMENTED_FIELD)
        .conformsTo("3.6")
        .hasFinding(Rule.UNDOCUMENTED_FIELD, "/payload/seen_by_bot")
        .findings()
        .hasSize(1);
  }

  @Test
  void conformsToFailsListingTheFindings() {
    assertThatThrownBy(() -> assertThatPush(MISSING_CHAT_ID).conformsTo("3.6"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("[REQUIRED] /payload/chat_id");
  }

  @Test
  void hasFindingFailsNamingTheMissingFindingAndThoseThere() {
    assertThatThrownBy(
            () -> assertThatPush(MISSING_CHAT_ID).hasFinding(Rule.TYPE, "/payload/thread_id"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("to have a [TYPE] finding at /payload/thread_id, but it has:")
        .hasMessageContaining("[REQUIRED] /payload/chat_id");
    assertThatThrownBy(() -> assertThatPush(CONFORMING).hasFinding(Rule.REQUIRED, "/payload"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it has none");
  }

  @Test
  void hasNoWarningsAndDoesNotConformFailWhenTheyShould() {
    assertThatThrownBy(() -> assertThatPush(UNDOCUMENTED_FIELD).hasNoWarnings())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no warnings, but it has:")
        .hasMessageContaining("[UNDOCUMENTED_FIELD] /payload/seen_by_bot");
    assertThatThrownBy(() -> assertThatPush(CONFORMING).doesNotConform())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not to conform to Agent Chat API 3.6, but it does");
  }

  @Test
  void aConformingCaptureAndFolderPass() {
    assertCaptureConforms(Path.of("src/test/resources/pushes/session.jsonl"));
    assertCaptureConforms(Path.of("src/test/resources/pushes"), "3.6");
  }

  @Test
  void aCaptureWithAnInvalidMessageFailsWithItsPosition(@TempDir Path dir) throws IOException {
    Path capture = dir.resolve("capture.jsonl");
    Files.write(
        capture,
        (Files.readString(Path.of("src/test/resources/pushes/session.jsonl"))
                + "{\"action\":\"chat_deactivated\",\"type\":\"push\",\"payload\":{}}\n")
            .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> assertCaptureConforms(capture))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("(4 messages: 3 valid, 1 invalid, 0 unreadable, 0 skipped;")
        .hasMessageContaining("capture.jsonl:4:")
        .hasMessageContaining("[REQUIRED] /payload/chat_id");
  }

  @Test
  void aMissingCaptureFails(@TempDir Path dir) {
    assertThatThrownBy(() -> assertCaptureConforms(dir.resolve("missing.har")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("missing.har");
  }
}
