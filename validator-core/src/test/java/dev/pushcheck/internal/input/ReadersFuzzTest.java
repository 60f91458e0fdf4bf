package dev.pushcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pushcheck.internal.input.MessageReader.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz targets for every reader. Invariants: no exception but a one-line {@link InputProblem}
 * escapes, and every message is handed over once, numbered 0, 1, 2, … in input order. Plain {@code
 * mvn test} replays the committed inputs under {@code ReadersFuzzTestInputs/}; {@code .ci/fuzz}
 * fuzzes each target for a while ({@code JAZZER_FUZZ=1}).
 */
class ReadersFuzzTest {
  // Jackson's own names (`JsonReadFeature.X`, `StreamReadConstraints...`, tools.jackson...): a
  // backtick alone may be the input's own character (see jsonDocument/backtick-in-the-input.json).
  private static final String PARSER_WORDS = "`[A-Z][A-Za-z]+\\.|tools\\.jackson";

  @FuzzTest
  void jsonLines(byte[] input) throws IOException {
    check(new JsonLinesReader(256), "fuzz.jsonl", input);
  }

  @FuzzTest
  void jsonDocument(byte[] input) throws IOException {
    check(new JsonDocumentReader(), "fuzz.json", input);
  }

  @FuzzTest
  void har(byte[] input) throws IOException {
    check(new HarReader(), "fuzz.har", input);
  }

  /** gzip and zlib detection: the same bytes under every name that picks a decompression. */
  @FuzzTest
  void compression(byte[] input) throws IOException {
    for (String name : List.of("fuzz.jsonl.gz", "fuzz.zhar", "fuzz.har.gz")) {
      check(new InputOpener(), name, input);
    }
  }

  /** Standard input and unknown names: the format is sniffed from the content. */
  @FuzzTest
  void stdinSniffing(byte[] input) throws IOException {
    check(new InputOpener(), "<stdin>", input);
    check(new InputOpener(), "fuzz.txt", input);
  }

  /**
   * The plain parser reads a text only as Jackson does: what it does not decline, Jackson reads to
   * the same tree, with and without locations.
   */
  @FuzzTest
  void plainTree(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    JsonNode plain = PlainTreeParser.parseOrNull(text);
    JsonNode located = PlainTreeParser.parseLocatedOrNull(text);
    assertThat(located == null).as("declined located as not").isEqualTo(plain == null);
    if (plain != null) {
      assertThat(TreeReaderTest.sameTree(plain, JsonInput.readValue(text, false)))
          .as("the same tree as Jackson's of %s", text)
          .isTrue();
      assertThat(TreeReaderTest.sameTree(located, JsonInput.readValue(text, true)))
          .as("the same located tree as Jackson's of %s", text)
          .isTrue();
    }
  }

  static List<RawMessage> check(MessageReader reader, String source, byte[] input)
      throws IOException {
    List<RawMessage> messages = new ArrayList<>();
    try {
      reader.read(source, new ByteArrayInputStream(input), messages::add);
    } catch (InputProblem problem) {
      assertThat(problem.getMessage()).doesNotContain("\n").startsWith(source + ":");
      assertThat(ownWords(problem.error().message())).doesNotContainPattern(PARSER_WORDS);
    }
    for (int i = 0; i < messages.size(); i++) {
      RawMessage message = messages.get(i);
      assertThat(message.index()).as("index of message %d", i).isEqualTo(i);
      assertThat(message.source()).isEqualTo(source);
      if (message.readProblem() != null) {
        assertThat(message.readProblem().detail()).doesNotContain("\n");
        assertThat(ownWords(message.readProblem().detail())).doesNotContainPattern(PARSER_WORDS);
      }
    }
    return messages;
  }

  /**
   * A message without the input's own text it quotes ({@code opcode "1tools.jackson"}), whole or
   * cut short ({@code opcode "99…tools.jackson99…}).
   */
  private static String ownWords(String message) {
    return message.replaceAll("\"(?:[^\"\\\\…]|\\\\.)*(?:\"|…|$)", "\"…\"");
  }
}
