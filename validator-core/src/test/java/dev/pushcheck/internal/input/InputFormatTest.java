package dev.pushcheck.internal.input;

import static dev.pushcheck.internal.input.ReaderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

  @ParameterizedTest
  @CsvSource({
    "capture.har, HAR",
    "capture.zhar, HAR",
    "pushes.jsonl, JSON_LINES",
    "pushes.NDJSON, JSON_LINES",
  })
  void nameAnnouncesTheFormat(String name, InputFormat expected) {
    assertThat(InputFormat.byName(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"pushes.json", "<stdin>", "capture.txt"})
  void otherNamesLeaveItToTheContent(String name) {
    assertThat(InputFormat.byName(name)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  [{}]' | JSON_DOCUMENT",
        "'{\"a\":1}\n{\"b\":2}' | JSON_LINES",
        "'{\"a\":1}\r\n\r\n{\"b\":2}\r\n' | JSON_LINES",
        "'{\"a\":1}\n' | JSON_DOCUMENT",
        "'{\n\"a\":1}\n{\"b\":2}' | JSON_DOCUMENT",
        "'{\"a\":1} {\"b\":2}' | JSON_DOCUMENT",
        "'{\"log\":{\"entries\":[]}}' | HAR",
        "'\uFEFF{\n  \"log\": {' | HAR",
        "'' | JSON_DOCUMENT",
        "'garbage' | JSON_LINES",
        "'garbage\n{\"a\":1}' | JSON_LINES",
        "'{\"a\":\n{\"b\":2}' | JSON_DOCUMENT",
        "'{\"a\":1\n{\"b\":2}' | JSON_LINES",
        "'{\"a\":\"x\n{\"b\":2}' | JSON_LINES",
        "'{\"a\":1}}\n{\"b\":2}' | JSON_LINES",
        "'{\"a\":NaN}\n{\"b\":2}' | JSON_LINES",
      })
  void contentTellsTheFormat(String head, InputFormat expected) {
    byte[] bytes = utf8(head);

    byte[] padded = java.util.Arrays.copyOf(bytes, InputOpener.PEEK_BYTES);

    assertThat(InputFormat.byContent(padded, bytes.length)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aFirstLineLongerThanTheHeadIsJsonLines() {
    byte[] head = new byte[InputOpener.PEEK_BYTES];
    java.util.Arrays.fill(head, (byte) 'a');
    head[0] = '{';
    head[1] = '"';

    assertThat(InputFormat.byContent(head, head.length)).isEqualTo(InputFormat.JSON_LINES);
  }
}
