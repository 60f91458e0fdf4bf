package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two steps of a run, spread as an engine spreads them, give what {@link Check#run} gives. */
class RunStepsTest {
  private static final String PARTS = "src/test/resources/steps/parts.jsonl";
  private static final String HAR = "../examples/agent-session.har";

  private static RecordingReporter check(String... files) {
    RecordingReporter recording = new RecordingReporter();
    Check.run(
        CheckOptions.of(List.of(files)).withThreads(1),
        new ByteArrayInputStream(new byte[0]),
        recording);
    return recording;
  }

  /** Reads {@code file} in parts of {@code linesPerPart} lines, then sequences the parts. */
  private static Summary inParts(String file, int linesPerPart, RecordingReporter into)
      throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of(file));
    RunSteps steps = RunSteps.of(CheckOptions.of(List.of()));
    RunSteps.Sequence sequence = steps.sequence(into);
    int lines = 0;
    long messages = 0;
    long total = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      for (int n = 0; n < linesPerPart && end < bytes.length; n++) {
        while (end < bytes.length && bytes[end++] != '\n') {}
      }
      byte[] part = Arrays.copyOfRange(bytes, start, end);
      List<RunSteps.Checked> read = new ArrayList<>();
      RunSteps.PartEnd partEnd =
          steps.readLines(file, () -> new ByteArrayInputStream(part), start == 0, read::add);
      assertThat(partEnd.error()).isEmpty();
      assertThat(partEnd.bytes()).isEqualTo(part.length);
      assertThat(partEnd.messages()).isEqualTo(read.size());
      for (RunSteps.Checked checked : read) {
        sequence.accept(checked, lines, messages);
      }
      lines += (int) partEnd.lineBreaks();
      messages += partEnd.messages();
      total += part.length;
      start = end;
    }
    sequence.inputEnded(file, messages, total);
    return sequence.finish();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 1000})
  void jsonLinesReadInPartsGiveWhatTheRunGives(int linesPerPart) throws IOException {
    RecordingReporter whole = check(PARTS);
    RecordingReporter parts = new RecordingReporter();

    Summary summary = inParts(PARTS, linesPerPart, parts);

    assertThat(whole.results).hasSizeGreaterThan(15);
    assertThat(parts.results).containsExactlyElementsOf(whole.results);
    assertThat(summary).isEqualTo(whole.summary);
  }

  @Test
  void partsCountLinesAndMessagesFromTheirStart() {
    RunSteps steps = RunSteps.of(CheckOptions.of(List.of()));
    List<RunSteps.Checked> read = new ArrayList<>();
    byte[] part = "\n{\"action\":1}\r\n\n{\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    RunSteps.PartEnd end =
        steps.readLines("x.jsonl", () -> new ByteArrayInputStream(part), false, read::add);

    assertThat(end).isEqualTo(new RunSteps.PartEnd(4, part.length, 2, java.util.Optional.empty()));
    assertThat(read)
        .extracting(c -> c.result().index(), c -> c.result().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 2), org.assertj.core.groups.Tuple.tuple(1L, 4));
  }

  @Test
  void inputsSequencedApartMergeIntoTheRunsSummary() throws IOException {
    RecordingReporter whole = check(PARTS, HAR);
    RecordingReporter first = new RecordingReporter();
    RecordingReporter second = new RecordingReporter();

    Summary lines = inParts(PARTS, 5, first);
    RunSteps steps = RunSteps.of(CheckOptions.of(List.of()));
    RunSteps.Sequence sequence = steps.sequence(second);
    List<RunSteps.Checked> read = new ArrayList<>();
    RunSteps.PartEnd end = steps.read(HAR, () -> Files.newInputStream(Path.of(HAR)), read::add);
    read.forEach(sequence::accept);
    sequence.inputEnded(HAR, end.messages(), end.bytes());
    Summary har = sequence.finish();

    List<MessageResult> both = new ArrayList<>(first.results);
    both.addAll(second.results);
    assertThat(both).containsExactlyElementsOf(whole.results);
    assertThat(Summary.merge(lines, har)).isEqualTo(whole.summary);
  }

  @Test
  void aMissingInputIsAnErrorOfItsPart() {
    RunSteps steps = RunSteps.of(CheckOptions.of(List.of()));

    RunSteps.PartEnd end =
        steps.read("gone.jsonl", () -> Files.newInputStream(Path.of("gone.jsonl")), c -> {});

    assertThat(end.messages()).isZero();
    assertThat(end.error()).map(InputError::source).contains("gone.jsonl");
  }

  @Test
  void onlyPlainJsonLinesCanBeReadInParts() {
    byte[] text = "{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] gzip = {0x1f, (byte) 0x8b, 8, 0};

    assertThat(RunSteps.readableInParts("a.jsonl", text)).isTrue();
    assertThat(RunSteps.readableInParts("a.NDJSON", text)).isTrue();
    assertThat(RunSteps.readableInParts("a.jsonl", gzip)).isFalse();
    assertThat(RunSteps.readableInParts("a.jsonl.gz", text)).isFalse();
    assertThat(RunSteps.readableInParts("a.har", text)).isFalse();
    assertThat(RunSteps.readableInParts("a.json", text)).isFalse();
  }
}
