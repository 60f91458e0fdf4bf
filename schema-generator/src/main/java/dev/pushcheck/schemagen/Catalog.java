package dev.pushcheck.schemagen;

import static dev.pushcheck.schemagen.SchemaKeywords.DELISTED;
import static dev.pushcheck.schemagen.SchemaKeywords.REPLACED_BY;
import static dev.pushcheck.schemagen.SourceProblem.child;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * catalog.json: versions, actions and files per version, and what each ended push became
 * (x-replaced-by).
 */
final class Catalog {

  static final String PATH = "catalog.json";

  /** One x-replaced-by as generated, with the last version whose payload file carries it. */
  private record Replacement(
      MessageKind kind,
      String action,
      String file,
      String pointer,
      JsonNode replacedBy,
      String lastVersion) {}

  private record ReplacementKey(MessageKind kind, String action, JsonNode replacedBy) {}

  private final VersionList versions;
  private final List<GeneratedVersion> generated;
  private final List<SourceProblem> problems;

  private Catalog(
      VersionList versions, List<GeneratedVersion> generated, List<SourceProblem> problems) {
    this.versions = versions;
    this.generated = generated;
    this.problems = problems;
  }

  static ObjectNode build(
      VersionList versions, List<GeneratedVersion> generated, List<SourceProblem> problems) {
    return new Catalog(versions, generated, problems).build();
  }

  private ObjectNode build() {
    ObjectNode catalog = JsonNodeFactory.instance.objectNode();
    catalog.put("baseUri", versions.baseUri());
    versions.versions().forEach(catalog.putArray("versions")::add);
    catalog.put("stable", versions.stable());
    versions.preview().forEach(catalog.putArray("preview")::add);
    for (MessageKind kind : MessageKind.values()) {
      ObjectNode actions = catalog.putObject(kind.catalogMember);
      generated.forEach(
          version -> version.actions(kind).forEach(actions.putArray(version.version())::add));
    }
    ArrayNode replacements = catalog.putArray("replacements");
    for (Replacement replacement : replacements()) {
      ObjectNode entry = replacements.addObject();
      entry.put("kind", replacement.kind().noun);
      entry.put("action", replacement.action());
      entry.put("lastVersion", replacement.lastVersion());
      entry.set("version", replacement.replacedBy().get("version"));
      entry.set("actions", replacement.replacedBy().get("actions"));
      entry.set("how", replacement.replacedBy().get("how"));
    }
    ObjectNode delisted = catalog.putObject("delisted");
    for (GeneratedVersion version : generated) {
      for (String action : version.actions(MessageKind.PUSH)) {
        JsonNode mark = version.files().get(MessageKind.PUSH.payloadFile(action)).get(DELISTED);
        if (mark != null) {
          delisted.set(action, mark);
        }
      }
    }
    ObjectNode files = catalog.putObject("files");
    generated.forEach(
        version -> version.files().keySet().forEach(files.putArray(version.version())::add));
    return catalog;
  }

  private List<Replacement> replacements() {
    Map<ReplacementKey, Replacement> byActionAndValue = new LinkedHashMap<>();
    for (MessageKind kind : MessageKind.values()) {
      for (GeneratedVersion version : generated) {
        for (String action : version.actions(kind)) {
          String file = kind.payloadFile(action);
          JsonNode replacedBy = version.files().get(file).get(REPLACED_BY);
          if (replacedBy != null) {
            String pointer = child(version.rootPointers().get(file), REPLACED_BY);
            byActionAndValue.put(
                new ReplacementKey(kind, action, replacedBy),
                new Replacement(kind, action, file, pointer, replacedBy, version.version()));
          }
        }
      }
    }
    List<Replacement> replacements = new ArrayList<>(byActionAndValue.values());
    replacements.sort(
        Comparator.comparing(Replacement::kind)
            .thenComparing(Replacement::action)
            .thenComparing(
                replacement ->
                    versions.rank(replacement.replacedBy().get("version").stringValue())));
    replacements.forEach(this::checkReplacement);
    checkEndedPushesAreReplaced();
    return replacements;
  }

  private void checkReplacement(Replacement replacement) {
    String version = replacement.replacedBy().get("version").stringValue();
    GeneratedVersion successor = generated.get(versions.rank(version));
    String at = child(replacement.pointer(), "version");
    MessageKind kind = replacement.kind();
    if (successor.has(kind, replacement.action())) {
      problems.add(
          new SourceProblem(
              replacement.file(),
              at,
              "the "
                  + kind.noun
                  + " still exists in "
                  + version
                  + ", the version x-replaced-by says it is replaced in"));
    } else if (versions.rank(replacement.lastVersion()) > versions.rank(version)) {
      problems.add(
          new SourceProblem(
              replacement.file(),
              at,
              "the "
                  + kind.noun
                  + " exists until "
                  + replacement.lastVersion()
                  + ", after "
                  + version
                  + " where x-replaced-by says it is replaced"));
    }
    JsonNode actions = replacement.replacedBy().get("actions");
    for (int i = 0; i < actions.size(); i++) {
      if (!successor.has(kind, actions.get(i).stringValue())) {
        problems.add(
            new SourceProblem(
                replacement.file(),
                child(child(replacement.pointer(), "actions"), i),
                "\""
                    + actions.get(i).stringValue()
                    + "\" is not a "
                    + kind.noun
                    + " of "
                    + version));
      }
    }
  }

  /**
   * Every push that ends before the newest version says what it became, so the catalog can tell
   * users.
   */
  private void checkEndedPushesAreReplaced() {
    for (MessageKind kind : MessageKind.values()) {
      for (int i = 0; i + 1 < generated.size(); i++) {
        GeneratedVersion last = generated.get(i);
        for (String action : last.actions(kind)) {
          String file = kind.payloadFile(action);
          if (!generated.get(i + 1).has(kind, action) && !last.files().get(file).has(REPLACED_BY)) {
            problems.add(
                new SourceProblem(
                    file,
                    last.rootPointers().get(file),
                    "the "
                        + kind.noun
                        + " ends after "
                        + last.version()
                        + " but has no x-replaced-by"));
          }
        }
      }
    }
  }
}
