package dev.pushcheck.schemagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The committed schemas/agent-chat tree must be exactly what schemas/src/agent-chat compiles to.
 *
 * <p>After editing the sources, regenerate it (from the repository root) with:
 *
 * <pre>
 * ./mvnw -q -pl validator-core test -Dtest=GeneratedSchemasTest -Dpushcheck.regenerateSchemas=true
 * </pre>
 *
 * (add {@code -Dsurefire.failIfNoSpecifiedTests=false} when running it without {@code -pl
 * validator-core}).
 */
final class GeneratedSchemasTest {

  static final String REGENERATE_COMMAND =
      "./mvnw -q -pl validator-core test -Dtest=GeneratedSchemasTest -Dpushcheck.regenerateSchemas=true";

  // surefire runs tests in the module folder
  private static final Path SCHEMAS = Path.of("..", "schemas");
  private static final Path SOURCES = SCHEMAS.resolve("src").resolve("agent-chat");
  private static final Path GENERATED = SCHEMAS.resolve("agent-chat");

  @Test
  void committedSchemasAreTheCompiledSources() throws IOException {
    SortedMap<String, String> compiled = SchemaSourceCompiler.compile(SOURCES);
    if (Boolean.getBoolean("pushcheck.regenerateSchemas")) {
      GeneratedTree.write(GENERATED, compiled);
    }

    List<String> differences = GeneratedTree.differences(compiled, GeneratedTree.read(GENERATED));

    assertThat(differences)
        .as(
            "schemas/agent-chat is not what schemas/src/agent-chat compiles to; regenerate it with%n  %s%n",
            REGENERATE_COMMAND)
        .isEmpty();
  }
}
