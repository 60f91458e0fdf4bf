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
  void emptyHarHoldsNoMessage() throws IOException {
    assertThat(read(reader, "x.har", new byte[0])).isEmpty();
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

  private static final String URL_35 =
      "\"request\":{\"url\":\"wss://api.livechatinc.com/v3.5/agent/rtm/ws\"}";
  private static final String FRAMES =
      "\"_webSocketMessages\":[{\"type\":\"receive\",\"opcode\":1,\"data\":\"{}\"},"
          + "{\"type\":\"send\",\"data\":\"[]\"}]";

  @Test
  void urlVersionAppliesToTheFramesAfterTheRequestOnly() throws IOException {
    byte[] requestFirst = utf8("{\"log\":{\"entries\":[{" + URL_35 + "," + FRAMES + "}]}}");
    byte[] framesFirst = utf8("{\"log\":{\"entries\":[{" + FRAMES + "," + URL_35 + "}]}}");

    assertThat(read(reader, "x.har", requestFirst))
        .extracting(RawMessage::urlVersion)
        .containsExactly("3.5", "3.5");
    assertThat(read(reader, "x.har", framesFirst))
        .extracting(RawMessage::locator, RawMessage::urlVersion)
        .containsExactly(tuple("entry 0, frame 0", ""), tuple("entry 0, frame 1", ""));
  }

  @Test
  void framesOfOneEntryAreHandedOverAsTheyAreRead() {
    int frames = 200_000;
    String frame = "{\"type\":\"receive\",\"opcode\":1,\"data\":\"{}\"},";
    java.io.InputStream endless =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(
                utf8("{\"log\":{\"entries\":[{" + URL_35 + ",\"_webSocketMessages\":[")),
            new java.io.InputStream() {
              private final byte[] bytes = utf8(frame.repeat(frames));
              private int next;

              @Override
              public int read() {
                return next < bytes.length ? bytes[next++] : -1;
              }

              @Override
              public int read(byte[] b, int off, int len) {
                if (next >= bytes.length) {
                  return -1;
                }
                int n = Math.min(len, bytes.length - next);
                System.arraycopy(bytes, next, b, off, n);
                next += n;
                return n;
              }
            });
    long[] consumedAtFirst = {-1};
    CountingStream counting = new CountingStream(endless);

    assertThatThrownBy(
            () ->
                reader.read(
                    "x.har",
                    counting,
                    message -> {
                      if (consumedAtFirst[0] < 0) {
                        consumedAtFirst[0] = counting.count;
                      }
                    }))
        .isInstanceOf(InputProblem.class)
        .hasMessageContaining("the input ends inside");
    assertThat(consumedAtFirst[0]).isBetween(1L, 1L << 20);
  }

  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(java.io.InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }

  @Test
  void truncatedHarReportsEveryCompleteFrameThenTheProblem() {
    StringBuilder har =
        new StringBuilder("{\"log\":{\"entries\":[{" + URL_35 + ",\n\"_webSocketMessages\":[\n");
    for (int i = 0; i < 6; i++) {
      har.append("{\"type\":\"receive\",\"opcode\":1,\"data\":\"{}\"},\n");
    }
    String whole = har.toString();
    byte[] cut = utf8(whole.substring(0, whole.length() - 20));
    List<RawMessage> messages = new ArrayList<>();

    assertThatThrownBy(() -> reader.read("x.har", new ByteArrayInputStream(cut), messages::add))
        .isInstanceOf(InputProblem.class)
        .hasMessageStartingWith("x.har:8: malformed JSON: the input ends inside");
    assertThat(messages).hasSize(5);
  }

  @Test
  void onlyEightNineAndTenAreControlFramesAndOtherOpcodesAreUnreadable() throws IOException {
    List<String> opcodes =
        List.of("1", "2", "8", "9", "10", "\"1\"", "1.0", "null", "3", "-1", "99999999999");
    StringBuilder frames = new StringBuilder();
    for (String opcode : opcodes) {
      frames
          .append(frames.length() == 0 ? "" : ",")
          .append("{\"type\":\"receive\",\"opcode\":")
          .append(opcode)
          .append(",\"data\":\"{}\"}");
    }
    byte[] har = utf8("{\"log\":{\"entries\":[{\"_webSocketMessages\":[" + frames + "]}]}}");

    List<RawMessage> messages = read(reader, "x.har", har);

    assertThat(messages)
        .extracting(
            m ->
                m.text() != null
                    ? "text"
                    : m.skipReason() != null ? m.skipReason() : m.readProblem().rule().name())
        .containsExactly(
            "text",
            "binary frame",
            "control frame",
            "control frame",
            "control frame",
            "UNKNOWN_OPCODE",
            "UNKNOWN_OPCODE",
            "UNKNOWN_OPCODE",
            "UNKNOWN_OPCODE",
            "UNKNOWN_OPCODE",
            "UNKNOWN_OPCODE");
    assertThat(messages.get(5).readProblem().detail())
        .isEqualTo("opcode \"1\" is not a websocket frame type");
    assertThat(messages.get(6).readProblem().actual()).isEqualTo("1.0");
  }

  @Test
  void httpOnlyHarHoldsNoMessage() throws IOException {
    byte[] har = utf8("{\"log\":{\"entries\":[{\"request\":{\"url\":\"https://x\"}},{}]}}");

    assertThat(read(reader, "x.har", har)).isEmpty();
  }
}
