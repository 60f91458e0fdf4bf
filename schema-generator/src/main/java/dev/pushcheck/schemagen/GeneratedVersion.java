package dev.pushcheck.schemagen;

import java.util.List;
import java.util.SortedMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of one version, by path inside the version folder, with the source pointer of each
 * file's root variant and the $refs they keep.
 */
record GeneratedVersion(
    String version,
    SortedMap<String, ObjectNode> files,
    SortedMap<String, String> rootPointers,
    List<VersionEvaluator.RefUse> refs) {

  boolean has(MessageKind kind, String action) {
    return files.containsKey(kind.payloadFile(action));
  }

  /** The actions (or methods) of one kind in this version, sorted. */
  List<String> actions(MessageKind kind) {
    return files.keySet().stream()
        .filter(path -> path.startsWith(kind.folder))
        .map(
            path ->
                path.substring(kind.folder.length(), path.length() - SourceFile.SUFFIX.length()))
        .sorted()
        .toList();
  }
}
