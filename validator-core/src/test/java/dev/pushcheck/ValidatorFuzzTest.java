package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz targets for the library call and for whole runs. Invariants: no exception escapes, every
 * message read is counted once and the counts add up (the {@link Summary} constructor checks), and
 * a capture cut short never passes.
 */
class ValidatorFuzzTest {
  private static final PushValidator VALIDATOR = PushValidator.forStableVersion();
  private static final List<byte[]> CAPTURES =
      List.of(read("../examples/pushes.jsonl"), read("../examples/agent-session.har"));

  private static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void validateBytes(byte[] input) {
    ValidationResult result = VALIDATOR.validate(input);

    assertThat(result.findings()).allSatisfy(f -> assertThat(f.rule()).isNotNull());
    assertThat(result.isValid())
        .isEqualTo(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
  }

  @FuzzTest
  void cutCaptureNeverPasses(FuzzedDataProvider data) {
    byte[] capture = CAPTURES.get(data.consumeInt(0, CAPTURES.size() - 1));
    int cut = data.consumeInt(1, capture.length - 1);
    boolean har = capture == CAPTURES.get(1);
    if (!har && (capture[cut - 1] == '\n' || capture[cut] == '\n')) {
      // a JSON Lines capture cut at either side of a line break is a shorter capture: its last
      // line is complete, and the lines before the first deliberate violation are valid
      return;
    }
    byte[] prefix = java.util.Arrays.copyOf(capture, cut);

    Summary summary =
        Check.run(
            CheckOptions.of(List.of("-")).withThreads(1),
            new ByteArrayInputStream(prefix),
            new Reporter() {
              @Override
              public void message(MessageResult result) {}

              @Override
              public void inputError(InputError error) {}

              @Override
              public void finish(Summary s) {}
            });

    assertThat(summary.passed()).as("cut at %d", cut).isFalse();
  }

  @FuzzTest
  void wholeRunCountsEveryMessage(byte[] input) {
    long[] reported = {0};
    Summary summary =
        Check.run(
            CheckOptions.of(List.of("-")).withThreads(1).withAllowEmpty(true),
            new ByteArrayInputStream(input),
            new Reporter() {
              @Override
              public void message(MessageResult result) {
                reported[0]++;
              }

              @Override
              public void inputError(InputError error) {}

              @Override
              public void finish(Summary s) {}
            });

    assertThat(summary.messages()).isEqualTo(reported[0]);
  }
}
