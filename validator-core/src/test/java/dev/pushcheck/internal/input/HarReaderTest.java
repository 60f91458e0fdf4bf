package dev.pushcheck.internal.input;

import static dev.pushcheck.internal.input.ReaderFixtures.fixture;
import static dev.pushcheck.internal.input.ReaderFixtures.read;
import static dev.pushcheck.internal.input.ReaderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pushcheck.internal.input.MessageReader.InputProblem;
import dev.pushcheck.internal.input.RawMessage.Direction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.StringNode;

class HarReaderTest {
  private final HarReader reader = new HarReader();

  @Test
  void everyWebsocketFrameIsOneMessageLocatedByEntryAndFrame() throws IOException {
    List<RawMessage> messages = read(reader, "chrome.har", fixture("chrome.har"));

    assertThat(messages)
        .extracting(RawMessage::index, RawMessage::locator, RawMessage::line, RawMessage::column)
        .containsExactly(
            tuple(0L, "entry 1, frame 0", 17, 11),
            tuple(1L, "entry 1, frame 1", 18, 11),
            tuple(2L, "entry 1, frame 2", 19, 11),
            tuple(3L, "entry 1, frame 3", 20, 11),
            tuple(4L, "entry 2, frame 0", 27, 13));
  }

  @Test
  void frameTypeGivesTheDirectionAndTheUrlGivesTheVersion() throws IOException {
    List<RawMessage> messages = read(reader, "chrome.har", fixture("chrome.har"));

    assertThat(messages)
        .extracting(RawMessage::direction, RawMessage::urlVersion)
        .containsExactly(
            tuple(Direction.SENT_BY_CLIENT, "3.5"),
            tuple(Direction.RECEIVED_BY_CLIENT, "3.5"),
            tuple(Direction.RECEIVED_BY_CLIENT, "3.5"),
            tuple(Direction.RECEIVED_BY_CLIENT, "3.5"),
            tuple(Direction.RECEIVED_BY_CLIENT, "3.6"));
  }

  @Test
  void textFramesCarryTheirDataAndBinaryFramesAreSkipped() throws IOException {
    List<RawMessage> messages = read(reader, "chrome.har", fixture("chrome.har"));

    assertThat(messages.get(2).text())
        .isEqualTo(
            "{\"action\":\"incoming_chat\",\"type\":\"push\",\"version\":\"3.5\","
                + "\"payload\":{\"chat\":{\"id\":\"Q1\"}}}");
    assertThat(messages.get(2).origin()).isEqualTo(Origin.START);
    assertThat(messages.get(3).text()).isNull();
    assertThat(messages.get(3).skipReason()).isEqualTo("binary frame");
    assertThat(messages.get(4).text()).as("no opcode, string data").contains("chat_deactivated");
    assertThat(messages).allSatisfy(message -> assertThat(message.node()).isNull());
  }

  @Test
  void lowerCaseSpellingAndControlFramesOfMitmproxy() throws IOException {
    List<RawMessage> messages = read(reader, "mitm.har", fixture("mitmproxy.har"));

    assertThat(messages)
        .extracting(
            RawMessage::locator,
            RawMessage::line,
            RawMessage::direction,
            RawMessage::skipReason,
            RawMessage::urlVersion)
        .containsExactly(
            tuple("entry 0, frame 0", 8, Direction.RECEIVED_BY_CLIENT, null, "3.1"),
            tuple("entry 0, frame 1", 9, Direction.SENT_BY_CLIENT, "control frame", "3.1"),
            tuple("entry 1, frame 0", 15, Direction.UNKNOWN, null, ""));
    assertThat(messages.get(2).text()).isEqualTo("{}");
  }

  @Test
  void textFrameWithoutStringDataIsUnreadable() throws IOException {
    byte[] har =
        utf8(
            "{\"log\":{\"entries\":[{\"_webSocketMessages\":[{\"type\":\"receive\",\"opcode\":1}]}]}}");

    RawMessage message = read(reader, "x.har", har).get(0);

    assertThat(message.text()).isNull();
    assertThat(message.readProblem().actual()).isEqualTo("absent");
  }

  @Test
  void urlVersionIsOnlyADigitsVersion() {
    assertThat(
            HarReader.urlVersion(
                StringNode.valueOf("wss://api.livechatinc.com/v3.12/agent/rtm/ws")))
        .isEqualTo("3.12");
    assertThat(
            HarReader.urlVersion(
                StringNode.valueOf("wss://api.livechatinc.com/v3.1-beta/agent/rtm/ws")))
        .isEmpty();
    assertThat(
            HarReader.urlVersion(
                StringNode.valueOf("wss://api.livechatinc.com/v3.5/customer/rtm/ws")))
        .isEmpty();
  }

  @Test
  void harWithoutLogEntriesIsAnInputProblem() {
    for (String notHar :
        List.of("{\"log\":{\"version\":\"1.2\"}}", "{\"entries\":[]}", "[]", "{\"log\":[]}")) {
      assertThatThrownBy(() -> read(reader, "x.har", utf8(notHar)))
          .as(notHar)
          .isInstanceOf(InputProblem.class)
          .hasMessage("x.har: not a HAR capture: no log.entries array");
    }
  }

  @Test
  void emptyHarIsAnInputProblem() {
    assertThatThrownBy(() -> read(reader, "x.har", new byte[0]))
        .isInstanceOf(InputProblem.class)
        .hasMessage("x.har: the input is empty");
  }

  @Test
  void malformedHarIsAnInputProblemAfterTheFramesBeforeIt() {
    String har = new String(fixture("chrome.har"), java.nio.charset.StandardCharsets.UTF_8);
    byte[] broken =
        utf8(har.substring(0, har.lastIndexOf("\"_resourceType\": \"websocket\"")) + "!");
    List<RawMessage> messages = new ArrayList<>();

    assertThatThrownBy(() -> reader.read("x.har", new ByteArrayInputStream(broken), messages::add))
        .isInstanceOfSatisfying(
            InputProblem.class, problem -> assertThat(problem.error().line()).isEqualTo(24))
        .hasMessageStartingWith("x.har:24: malformed JSON: ")
        .hasMessageNotContaining("\n");
    assertThat(messages).hasSize(4);
  }
}
