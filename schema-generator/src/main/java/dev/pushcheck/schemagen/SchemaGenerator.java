package dev.pushcheck.schemagen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * The schema build step, run by the {@code schemas} and {@code schemas/examples} modules:
 *
 * <ul>
 *   <li>{@code check SOURCES GENERATED}: fails when the committed sets are not what the sources
 *       compile to;
 *   <li>{@code write SOURCES GENERATED}: writes the compiled sets;
 *   <li>{@code examples EXAMPLES OUT}: writes every version's complete example set, inherited from
 *       earlier versions, with an index (the published catalog is read from the classpath).
 * </ul>
 */
public final class SchemaGenerator {
  /** What a maintainer runs after editing the sources (README and CONTRIBUTING say it too). */
  static final String REGENERATE_COMMAND =
      "./mvnw -q -pl schemas -am compile -Dpushcheck.regenerateSchemas";

  private SchemaGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      fail("usage: SchemaGenerator check|write SOURCES GENERATED | examples EXAMPLES OUT");
    }
    Path first = Path.of(args[1]);
    Path second = Path.of(args[2]);
    switch (args[0]) {
      case "check" -> check(first, second);
      case "write" -> GeneratedTree.write(second, compile(first));
      case "examples" -> ExampleTree.write(first, second, ExampleTree.publishedCatalog());
      default -> fail("unknown command " + args[0]);
    }
  }

  private static void check(Path sources, Path generated) throws IOException {
    List<String> differences =
        GeneratedTree.differences(compile(sources), GeneratedTree.read(generated));
    if (!differences.isEmpty()) {
      fail(
          generated
              + " is not what "
              + sources
              + " compiles to:\n  "
              + String.join("\n  ", differences)
              + "\nregenerate it with\n  "
              + REGENERATE_COMMAND);
    }
  }

  private static SortedMap<String, String> compile(Path sources) {
    try {
      return SchemaSourceCompiler.compile(sources);
    } catch (SchemaSourceException e) {
      fail(e.getMessage());
      throw e;
    }
  }

  private static void fail(String message) {
    // exec:java turns a thrown exception into a build failure with this message
    throw new IllegalStateException(message);
  }
}
