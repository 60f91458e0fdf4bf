package dev.pushcheck;

import dev.pushcheck.internal.schema.SchemaCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The documented example pushes of every version, completed into whole messages. */
final class Examples {
  static final Path ROOT = Path.of("src/test/resources/examples");

  record Example(String version, Path file) {
    String name() {
      return version + "/" + file.getFileName();
    }

    String text() {
      try {
        return Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Examples() {}

  static List<Example> all() {
    return SchemaCatalog.bundled().index().versions().stream().flatMap(Examples::of).toList();
  }

  static Stream<Example> of(String version) {
    try (Stream<Path> files = Files.list(ROOT.resolve(version))) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(f -> new Example(version, f))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
