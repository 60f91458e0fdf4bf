package dev.pushcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {
  @TempDir Path root;

  @Test
  void scanAppliesIncludesThenExcludesSortedByPath() throws IOException {
    write("b.json", "a.jsonl.gz", "broken/c.json", "notes.txt");

    List<Path> files = FileSet.scan(root, ValidateMojo.DEFAULT_INCLUDES, List.of("broken/**"));

    assertThat(files).containsExactly(root.resolve("a.jsonl.gz"), root.resolve("b.json"));
  }

  @Test
  void defaultIncludesAreWhatTheCliReads() throws IOException {
    write("a.ndjson", "b.zhar", "c.ndjson.gz", "d/e.har.gz", "f.txt", "g.json.bak");

    List<Path> files = FileSet.scan(root, ValidateMojo.DEFAULT_INCLUDES, List.of());

    assertThat(files)
        .containsExactly(
            root.resolve("a.ndjson"),
            root.resolve("b.zhar"),
            root.resolve("c.ndjson.gz"),
            root.resolve("d/e.har.gz"));
  }

  @Test
  void mavenDefaultExcludesApply() throws IOException {
    write(".git/objects/x.json", ".svn/y.json", "kept.json", "#autosave.json#", "._mac.json");

    List<Path> files = FileSet.scan(root, ValidateMojo.DEFAULT_INCLUDES, List.of());

    assertThat(files).containsExactly(root.resolve("kept.json"));
  }

  @Test
  void doubleStarMatchesZeroOrMoreDirectories() throws IOException {
    write("x/a.json", "x/y/z/a.json", "a.json");

    List<Path> files = FileSet.scan(root, List.of("x/**/a.json"), List.of());

    assertThat(files).containsExactly(root.resolve("x/a.json"), root.resolve("x/y/z/a.json"));
  }

  private void write(String... names) throws IOException {
    for (String name : names) {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "{}");
    }
  }
}
