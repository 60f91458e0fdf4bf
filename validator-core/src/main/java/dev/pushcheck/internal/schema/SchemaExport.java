package dev.pushcheck.internal.schema;

import dev.pushcheck.PushcheckException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies one version's published schema files out of the jar. */
public final class SchemaExport {
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
