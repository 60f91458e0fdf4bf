package dev.pushcheck.internal.schema;

import dev.pushcheck.PushcheckException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The generated {@code catalog.json} of the bundled schema sets: versions, the push actions of
 * each, the files of each and what became of pushes that ended.
 */
public final class CatalogIndex {
  public record Replacement(String action, String version, List<String> actions, String how) {}

  private final String baseUri;
  private final List<String> versions;
  private final String stable;
  private final List<String> preview;
  private final Map<String, Set<String>> actions;
  private final Map<String, List<String>> files;
  private final Map<String, Replacement> replacements;

  CatalogIndex(JsonNode catalog) {
    baseUri = catalog.path("baseUri").asString();
    versions = strings(catalog.path("versions"));
    stable = catalog.path("stable").asString();
    preview = strings(catalog.path("preview"));
    actions = new LinkedHashMap<>();
    files = new LinkedHashMap<>();
    for (String v : versions) {
      actions.put(v, new TreeSet<>(strings(catalog.path("actions").path(v))));
      files.put(v, strings(catalog.path("files").path(v)));
    }
    replacements = new LinkedHashMap<>();
    for (JsonNode r : catalog.path("replacements")) {
      Replacement replacement =
          new Replacement(
              r.path("action").asString(),
              r.path("version").asString(),
              strings(r.path("actions")),
              r.path("how").asString());
      replacements.put(replacement.action(), replacement);
    }
    if (baseUri.isEmpty() || versions.isEmpty() || !versions.contains(stable)) {
      throw new PushcheckException("the bundled schema catalog is incomplete");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return List.copyOf(out);
  }

  public String baseUri() {
    return baseUri;
  }

  public List<String> versions() {
    return versions;
  }

  public String stable() {
    return stable;
  }

  public List<String> preview() {
    return preview;
  }

  public boolean hasVersion(String version) {
    return actions.containsKey(version);
  }

  public Set<String> actions(String version) {
    return actions.get(version);
  }

  public List<String> files(String version) {
    return files.get(version);
  }

  public List<String> versionsWith(String action) {
    return versions.stream().filter(v -> actions.get(v).contains(action)).toList();
  }

  public Optional<Replacement> replacement(String action) {
    return Optional.ofNullable(replacements.get(action));
  }
}
