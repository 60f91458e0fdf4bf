package dev.pushcheck.internal.schema;

import dev.pushcheck.Kind;
import dev.pushcheck.PushcheckException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The generated {@code catalog.json} of the bundled schema sets: versions, the actions of each kind
 * of message in each, the files of each, what became of actions that ended, and pushes the docs no
 * longer list.
 */
public final class CatalogIndex {
  public record Replacement(String action, String version, List<String> actions, String how) {}

  /**
   * A push the docs stopped listing although servers of these versions still send it.
   *
   * @param commit the documentation commit that removed it
   * @param date when
   * @param versions the versions whose pages listed it
   */
  public record Delisting(String commit, String date, List<String> versions) {}

  private final String baseUri;
  private final List<String> versions;
  private final String stable;
  private final List<String> preview;
  private final Map<Kind, Map<String, Set<String>>> actions = new EnumMap<>(Kind.class);
  private final Map<String, List<String>> files;
  private final Map<Kind, Map<String, Replacement>> replacements = new EnumMap<>(Kind.class);
  private final Map<String, Delisting> delisted = new LinkedHashMap<>();

  CatalogIndex(JsonNode catalog) {
    baseUri = catalog.path("baseUri").asString();
    versions = strings(catalog.path("versions"));
    stable = catalog.path("stable").asString();
    preview = strings(catalog.path("preview"));
    files = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      Map<String, Set<String>> byVersion = new LinkedHashMap<>();
      for (String v : versions) {
        byVersion.put(v, new TreeSet<>(strings(catalog.path(member(kind)).path(v))));
      }
      actions.put(kind, byVersion);
      replacements.put(kind, new LinkedHashMap<>());
    }
    for (String v : versions) {
      files.put(v, strings(catalog.path("files").path(v)));
    }
    for (JsonNode r : catalog.path("replacements")) {
      Replacement replacement =
          new Replacement(
              r.path("action").asString(),
              r.path("version").asString(),
              strings(r.path("actions")),
              r.path("how").asString());
      Kind kind = Kind.ofLabel(r.path("kind").asString("push"));
      replacements.get(kind).put(replacement.action(), replacement);
    }
    for (Map.Entry<String, JsonNode> d : catalog.path("delisted").properties()) {
      delisted.put(
          d.getKey(),
          new Delisting(
              d.getValue().path("since-commit").asString(),
              d.getValue().path("date").asString(),
              strings(d.getValue().path("versions"))));
    }
    if (baseUri.isEmpty() || versions.isEmpty() || !versions.contains(stable)) {
      throw new PushcheckException("the bundled schema catalog is incomplete");
    }
  }

  /** The catalog member listing the actions of a kind. */
  private static String member(Kind kind) {
    return switch (kind) {
      case PUSH -> "actions";
      case REQUEST -> "requests";
      case RESPONSE -> "responses";
      case WEBHOOK -> "webhooks";
    };
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
    return files.containsKey(version);
  }

  /** The push actions of a version. */
  public Set<String> actions(String version) {
    return actions(Kind.PUSH, version);
  }

  /** The actions (methods, for requests and responses) of one kind in a version. */
  public Set<String> actions(Kind kind, String version) {
    return actions.get(kind).get(version);
  }

  public List<String> files(String version) {
    return files.get(version);
  }

  /** The versions that have this action as a message of this kind. */
  public List<String> versionsWith(Kind kind, String action) {
    return versions.stream().filter(v -> actions(kind, v).contains(action)).toList();
  }

  /** The kinds of message that have this action in some version. */
  public List<Kind> kindsWith(String action) {
    return Arrays.stream(Kind.values())
        .filter(kind -> !versionsWith(kind, action).isEmpty())
        .toList();
  }

  public Optional<Replacement> replacement(Kind kind, String action) {
    return Optional.ofNullable(replacements.get(kind).get(action));
  }

  /** Whether the docs stopped listing this push for this version. */
  public Optional<Delisting> delisting(String action, String version) {
    Delisting d = delisted.get(action);
    return d != null && d.versions().contains(version) ? Optional.of(d) : Optional.empty();
  }
}
