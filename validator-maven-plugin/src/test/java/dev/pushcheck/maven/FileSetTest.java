package dev.pushcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {
  @Test
  void doubleStarSlashMatchesZeroOrMoreDirectories() {
    assertThat(FileSet.antPattern("**/*.json").matcher("a.json").matches()).isTrue();
    assertThat(FileSet.antPattern("**/*.json").matcher("x/y/a.json").matches()).isTrue();
    assertThat(FileSet.antPattern("x/**/a.json").matcher("x/a.json").matches()).isTrue();
    assertThat(FileSet.antPattern("**/*.json").matcher("a.json.gz").matches()).isFalse();
  }

  @Test
  void singleStarAndQuestionMarkStayInOneName() {
    assertThat(FileSet.antPattern("*.har").matcher("a.har").matches()).isTrue();
    assertThat(FileSet.antPattern("*.har").matcher("x/a.har").matches()).isFalse();
    assertThat(FileSet.antPattern("v?.json").matcher("v1.json").matches()).isTrue();
    assertThat(FileSet.antPattern("v?.json").matcher("v/.json").matches()).isFalse();
  }

  @Test
  void trailingSlashMeansEverythingBelow() {
    assertThat(FileSet.antPattern("broken/").matcher("broken/x/a.json").matches()).isTrue();
  }

  @Test
  void scanAppliesIncludesThenExcludesSortedByPath(@TempDir Path root) throws IOException {
    for (String name : List.of("b.json", "a.jsonl.gz", "broken/c.json", "notes.txt")) {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "{}");
    }

    List<Path> files = FileSet.scan(root, ValidateMojo.DEFAULT_INCLUDES, List.of("broken/**"));

    assertThat(files).containsExactly(root.resolve("a.jsonl.gz"), root.resolve("b.json"));
  }
}
