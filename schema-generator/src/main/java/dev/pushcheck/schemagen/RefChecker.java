package dev.pushcheck.schemagen;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Resolves every kept $ref inside its own version folder, as any validator loading that folder
 * would.
 */
final class RefChecker {

  private record Defect(String message, boolean perVersion) {}

  private record BrokenRef(VersionEvaluator.RefUse use, Defect defect) {}

  private RefChecker() {}

  static void check(
      List<GeneratedVersion> generated, Set<String> sourcePaths, List<SourceProblem> problems) {
    // one line per broken $ref, listing the versions it is broken in
    Map<BrokenRef, List<String>> found = new LinkedHashMap<>();
    for (GeneratedVersion version : generated) {
      for (VersionEvaluator.RefUse use : version.refs()) {
        Defect defect = defect(use, version, sourcePaths);
        if (defect != null) {
          found
              .computeIfAbsent(new BrokenRef(use, defect), key -> new ArrayList<>())
              .add(version.version());
        }
      }
    }
    found.forEach(
        (broken, versions) -> {
          Defect defect = broken.defect();
          String message =
              defect.perVersion()
                  ? defect.message() + " in " + String.join(", ", versions)
                  : defect.message();
          problems.add(new SourceProblem(broken.use().file(), broken.use().pointer(), message));
        });
  }

  private static Defect defect(
      VersionEvaluator.RefUse use, GeneratedVersion version, Set<String> sourcePaths) {
    String ref = use.ref();
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String path = target.isEmpty() ? use.file() : resolve(use.file(), target);
    String prefix = "$ref \"" + ref + "\": ";
    if (path == null || !sourcePaths.contains(path)) {
      return new Defect(prefix + "no such source file " + (path == null ? target : path), false);
    }
    if (!version.files().containsKey(path)) {
      return new Defect(prefix + path + " does not exist", true);
    }
    if (fragment.isEmpty()) {
      return null;
    }
    JsonNode node;
    try {
      node = version.files().get(path).at(JsonPointer.compile(percentDecode(fragment)));
    } catch (IllegalArgumentException e) {
      return new Defect(prefix + "the fragment must be a JSON pointer such as #/$defs/name", false);
    }
    return node.isMissingNode()
        ? new Defect(prefix + "no node " + fragment + " in " + path, true)
        : null;
  }

  /** A relative reference from a file's folder; null when it leaves the source root. */
  private static String resolve(String file, String target) {
    if (target.startsWith("/")) {
      return null;
    }
    List<String> segments = new ArrayList<>(List.of(file.split("/")));
    segments.remove(segments.size() - 1);
    for (String segment : target.split("/", -1)) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.remove(segments.size() - 1);
      } else if (!segment.equals(".") && !segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return String.join("/", segments);
  }

  private static String percentDecode(String fragment) {
    return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
