package dev.pushcheck.schemagen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * versions.json: the API versions oldest first, the stable and preview ones, the base of every $id.
 */
record VersionList(List<String> versions, String stable, List<String> preview, String baseUri) {

  static final String FILE = "versions.json";

  static VersionList parse(JsonNode root) {
    List<SourceProblem> problems = new ArrayList<>();
    List<String> versions = strings(root, "versions", problems);
    List<String> preview = strings(root, "preview", problems);
    String stable = string(root, "stable", problems);
    String baseUri = string(root, "baseUri", problems);
    if (versions.isEmpty() || new HashSet<>(versions).size() != versions.size()) {
      problems.add(
          new SourceProblem(FILE, "/versions", "must list distinct versions, oldest first"));
    }
    if (!stable.isEmpty() && !versions.contains(stable)) {
      problems.add(new SourceProblem(FILE, "/stable", "\"" + stable + "\" is not in versions"));
    }
    for (int i = 0; i < preview.size(); i++) {
      if (!versions.contains(preview.get(i))) {
        problems.add(
            new SourceProblem(
                FILE, "/preview/" + i, "\"" + preview.get(i) + "\" is not in versions"));
      }
    }
    if (!baseUri.endsWith("/")) {
      problems.add(new SourceProblem(FILE, "/baseUri", "must end with /"));
    }
    root.propertyNames().stream()
        .filter(name -> !List.of("versions", "stable", "preview", "baseUri").contains(name))
        .forEach(
            name ->
                problems.add(
                    new SourceProblem(FILE, SourceProblem.child("", name), "unknown member")));
    if (!problems.isEmpty()) {
      throw new SchemaSourceException(problems);
    }
    return new VersionList(List.copyOf(versions), stable, List.copyOf(preview), baseUri);
  }

  boolean isKnown(String version) {
    return versions.contains(version);
  }

  /** Position in the version order; callers check {@link #isKnown} first. */
  int rank(String version) {
    return versions.indexOf(version);
  }

  String describeUnknown(String version) {
    return "unknown version \""
        + version
        + "\" (versions.json lists "
        + String.join(", ", versions)
        + ")";
  }

  private static List<String> strings(JsonNode root, String name, List<SourceProblem> problems) {
    JsonNode node = root.path(name);
    List<String> values = new ArrayList<>();
    if (node.isArray() && node.values().stream().allMatch(JsonNode::isString)) {
      node.values().forEach(value -> values.add(value.stringValue()));
    } else {
      problems.add(new SourceProblem(FILE, "/" + name, "must be an array of strings"));
    }
    return values;
  }

  private static String string(JsonNode root, String name, List<SourceProblem> problems) {
    JsonNode node = root.path(name);
    if (node.isString()) {
      return node.stringValue();
    }
    problems.add(new SourceProblem(FILE, "/" + name, "must be a string"));
    return "";
  }
}
