package dev.pushcheck;

import dev.pushcheck.internal.schema.SchemaCatalog;
import dev.pushcheck.internal.schema.SchemaExport;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * The bundled schema sets: which API versions, pushes, methods and webhooks pushcheck knows,
 * export, and diffs.
 */
public final class SchemaSets {
  private SchemaSets() {}

  /** Every bundled API version, oldest first. */
  public static List<String> versions() {
    return SchemaCatalog.bundled().index().versions();
  }

  /** The newest stable API version bundled (used when nothing else names a version). */
  public static String stableVersion() {
    return SchemaCatalog.bundled().index().stable();
  }

  /** API versions bundled as developer previews. */
  public static List<String> previewVersions() {
    return SchemaCatalog.bundled().index().preview();
  }

  /**
   * The push actions of one version, sorted.
   *
   * @throws PushcheckException.UnknownApiVersion if the version is not bundled
   */
  public static SortedSet<String> actions(String version) {
    requireVersion(version);
    return java.util.Collections.unmodifiableSortedSet(
        new java.util.TreeSet<>(SchemaCatalog.bundled().index().actions(version)));
  }

  /**
   * The actions of one kind of message in a version, sorted: push actions, methods (for requests
   * and responses) or webhook actions; empty when the version has no such messages.
   *
   * @throws PushcheckException.UnknownApiVersion if the version is not bundled
   */
  public static SortedSet<String> actions(Kind kind, String version) {
    requireVersion(version);
    return java.util.Collections.unmodifiableSortedSet(
        new java.util.TreeSet<>(SchemaCatalog.bundled().index().actions(kind, version)));
  }

  /**
   * Writes one version's published schemas into {@code directory} (created if needed), keeping
   * their relative layout: {@code push.schema.json} there validates a whole push, offline.
   *
   * @return the files written, relative to {@code directory}
   */
  public static List<String> export(String version, Path directory) {
    requireVersion(version);
    return SchemaExport.export(SchemaCatalog.bundled(), version, directory);
  }

  /**
   * Writes all of one version's schemas as one JSON Schema 2020-12 compound document (each schema
   * in {@code $defs} with its {@code $id}); the document validates a whole push, for IDEs and tools
   * that take a single schema file.
   */
  public static void exportBundle(String version, Path file) {
    requireVersion(version);
    SchemaExport.bundle(SchemaCatalog.bundled(), version, file);
  }

  /** What changed in the pushes between two versions, computed from their schemas. */
  public static VersionDiff diff(String from, String to) {
    return diff(Kind.PUSH, from, to);
  }

  /** What changed in one kind of message between two versions, computed from their schemas. */
  public static VersionDiff diff(Kind kind, String from, String to) {
    requireVersion(from);
    requireVersion(to);
    return VersionDiff.compute(SchemaCatalog.bundled(), kind, from, to);
  }

  private static void requireVersion(String version) {
    SchemaCatalog.bundled().requireVersion(version);
  }
}
