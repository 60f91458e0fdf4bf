package dev.pushcheck.internal.input;

import static dev.pushcheck.internal.input.ReaderFixtures.fixture;
import static dev.pushcheck.internal.input.ReaderFixtures.read;
import static dev.pushcheck.internal.input.ReaderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.MessageReader.InputProblem;
import dev.pushcheck.internal.input.RawMessage.Direction;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDocumentReaderTest {
  private final JsonDocumentReader reader = new JsonDocumentReader();

  @Test
  void arrayElementsAreMessagesAtTheirStartPositions() throws IOException {
    List<RawMessage> messages = read(reader, "pushes.json", fixture("messages-array.json"));

    assertThat(messages)
        .extracting(RawMessage::index, RawMessage::line, RawMessage::column)
        .containsExactly(tuple(0L, 2, 3), tuple(1L, 3, 3), tuple(2L, 5, 5));
    assertThat(messages)
        .extracting(message -> message.node().path("action").asString())
        .containsExactly("incoming_chat", "chat_deactivated", "user_added_to_chat");
    assertThat(messages)
        .allSatisfy(
            message -> {
              assertThat(message.source()).isEqualTo("pushes.json");
              assertThat(message.text()).isNull();
              assertThat(message.origin()).isEqualTo(Origin.START);
              assertThat(message.direction()).isEqualTo(Direction.UNKNOWN);
              assertThat(message.locator()).isEmpty();
              assertThat(message.readProblem()).isNull();
            });
  }

  @Test
  void nodesKnowTheirAbsolutePositionInTheFile() throws IOException {
    List<RawMessage> messages = read(reader, "pushes.json", fixture("messages-array.json"));

    var payload = JsonInput.locationOf(messages.get(1).node().get("payload"));
    assertThat(payload.getLineNr()).isEqualTo(4);
    assertThat(payload.getColumnNr()).isEqualTo(14);
  }

  @Test
  void rootValuesFollowingEachOtherAreOneMessageEach() throws IOException {
    List<RawMessage> messages = read(reader, "pushes.json", fixture("concatenated.json"));

    assertThat(messages)
        .extracting(RawMessage::index, RawMessage::line, RawMessage::column)
        .containsExactly(tuple(0L, 1, 1), tuple(1L, 6, 1), tuple(2L, 7, 3));
  }

  @Test
  void singleMessageIsOneMessage() throws IOException {
    List<RawMessage> messages = read(reader, "push.json", utf8("\n  {\"action\":\"x\"}\n"));

    assertThat(messages)
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.line()).isEqualTo(2);
              assertThat(message.column()).isEqualTo(3);
              assertThat(message.node().path("action").asString()).isEqualTo("x");
            });
  }

  @Test
  void nonObjectElementsAreStillMessages() throws IOException {
    List<RawMessage> messages = read(reader, "x.json", utf8("[1, \"two\", [3], null]"));

    assertThat(messages)
        .extracting(message -> message.node().toString())
        .containsExactly("1", "\"two\"", "[3]", "null");
  }

  @Test
  void malformedElementIsOneUnreadableMessageAndReadingGoesOn() throws IOException {
    List<RawMessage> messages = read(reader, "pushes.json", fixture("array-malformed.json"));

    assertThat(messages).hasSize(3);
    assertThat(messages.get(2).node().path("action").asString()).isEqualTo("user_added_to_chat");
    assertThat(messages.get(2).line()).isEqualTo(4);
    assertThat(messages.get(2).column()).isEqualTo(3);
    assertThat(messages.get(0).node()).isNotNull();
    RawMessage unreadable = messages.get(1);
    assertThat(unreadable.index()).isEqualTo(1);
    assertThat(unreadable.node()).isNull();
    assertThat(unreadable.text()).isNull();
    assertThat(unreadable.line()).isEqualTo(3);
    assertThat(unreadable.column()).isEqualTo(3);
    assertThat(unreadable.readProblem().rule()).isEqualTo(Rule.MALFORMED_JSON);
    assertThat(unreadable.readProblem().line()).isEqualTo(3);
    assertThat(unreadable.readProblem().column()).isEqualTo(46);
  }

  @Test
  void syntaxErrorBetweenElementsIsReportedWhereItIs() throws IOException {
    List<RawMessage> messages = read(reader, "x.json", utf8("[{\"a\":1},\n\n  ,{\"b\":2}]"));

    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).readProblem().line()).isEqualTo(3);
    assertThat(messages.get(1).line()).isEqualTo(3);
  }

  @Test
  void truncatedDocumentIsAnUnreadableMessage() throws IOException {
    List<RawMessage> messages = read(reader, "x.json", utf8("[{\"a\":1},\n{\"b\":"));

    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).readProblem().rule()).isEqualTo(Rule.MALFORMED_JSON);
    assertThat(messages.get(1).line()).isEqualTo(2);
  }

  @Test
  void duplicateKeyIsAnUnreadableMessage() throws IOException {
    List<RawMessage> messages = read(reader, "x.json", utf8("[{\"a\":1,\"a\":2}]"));

    assertThat(messages)
        .singleElement()
        .extracting(message -> message.readProblem().rule())
        .isEqualTo(Rule.DUPLICATE_KEY);
  }

  @Test
  void emptyInputHoldsNoMessage() throws IOException {
    assertThat(read(reader, "pushes.json", utf8(" \n\t"))).isEmpty();
  }

  @Test
  void emptyArrayHasNoMessages() throws IOException {
    assertThat(read(reader, "pushes.json", utf8("[]"))).isEmpty();
  }

  @Test
  void harDocumentIsReadAsHar() throws IOException {
    byte[] har = fixture("chrome.har");

    List<RawMessage> asDocument = read(reader, "capture.json", har);

    assertThat(asDocument)
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(read(new HarReader(), "capture.json", har));
    assertThat(asDocument).hasSize(5);
  }

  @Test
  void harDocumentWithoutEntriesIsAnInputProblem() {
    assertThatThrownBy(() -> read(reader, "capture.json", utf8("{\"log\":{\"version\":\"1.2\"}}")))
        .isInstanceOf(InputProblem.class)
        .hasMessage("capture.json: not a HAR capture: no log.entries array");
  }
}
