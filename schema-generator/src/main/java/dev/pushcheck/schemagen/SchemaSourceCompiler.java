package dev.pushcheck.schemagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the schema sources (schemas/src/agent-chat, format in schemas/SOURCES.md) into the
 * generated tree schemas/agent-chat: one self-contained folder per version, plus catalog.json.
 */
final class SchemaSourceCompiler {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  // a duplicate key in a source would silently lose one definition
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private SchemaSourceCompiler() {}

  /**
   * The whole generated tree, by path relative to schemas/agent-chat, to file text.
   *
   * @throws SchemaSourceException listing every problem found in the sources
   */
  static SortedMap<String, String> compile(Path sourceRoot) {
    List<SourceProblem> problems = new ArrayList<>();
    JsonNode versionsJson = parse(sourceRoot.resolve(VersionList.FILE), VersionList.FILE, problems);
    failIfAny(problems);
    VersionList versions = VersionList.parse(versionsJson);
    List<SourceFile> sources = readSources(sourceRoot, problems);
    sources.forEach(source -> SourceChecker.check(source, versions, problems));
    failIfAny(problems);

    List<GeneratedVersion> generated =
        versions.versions().stream()
            .map(version -> generate(version, versions, sources, problems))
            .toList();
    Set<String> sourcePaths = sources.stream().map(SourceFile::path).collect(Collectors.toSet());
    RefChecker.check(generated, sourcePaths, problems);
    ObjectNode catalog = Catalog.build(versions, generated, problems);
    failIfAny(problems);

    SortedMap<String, String> tree = new TreeMap<>();
    for (GeneratedVersion version : generated) {
      version
          .files()
          .forEach(
              (path, schema) -> tree.put(version.version() + "/" + path, JsonText.write(schema)));
    }
    tree.put(Catalog.PATH, JsonText.write(catalog));
    return tree;
  }

  private static GeneratedVersion generate(
      String version,
      VersionList versions,
      List<SourceFile> sources,
      List<SourceProblem> problems) {
    GeneratedVersion generated =
        new GeneratedVersion(version, new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
    for (SourceFile source : sources) {
      VersionEvaluator evaluator =
          new VersionEvaluator(versions, version, source.path(), generated.refs());
      JsonNode schema = evaluator.evaluate(source.root(), "");
      if (schema != null) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("$schema", DIALECT);
        file.put("$id", versions.baseUri() + version + "/" + source.path());
        file.setAll((ObjectNode) schema);
        generated.files().put(source.path(), file);
        generated.rootPointers().put(source.path(), evaluator.chosenRootPointer(source.root()));
      }
    }
    if (!generated.files().containsKey(MessageKind.PUSH.envelope)) {
      problems.add(
          new SourceProblem(
              MessageKind.PUSH.envelope,
              "",
              "missing in " + version + ": every version needs the envelope"));
    }
    for (MessageKind kind : MessageKind.values()) {
      if (generated.files().containsKey(kind.envelope)) {
        String id = versions.baseUri() + version + "/" + kind.entry;
        generated
            .files()
            .put(
                kind.entry, EntrySchema.build(DIALECT, id, version, kind, generated.actions(kind)));
      }
    }
    return generated;
  }

  private static List<SourceFile> readSources(Path sourceRoot, List<SourceProblem> problems) {
    List<SourceFile> sources = new ArrayList<>();
    for (String path : listFiles(sourceRoot)) {
      SourceFile.Kind kind = SourceFile.kindOf(path);
      if (path.equals(VersionList.FILE)) {
        continue;
      }
      if (kind == null) {
        problems.add(
            new SourceProblem(
                path,
                "",
                "unexpected file: sources are the envelopes (envelope, request-envelope, response-envelope, webhook-envelope .schema.json), objects/<name>.schema.json and payloads|requests|responses|webhooks/<action>.schema.json"));
        continue;
      }
      JsonNode root = parse(sourceRoot.resolve(path), path, problems);
      if (root != null) {
        sources.add(new SourceFile(path, kind, root));
      }
    }
    return sources;
  }

  private static List<String> listFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(
              file ->
                  root.relativize(file)
                      .toString()
                      .replace(root.getFileSystem().getSeparator(), "/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(Path file, String path, List<SourceProblem> problems) {
    try {
      return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      problems.add(
          new SourceProblem(
              path,
              "",
              "not valid JSON: "
                  + e.getOriginalMessage()
                  + (e.getLocation() == null
                      ? ""
                      : " (line "
                          + e.getLocation().getLineNr()
                          + ", column "
                          + e.getLocation().getColumnNr()
                          + ")")));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void failIfAny(List<SourceProblem> problems) {
    if (!problems.isEmpty()) {
      throw new SchemaSourceException(problems);
    }
  }
}
