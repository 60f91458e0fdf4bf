package dev.pushcheck.internal.schema;

import dev.pushcheck.PushcheckException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Copies one version's published schema files out of the jar. */
public final class SchemaExport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaExport() {}

  public static List<String> export(SchemaCatalog catalog, String version, Path directory) {
    List<String> files = catalog.index().files(version);
    try {
      for (String relative : files) {
        Path target = directory.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.writeString(target, catalog.publishedText(version, relative), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new PushcheckException("cannot write schemas to " + directory + ": " + reason(e), e);
    }
    return files;
  }

  /**
   * Writes one JSON Schema 2020-12 compound document: every file of the version under {@code $defs}
   * (keyed by its path, each keeping its own {@code $id}, so references between them resolve as
   * before), and a root that validates a whole push ({@code $ref} to {@code push.schema.json}).
   */
  public static void bundle(SchemaCatalog catalog, String version, Path file) {
    String base = catalog.index().baseUri() + version + "/";
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", base + "bundle.schema.json");
    root.put("title", "Agent Chat API " + version + " push (all schemas in one document)");
    root.put(
        "description",
        "A compound schema document (JSON Schema 2020-12, section 9.3): each bundled schema keeps"
            + " its $id; the root validates a whole push. Written by pushcheck schemas export"
            + " --bundle.");
    root.put("$ref", base + "push.schema.json");
    ObjectNode defs = root.putObject("$defs");
    for (String relative : catalog.index().files(version)) {
      defs.set(relative, MAPPER.readTree(catalog.publishedText(version, relative)));
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          file,
          MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PushcheckException("cannot write the bundle " + file + ": " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a directory: " + ((java.nio.file.FileSystemException) e).getFile();
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return "a file is in the way: " + f.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof java.nio.file.NoSuchFileException f) {
      return "cannot create " + f.getFile() + " (no such file or directory, or not writable)";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
