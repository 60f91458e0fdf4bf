package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual inputs through the whole run: every message counted once, counts adding up,
 * the verdict, and the one-line problems. The CLI's BadInputCliTest adds exit codes and stderr.
 */
class BadInputTest {
  private static final String PUSH =
      "{\"action\":\"incoming_typing_indicator\",\"type\":\"push\",\"payload\":{\"chat_id\":\"C1\","
          + "\"thread_id\":\"T1\",\"typing_indicator\":{\"author_id\":\"a@x\",\"recipients\":\"all\","
          + "\"timestamp\":1500000000,\"is_typing\":true}}}";

  @TempDir Path dir;

  private record Run(Summary summary, RecordingReporter recording) {}

  private Run run(CheckOptions options, InputStream stdin) {
    RecordingReporter recording = new RecordingReporter();
    Summary summary = Check.run(options.withThreads(2), stdin, recording);
    assertThat(summary.messages())
        .isEqualTo(summary.valid() + summary.invalid() + summary.unreadable() + summary.skipped())
        .isEqualTo(recording.results.size());
    assertThat(summary.inputErrors()).isEqualTo(recording.errors);
    return new Run(summary, recording);
  }

  private Run run(String... inputs) {
    return run(CheckOptions.of(List.of(inputs)), InputStream.nullInputStream());
  }

  private Run stdin(byte[] bytes) {
    return run(CheckOptions.of(List.of("-")), new ByteArrayInputStream(bytes));
  }

  private static byte[] resource(String name) throws IOException {
    return Files.readAllBytes(Path.of("src/test/resources/bad-input", name));
  }

  private static long[] counts(Summary s) {
    return new long[] {s.messages(), s.valid(), s.invalid(), s.unreadable(), s.skipped()};
  }

  @Test
  void aBadOrLongFirstLineLosesNoMessageOnStandardInput() throws IOException {
    for (String name : List.of("firstbad.jsonl", "longfirst.jsonl")) {
      Run file = run("src/test/resources/bad-input/" + name);
      Run piped = stdin(resource(name));

      assertThat(file.summary().messages()).as(name).isEqualTo(17);
      assertThat(counts(piped.summary())).as(name).isEqualTo(counts(file.summary()));
      assertThat(piped.recording().results)
          .extracting(MessageResult::line)
          .isEqualTo(file.recording().results.stream().map(MessageResult::line).toList());
    }
  }

  @Test
  void concatenatedJsonResynchronisesAfterAMalformedValue() {
    String text = "{\n  \"a\": 1\n  \"b\": 2\n}\n" + PUSH + "\n{\n  \"c\": NaN\n}\n" + PUSH + "\n";

    Run r = stdin(text.getBytes(StandardCharsets.UTF_8));

    assertThat(r.recording().results)
        .extracting(m -> m.status() == Status.UNREADABLE, MessageResult::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, 1),
            org.assertj.core.groups.Tuple.tuple(false, 5),
            org.assertj.core.groups.Tuple.tuple(true, 6),
            org.assertj.core.groups.Tuple.tuple(false, 9));
    assertThat(r.recording().results.get(2).findings().get(0).detail())
        .isEqualTo("NaN is not JSON (JSON has no NaN or Infinity, and no unquoted words)");
    assertThat(r.summary().inputErrors()).isEmpty();
  }

  @Test
  void aNamedPipeIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("capture.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < 3000; i++) {
                  out.write((PUSH + "\n").getBytes(StandardCharsets.UTF_8));
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    Run r = run(fifo.toString());
    writer.join();

    assertThat(r.summary().inputErrors()).isEmpty();
    assertThat(r.summary().valid() + r.summary().invalid()).isEqualTo(3000);
  }

  @Test
  void symlinkedDirectoriesAreFollowedAndLoopsReportedWithoutStopping() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("a.jsonl"), PUSH + "\n");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Files.createSymbolicLink(real.resolve("loop"), real);

    Run viaLink = run(link.toString());

    assertThat(viaLink.summary().messages()).isEqualTo(1);
    assertThat(viaLink.summary().inputErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).endsWith("loop");
              assertThat(e.message()).startsWith("symbolic link loop");
            });
  }

  @Test
  void runsThatValidateNothingAreEmptyUnlessAllowed() throws IOException {
    Path emptyDir = Files.createDirectories(dir.resolve("empty"));
    Path emptyJsonl = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
    Path httpOnly =
        Files.writeString(
            dir.resolve("http.har"),
            "{\"log\":{\"entries\":[{\"request\":{\"url\":\"https://x\"}}]}}");
    Path binaryOnly =
        Files.writeString(
            dir.resolve("binary.har"),
            "{\"log\":{\"entries\":[{\"_webSocketMessages\":[{\"opcode\":2,\"data\":\"AA==\"}]}]}}");

    for (Path input : List.of(emptyDir, emptyJsonl, httpOnly, binaryOnly)) {
      Summary s = run(input.toString()).summary();
      assertThat(s.verdict()).as(input.toString()).isEqualTo(Summary.Verdict.EMPTY);
      Summary allowed =
          run(
                  CheckOptions.of(List.of(input.toString())).withAllowEmpty(true),
                  InputStream.nullInputStream())
              .summary();
      assertThat(allowed.verdict()).as(input.toString()).isEqualTo(Summary.Verdict.CONFORMANT);
    }
    assertThat(run(emptyJsonl.toString()).summary().emptyInputs())
        .containsExactly(new InputNote(emptyJsonl.toString(), "the file is empty (no message)"));
    assertThat(run(httpOnly.toString()).summary().emptyInputs())
        .containsExactly(new InputNote(httpOnly.toString(), "holds no message"));
    assertThat(run(binaryOnly.toString()).summary().emptyInputs()).isEmpty();
    assertThat(run(emptyDir.toString()).summary().emptyInputs()).isEmpty();
  }

  @Test
  void aGzNameOnPlainBytesIsNotAGzipFile() throws IOException {
    Path plain = Files.writeString(dir.resolve("capture.jsonl.gz"), PUSH + "\n");

    assertThat(run(plain.toString()).summary().inputErrors())
        .extracting(InputError::message)
        .containsExactly("not a gzip file (its name ends in .gz)");
  }

  @Test
  void parserLimitsAreSaidInTheUsersWords() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String lines = deep + "\n" + PUSH + " {}\n" + "{\"a\":1e999999999999}\n";
    Path file = Files.writeString(dir.resolve("limits.jsonl"), lines);

    List<MessageResult> results = run(file.toString()).recording().results;

    assertThat(results)
        .extracting(r -> r.findings().get(0).detail())
        .containsExactly(
            "nested deeper than 500 levels",
            "more content after the end of the JSON value",
            results.get(2).findings().get(0).detail());
    assertThat(results.get(0).status()).isEqualTo(Status.UNREADABLE);
    assertThat(results.get(2).findings().get(0).detail()).doesNotContain("`", "Jackson", "tools.");
  }

  @Test
  void alreadyWorkingOddInputsKeepWorking() throws IOException {
    String bom = "\uFEFF" + PUSH + "\r\n" + PUSH + "\r\n";
    byte[] badUtf8InString = (PUSH.replace("C1", "C\u00e91")).getBytes(StandardCharsets.UTF_8);
    badUtf8InString[PUSH.indexOf("C1") + 1] = (byte) 0xFF;
    String duplicate = "{\"action\":\"x\",\"action\":\"y\",\"type\":\"push\",\"payload\":{}}\n";

    Summary crlf = stdin(bom.getBytes(StandardCharsets.UTF_8)).summary();
    assertThat(crlf.valid() + crlf.invalid()).isEqualTo(2);
    assertThat(
            run(Files.write(dir.resolve("u.jsonl"), badUtf8InString).toString())
                .summary()
                .unreadable())
        .isEqualTo(1);
    assertThat(
            run(Files.writeString(dir.resolve("d.jsonl"), duplicate).toString())
                .recording()
                .results
                .get(0)
                .findings()
                .get(0)
                .rule())
        .isEqualTo(Rule.DUPLICATE_KEY);
  }

  @Test
  void hugeStringsAndGzipBombsStayBoundedAndAreUnreadableLines() throws IOException {
    Path bomb = dir.resolve("bomb.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        out.write(zeros);
      }
    }
    Summary s = run(bomb.toString()).summary();
    assertThat(s.unreadable()).isEqualTo(1);

    InputStream hugeString =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream("{\"a\":\"".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              long left = 200L << 20;

              @Override
              public int read() {
                return left-- > 0 ? 'x' : -1;
              }

              @Override
              public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                  return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
              }
            });
    Summary huge = run(CheckOptions.of(List.of("-")), hugeString).summary();
    assertThat(huge.unreadable()).isEqualTo(1);
  }

  @Test
  void randomBytesOnStandardInputNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] noise = new byte[random.nextInt(1 << 16)];
      random.nextBytes(noise);
      Summary s = stdin(noise).summary();
      assertThat(s.passed()).isFalse();
    }
  }

  @Test
  void manySmallFilesAreEachCounted() throws IOException {
    Path many = Files.createDirectories(dir.resolve("many"));
    // 60,000 files were checked by hand (issue 9); 5,000 keep the build fast on a shared disk.
    for (int i = 0; i < 5_000; i++) {
      Files.writeString(many.resolve(i + ".json"), PUSH);
    }

    Summary s = run(many.toString()).summary();

    assertThat(s.messages()).isEqualTo(5_000);
    assertThat(s.inputErrors()).isEmpty();
  }
}
