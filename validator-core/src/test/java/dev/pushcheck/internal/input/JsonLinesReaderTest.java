package dev.pushcheck.internal.input;

import static dev.pushcheck.internal.input.ReaderFixtures.fixture;
import static dev.pushcheck.internal.input.ReaderFixtures.read;
import static dev.pushcheck.internal.input.ReaderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.RawMessage.Direction;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader();

  @Test
  void everyNonBlankLineIsOneMessageNumberedByItsLine() throws IOException {
    List<RawMessage> messages = read(reader, "chat.jsonl", fixture("messages.jsonl"));

    assertThat(messages)
        .extracting(RawMessage::index, RawMessage::line, RawMessage::column, RawMessage::origin)
        .containsExactly(
            tuple(0L, 1, 1, Origin.atLine(1)),
            tuple(1L, 3, 1, Origin.atLine(3)),
            tuple(2L, 4, 1, Origin.atLine(4)),
            tuple(3L, 6, 1, Origin.atLine(6)));
    assertThat(messages)
        .allSatisfy(
            message -> {
              assertThat(message.source()).isEqualTo("chat.jsonl");
              assertThat(message.locator()).isEmpty();
              assertThat(message.direction()).isEqualTo(Direction.UNKNOWN);
              assertThat(message.node()).isNull();
              assertThat(message.skipReason()).isNull();
              assertThat(message.readProblem()).isNull();
              assertThat(message.urlVersion()).isEmpty();
            });
  }

  @Test
  void textIsTheWholeLineSoColumnsInsideItAreColumnsOfTheFile() throws IOException {
    List<RawMessage> messages = read(reader, "chat.jsonl", fixture("messages.jsonl"));

    assertThat(messages.get(1).text())
        .isEqualTo(
            "   {\"action\":\"chat_deactivated\",\"type\":\"push\","
                + "\"payload\":{\"chat_id\":\"Q1\",\"thread_id\":\"T1\"}}");
  }

  @Test
  void malformedLineIsHandedOverAsTextAndTheFollowingLinesAreStillRead() throws IOException {
    List<RawMessage> messages = read(reader, "chat.jsonl", fixture("messages.jsonl"));

    RawMessage malformed = messages.get(2);
    assertThat(malformed.text()).isEqualTo("{\"action\":\"incoming_event\",\"type\":\"push\",");
    assertThatThrownBy(() -> JsonInput.readValue(malformed.text()))
        .isInstanceOf(JacksonException.class);
    assertThat(messages.get(3).text()).contains("user_added_to_chat");
  }

  @Test
  void crlfLineEndsAreNotPartOfTheText() throws IOException {
    List<RawMessage> messages = read(reader, "crlf.jsonl", utf8("{\"a\":1}\r\n\r\n{\"b\":2}\r\n"));

    assertThat(messages)
        .extracting(RawMessage::text, RawMessage::line)
        .containsExactly(tuple("{\"a\":1}", 1), tuple("{\"b\":2}", 3));
  }

  @Test
  void lastLineNeedsNoNewline() throws IOException {
    List<RawMessage> messages = read(reader, "x.jsonl", utf8("{\"a\":1}\n{\"b\":2}"));

    assertThat(messages).extracting(RawMessage::text).containsExactly("{\"a\":1}", "{\"b\":2}");
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstMessage() throws IOException {
    byte[] content = utf8("\uFEFF{\"a\":1}\n");

    assertThat(read(reader, "x.jsonl", content))
        .extracting(RawMessage::text)
        .containsExactly("{\"a\":1}");
  }

  @Test
  void emptyAndBlankInputsHaveNoMessages() throws IOException {
    assertThat(read(reader, "x.jsonl", new byte[0])).isEmpty();
    assertThat(read(reader, "x.jsonl", utf8("\n  \r\n\t\n"))).isEmpty();
  }

  @Test
  void lineLongerThanTheLimitIsUnreadableAndTheNextLineIsRead() throws IOException {
    JsonLinesReader smallLimit = new JsonLinesReader(16);
    byte[] content = utf8("{\"a\":1}\n{\"long\":\"" + "x".repeat(40) + "\"}\n{\"b\":2}\n");

    List<RawMessage> messages = read(smallLimit, "x.jsonl", content);

    assertThat(messages).extracting(RawMessage::index).containsExactly(0L, 1L, 2L);
    RawMessage tooLong = messages.get(1);
    assertThat(tooLong.text()).isNull();
    assertThat(tooLong.line()).isEqualTo(2);
    assertThat(tooLong.readProblem().rule()).isEqualTo(Rule.MALFORMED_JSON);
    assertThat(tooLong.readProblem().line()).isEqualTo(2);
    assertThat(tooLong.readProblem().detail()).isEqualTo("the line is longer than 16 bytes");
    assertThat(messages.get(2).text()).isEqualTo("{\"b\":2}");
  }

  @Test
  void lineLongerThanTheReadBufferIsKeptWhole() throws IOException {
    String longLine = "{\"data\":\"" + "é".repeat(200_000) + "\"}";

    List<RawMessage> messages = read(reader, "x.jsonl", utf8("{}\n" + longLine + "\n{}\n"));

    assertThat(messages).extracting(RawMessage::text).containsExactly("{}", longLine, "{}");
  }

  @Test
  void invalidUtf8MakesOnlyThatLineUnreadable() throws IOException {
    byte[] content = {'{', '}', '\n', '"', (byte) 0xC3, '"', '\n', '[', ']', '\n'};

    List<RawMessage> messages = read(reader, "x.jsonl", content);

    assertThat(messages).extracting(RawMessage::text).containsExactly("{}", null, "[]");
    assertThat(messages.get(1).readProblem().line()).isEqualTo(2);
  }

  @Test
  void wordAtATimeScansAgreeWithByteAtATimeOnesAtEveryOffset() {
    // Bytes around '\n' (0x0A) and the high bit, where a word-at-a-time borrow could mislead.
    byte[] alphabet = {
      '\n', 0x09, 0x0B, 0x0A + 0x80 - 0x100, 0x7F, (byte) 0x80, (byte) 0xFF, 'a', 0
    };
    Random random = new Random(10);
    for (int round = 0; round < 2_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
      }
      for (int from = 0; from <= bytes.length; from++) {
        for (int to = from; to <= bytes.length; to++) {
          int newline = -1;
          boolean ascii = true;
          for (int i = from; i < to; i++) {
            ascii &= bytes[i] >= 0;
            if (newline < 0 && bytes[i] == '\n') {
              newline = i;
            }
          }
          assertThat(JsonLinesReader.indexOfNewline(bytes, from, to)).isEqualTo(newline);
          assertThat(JsonLinesReader.isAscii(bytes, from, to)).isEqualTo(ascii);
        }
      }
    }
  }
}
