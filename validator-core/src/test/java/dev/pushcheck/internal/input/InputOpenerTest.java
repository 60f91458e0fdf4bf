package dev.pushcheck.internal.input;

import static dev.pushcheck.internal.input.ReaderFixtures.fixture;
import static dev.pushcheck.internal.input.ReaderFixtures.gzip;
import static dev.pushcheck.internal.input.ReaderFixtures.read;
import static dev.pushcheck.internal.input.ReaderFixtures.utf8;
import static dev.pushcheck.internal.input.ReaderFixtures.zlib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pushcheck.internal.input.MessageReader.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputOpenerTest {
  private final InputOpener opener = new InputOpener();

  @TempDir Path dir;

  @Test
  void jsonLinesByName() throws IOException {
    for (String name : List.of("chat.jsonl", "chat.ndjson", "CHAT.JSONL")) {
      assertThat(read(opener, name, fixture("messages.jsonl")))
          .as(name)
          .extracting(RawMessage::line)
          .containsExactly(1, 3, 4, 6);
    }
  }

  @Test
  void jsonLinesInAJsonFileAreReadAsJsonLines() throws IOException {
    List<RawMessage> messages = read(opener, "pushes.json", fixture("json-lines-content.json"));

    assertThat(messages).extracting(RawMessage::line).containsExactly(1, 2, 4);
    assertThat(messages).allSatisfy(message -> assertThat(message.text()).isNotNull());
  }

  @Test
  void arrayOnStdinIsAJsonDocument() throws IOException {
    List<RawMessage> messages = read(opener, "<stdin>", fixture("messages-array.json"));

    assertThat(messages).hasSize(3).allSatisfy(message -> assertThat(message.node()).isNotNull());
  }

  @Test
  void prettyPrintedObjectsAreAJsonDocument() throws IOException {
    List<RawMessage> messages = read(opener, "pushes.json", fixture("concatenated.json"));

    assertThat(messages).extracting(RawMessage::line).containsExactly(1, 6, 7);
    assertThat(messages).allSatisfy(message -> assertThat(message.node()).isNotNull());
  }

  @Test
  void oneMessageOnOneLineIsAJsonDocument() throws IOException {
    List<RawMessage> messages = read(opener, "push.json", utf8("{\"action\":\"x\"}\n\n"));

    assertThat(messages)
        .singleElement()
        .satisfies(message -> assertThat(message.node()).isNotNull());
  }

  @Test
  void harOnStdinIsRecognised() throws IOException {
    List<RawMessage> messages = read(opener, "<stdin>", fixture("chrome.har"));

    assertThat(messages)
        .extracting(RawMessage::locator)
        .contains("entry 1, frame 0", "entry 2, frame 0");
  }

  @Test
  void harWithLogAfterOtherMembersIsRecognisedAsWell() throws IOException {
    byte[] har =
        utf8(
            "{\"comment\":\"x\",\"log\":{\"entries\":[{\"_webSocketMessages\":"
                + "[{\"type\":\"receive\",\"opcode\":1,\"data\":\"{}\"}]}]}}");

    assertThat(read(opener, "<stdin>", har))
        .extracting(RawMessage::locator)
        .containsExactly("entry 0, frame 0");
  }

  @Test
  void harGzAndZharAreDecompressed() throws IOException {
    List<RawMessage> plain = read(opener, "chrome.har", fixture("chrome.har"));
    Path harGz = Files.write(dir.resolve("chrome.har.gz"), gzip(fixture("chrome.har")));
    Path zhar = Files.write(dir.resolve("chrome.zhar"), zlib(fixture("chrome.har")));

    assertThat(readFile(harGz)).extracting(RawMessage::text).isEqualTo(texts(plain));
    assertThat(readFile(zhar)).extracting(RawMessage::text).isEqualTo(texts(plain));
    assertThat(readFile(zhar)).extracting(RawMessage::line).containsExactly(17, 18, 19, 20, 27);
  }

  @Test
  void gzipAndZlibAreRecognisedByTheirFirstBytes() throws IOException {
    assertThat(read(opener, "<stdin>", gzip(fixture("messages.jsonl")))).hasSize(4);
    assertThat(read(opener, "<stdin>", zlib(fixture("chrome.har")))).hasSize(5);
    assertThat(read(opener, "pushes.jsonl", gzip(fixture("messages.jsonl")))).hasSize(4);
  }

  @Test
  void truncatedGzipDeliversTheMessagesBeforeThenIsAnInputProblem() throws IOException {
    assertTruncationDeliversEveryLineBefore(5000);
  }

  @Test
  void truncationInsideTheSniffedHeadDeliversTheMessagesBeforeAsWell() throws IOException {
    assertTruncationDeliversEveryLineBefore(300);
  }

  private void assertTruncationDeliversEveryLineBefore(int lines) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    Random random = new Random(42);
    for (int i = 0; i < lines; i++) {
      jsonl
          .append("{\"n\":")
          .append(i)
          .append(",\"r\":\"")
          .append(random.nextLong())
          .append("\"}\n");
    }
    byte[] compressed = gzip(utf8(jsonl.toString()));
    Path truncated =
        Files.write(dir.resolve("big.jsonl.gz"), Arrays.copyOf(compressed, compressed.length / 2));
    List<RawMessage> messages = new ArrayList<>();

    assertThatThrownBy(() -> readPath(truncated, messages::add))
        .isInstanceOfSatisfying(
            InputProblem.class,
            problem -> {
              assertThat(problem.error().line())
                  .as("the line cut off")
                  .isEqualTo(messages.size() + 1);
              assertThat(problem)
                  .hasMessage(
                      truncated
                          + ":"
                          + problem.error().line()
                          + ": truncated or corrupt gzip stream");
            });
    assertThat(messages).hasSizeGreaterThan(lines / 4);
    for (int i = 0; i < messages.size(); i++) {
      assertThat(messages.get(i).text()).startsWith("{\"n\":" + i + ",").endsWith("\"}");
    }
  }

  @Test
  void truncatedHarGzDeliversTheFramesBeforeThenIsAnInputProblem() throws IOException {
    byte[] compressed = gzip(fixture("chrome.har"));
    Path truncated =
        Files.write(
            dir.resolve("chrome.har.gz"), Arrays.copyOf(compressed, compressed.length - 12));

    assertThatThrownBy(() -> readPath(truncated, message -> {}))
        .isInstanceOf(InputProblem.class)
        .hasMessageEndingWith(": truncated or corrupt gzip stream");
  }

  @Test
  void zharThatIsNotCompressedIsReadAsItIs() throws IOException {
    Path notCompressed = Files.write(dir.resolve("capture.zhar"), fixture("chrome.har"));

    assertThat(readFile(notCompressed)).hasSize(5);
  }

  @Test
  void gzNameOnBytesThatAreNotGzipIsNotAGzipFile() throws IOException {
    Path notGzip = Files.write(dir.resolve("capture.jsonl.gz"), fixture("messages.jsonl"));

    assertThatThrownBy(() -> readPath(notGzip, message -> {}))
        .isInstanceOf(InputProblem.class)
        .hasMessage(notGzip + ": not a gzip file (its name ends in .gz)");
  }

  @Test
  void emptyGzFileHoldsNoMessage() throws IOException {
    assertThat(readFile(Files.write(dir.resolve("capture.jsonl.gz"), new byte[0]))).isEmpty();
  }

  @Test
  void missingFileIsAnInputProblem() {
    Path missing = dir.resolve("missing.jsonl");

    assertThatThrownBy(() -> readPath(missing, message -> {}))
        .isInstanceOf(InputProblem.class)
        .hasMessage(missing + ": no such file or directory");
  }

  @Test
  void emptyStdinHoldsNoMessage() throws IOException {
    assertThat(read(opener, "<stdin>", new byte[0])).isEmpty();
  }

  /** Reads a file the way a run does: the path as the source name. */
  private static void readPath(Path file, Consumer<RawMessage> sink) throws InputProblem {
    InputOpener.read(file.toString(), () -> Files.newInputStream(file), sink);
  }

  private static List<RawMessage> readFile(Path file) throws IOException {
    List<RawMessage> messages = new ArrayList<>();
    readPath(file, messages::add);
    return messages;
  }

  private static List<String> texts(List<RawMessage> messages) {
    return messages.stream().map(RawMessage::text).toList();
  }
}
