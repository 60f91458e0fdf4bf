package dev.pushcheck.schemagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixture trees under src/test/resources/schemagen: valid/&lt;case&gt;/source compiles to exactly
 * valid/&lt;case&gt;/generated; invalid/&lt;case&gt;/source, laid over base/, fails with exactly
 * the lines of invalid/&lt;case&gt;/problems.txt.
 */
final class SchemaSourceCompilerTest {

  private static final Path FIXTURES = fixtures();

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> validSourcesCompileToTheExpectedTree() throws IOException {
    return cases("valid")
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      SortedMap<String, String> compiled =
                          SchemaSourceCompiler.compile(dir.resolve("source"));
                      SortedMap<String, String> expected =
                          GeneratedTree.read(dir.resolve("generated"));

                      assertThat(compiled.keySet()).containsExactlyElementsOf(expected.keySet());
                      expected.forEach(
                          (path, text) -> assertThat(compiled.get(path)).as(path).isEqualTo(text));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidSourcesFailWithEveryProblem() throws IOException {
    return cases("invalid")
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      Path sources = work.resolve(dir.getFileName().toString());
                      SortedMap<String, String> tree = GeneratedTree.read(FIXTURES.resolve("base"));
                      tree.putAll(GeneratedTree.read(dir.resolve("source")));
                      GeneratedTree.write(sources, tree);
                      List<String> expected =
                          Files.readAllLines(dir.resolve("problems.txt"), StandardCharsets.UTF_8);

                      SchemaSourceException failure =
                          catchThrowableOfType(
                              SchemaSourceException.class,
                              () -> SchemaSourceCompiler.compile(sources));

                      assertThat(failure).as("compiling %s", dir.getFileName()).isNotNull();
                      assertThat(failure.problems())
                          .map(SourceProblem::toString)
                          .containsExactlyElementsOf(expected);
                    }));
  }

  @Test
  void theBaseOfTheInvalidCasesIsValid() {
    assertThat(SchemaSourceCompiler.compile(FIXTURES.resolve("base")))
        .containsKeys(
            "catalog.json", "3.1/push.schema.json", "3.3/payloads/agent_joined.schema.json");
  }

  @Test
  void compilingTwiceGivesTheSameText() {
    Path sources = FIXTURES.resolve("valid").resolve("by-version").resolve("source");

    assertThat(SchemaSourceCompiler.compile(sources))
        .isEqualTo(SchemaSourceCompiler.compile(sources));
  }

  @Test
  void theMessageListsOneProblemPerLine() {
    SchemaSourceException failure =
        new SchemaSourceException(
            List.of(
                new SourceProblem("objects/b.schema.json", "/properties/x", "second"),
                new SourceProblem("objects/a.schema.json", "", "first")));

    assertThat(failure)
        .hasMessage(
            "2 problem(s) in the schema sources:\n"
                + "  objects/a.schema.json#: first\n"
                + "  objects/b.schema.json#/properties/x: second");
  }

  private static Stream<Path> cases(String kind) throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES.resolve(kind))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static Path fixtures() {
    try {
      return Path.of(SchemaSourceCompilerTest.class.getResource("/schemagen").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
