package dev.pushcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void directoriesAreWalkedSortedKeepingCaptureFiles() throws IOException {
    Path captures = Files.createDirectories(dir.resolve("captures"));
    Path nested = Files.createDirectories(captures.resolve("b-nested"));
    Path c = touch(captures.resolve("c.jsonl"));
    Path a = touch(captures.resolve("a.har.gz"));
    Path nestedJson = touch(nested.resolve("z.json"));
    Path nestedZhar = touch(nested.resolve("a.zhar"));
    Path ndjson = touch(captures.resolve("d.ndjson.gz"));
    touch(captures.resolve("notes.txt"));
    touch(captures.resolve("README"));
    touch(captures.resolve("e.tar.gz"));

    InputFiles.Expansion expansion = InputFiles.expand(List.of(captures));

    assertThat(expansion.files()).containsExactly(a, nestedZhar, nestedJson, c, ndjson);
    assertThat(expansion.problems()).isEmpty();
  }

  @Test
  void filesAreKeptAsGivenInTheGivenOrder() throws IOException {
    Path text = touch(dir.resolve("pushes.txt"));
    Path json = touch(dir.resolve("a.json"));

    assertThat(InputFiles.expand(List.of(text, json)).files()).containsExactly(text, json);
  }

  @Test
  void missingPathIsAProblemAndTheOtherPathsAreKept() throws IOException {
    Path json = touch(dir.resolve("a.json"));
    Path missing = dir.resolve("missing.jsonl");

    InputFiles.Expansion expansion = InputFiles.expand(List.of(missing, json));

    assertThat(expansion.files()).containsExactly(json);
    assertThat(expansion.problems())
        .containsExactly(new InputFiles.PathProblem(missing, "no such file or directory"));
  }

  private static Path touch(Path file) throws IOException {
    return Files.write(file, new byte[0]);
  }
}
