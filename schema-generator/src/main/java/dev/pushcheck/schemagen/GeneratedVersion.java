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

  static final String PAYLOADS = "payloads/";

  boolean hasPush(String action) {
    return files.containsKey(PAYLOADS + action + SourceFile.SUFFIX);
  }

  List<String> actions() {
    return files.keySet().stream()
        .filter(path -> path.startsWith(PAYLOADS))
        .map(path -> path.substring(PAYLOADS.length(), path.length() - SourceFile.SUFFIX.length()))
        .sorted()
        .toList();
  }
}
