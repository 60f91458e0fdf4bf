package dev.pushcheck.schemagen;

import static dev.pushcheck.schemagen.SchemaKeywords.BY_VERSION;
import static dev.pushcheck.schemagen.SchemaKeywords.DELISTED;
import static dev.pushcheck.schemagen.SchemaKeywords.FRAGMENT;
import static dev.pushcheck.schemagen.SchemaKeywords.OPEN_ENUM;
import static dev.pushcheck.schemagen.SchemaKeywords.REPLACED_BY;
import static dev.pushcheck.schemagen.SchemaKeywords.REQUIRED;
import static dev.pushcheck.schemagen.SchemaKeywords.SINCE;
import static dev.pushcheck.schemagen.SchemaKeywords.UNTIL;
import static dev.pushcheck.schemagen.SourceProblem.child;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks one source file against SOURCES.md before any version is generated, so that a mistake in a
 * variant no version selects is still reported.
 */
final class SourceChecker {

  private enum Place {
    FILE_ROOT,
    PROPERTY,
    ALL_OF_ELEMENT,
    SUBSCHEMA
  }

  private static final Pattern ABSOLUTE_URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Set<String> BESIDE_BY_VERSION = Set.of(BY_VERSION, SINCE, UNTIL, REQUIRED);
  private static final Set<String> REPLACEMENT_KINDS = Set.of("renamed", "replaced", "removed");

  private final SourceFile file;
  private final VersionList versions;
  private final List<SourceProblem> problems;

  private SourceChecker(SourceFile file, VersionList versions, List<SourceProblem> problems) {
    this.file = file;
    this.versions = versions;
    this.problems = problems;
  }

  static void check(SourceFile file, VersionList versions, List<SourceProblem> problems) {
    SourceChecker checker = new SourceChecker(file, versions, problems);
    if (file.kind() == SourceFile.Kind.PAYLOAD && !SourceFile.isAction(file.action())) {
      checker.problem(
          "",
          "payload file name \""
              + file.action()
              + "\" is not a "
              + file.messageKind().noun
              + " action (snake_case)");
    }
    checker.checkSchema(file.root(), "", Place.FILE_ROOT, false);
  }

  private void checkSchema(JsonNode node, String pointer, Place place, boolean inCondition) {
    if (node.isBoolean() && place != Place.FILE_ROOT) {
      return;
    }
    if (!node.isObject()) {
      problem(
          pointer,
          place == Place.FILE_ROOT
              ? "a file root must be an object"
              : "a schema must be an object or a boolean");
      return;
    }
    if (node.has(BY_VERSION)) {
      checkByVersion(node, pointer, place, inCondition);
      return;
    }
    checkRange(node, pointer);
    if (place == Place.FILE_ROOT
        && !(node.path("title").isString() && node.path("description").isString())) {
      problem(pointer, "a file root needs a title and a description");
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      checkKeyword(
          node,
          member.getKey(),
          member.getValue(),
          child(pointer, member.getKey()),
          place,
          inCondition);
    }
  }

  private void checkKeyword(
      JsonNode owner, String key, JsonNode value, String at, Place place, boolean inCondition) {
    switch (key) {
      case SINCE, UNTIL, REQUIRED -> checkVersionKeyword(key, value, at, place);
      case OPEN_ENUM -> checkOpenEnum(owner, value, at);
      case REPLACED_BY -> checkReplacedBy(value, at, place);
      case FRAGMENT -> checkFragment(owner, value, at, place);
      case DELISTED -> checkDelisted(value, at, place);
      case "$id", "$schema" ->
          problem(at, key + " is written by the generator: remove it from the source");
      case "$ref" -> checkRef(value, at);
      case "required" -> checkRequired(owner, value, at, inCondition);
      case "additionalProperties" -> {
        if (value.isBoolean() && !value.booleanValue()) {
          problem(
              at,
              "additionalProperties: false closes the object; leave it open (pushcheck warns about undocumented fields)");
        }
        checkSchema(value, at, Place.SUBSCHEMA, inCondition);
      }
      case "unevaluatedProperties" ->
          problem(
              at,
              "unevaluatedProperties closes the object; leave it open (pushcheck warns about undocumented fields)");
      case "properties" -> checkSchemaMap(value, at, Place.PROPERTY, inCondition);
      case "allOf" -> checkSchemaArray(value, at, Place.ALL_OF_ELEMENT, inCondition);
      case "anyOf", "oneOf" -> {
        checkSchemaArray(value, at, Place.SUBSCHEMA, inCondition);
        checkNoObjectChoice(key, value, at);
      }
      default -> {
        if (SchemaKeywords.SCHEMA_VALUED.contains(key)) {
          checkSchema(value, at, Place.SUBSCHEMA, inCondition || key.equals("if"));
        } else if (SchemaKeywords.SCHEMA_MAPS.contains(key)) {
          checkSchemaMap(value, at, Place.SUBSCHEMA, inCondition);
        } else if (SchemaKeywords.SCHEMA_ARRAYS.contains(key)) {
          checkSchemaArray(value, at, Place.SUBSCHEMA, inCondition);
        } else if (key.startsWith("x-")) {
          problem(at, "unknown keyword " + key);
        } else if (!SchemaKeywords.DATA_VALUED.contains(key)) {
          problem(at, "unknown keyword " + key + " (not a JSON Schema draft 2020-12 keyword)");
        }
      }
    }
  }

  private void checkByVersion(JsonNode node, String pointer, Place place, boolean inCondition) {
    checkRange(node, pointer);
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String at = child(pointer, member.getKey());
      if (!BESIDE_BY_VERSION.contains(member.getKey())) {
        problem(at, "only x-since, x-until and x-required may stand beside x-by-version");
      } else if (!member.getKey().equals(BY_VERSION)) {
        checkVersionKeyword(member.getKey(), member.getValue(), at, place);
      }
    }
    String at = child(pointer, BY_VERSION);
    JsonNode variants = node.get(BY_VERSION);
    if (!variants.isObject() || variants.isEmpty()) {
      problem(at, "x-by-version must be an object mapping versions to schemas (or null)");
      return;
    }
    for (Map.Entry<String, JsonNode> variant : variants.properties()) {
      String variantAt = child(at, variant.getKey());
      if (!versions.isKnown(variant.getKey())) {
        problem(variantAt, versions.describeUnknown(variant.getKey()));
      }
      if (variant.getValue().isNull()) {
        continue;
      }
      if (node.has(REQUIRED) && variant.getValue().has(REQUIRED)) {
        problem(child(variantAt, REQUIRED), "x-required is already given beside x-by-version");
      }
      checkSchema(variant.getValue(), variantAt, place, inCondition);
    }
  }

  private void checkVersionKeyword(String key, JsonNode value, String at, Place place) {
    if (key.equals(REQUIRED)) {
      if (place != Place.PROPERTY) {
        problem(at, "x-required is allowed only on a member of properties");
      } else if (!(value.isBoolean() && value.booleanValue()) && !isVersionRangeObject(value)) {
        problem(at, "x-required must be true or an object with since and/or until");
      } else if (value.isObject()) {
        value
            .properties()
            .forEach(bound -> checkVersion(bound.getValue(), child(at, bound.getKey())));
        checkOrder(value.get("since"), value.get("until"), at);
      }
      return;
    }
    if (place == Place.SUBSCHEMA) {
      problem(
          at,
          key + " is allowed only on a file root, a member of properties or an element of allOf");
    } else {
      checkVersion(value, at);
    }
  }

  private static boolean isVersionRangeObject(JsonNode value) {
    return value.isObject()
        && !value.isEmpty()
        && value.propertyNames().stream()
            .allMatch(name -> name.equals("since") || name.equals("until"));
  }

  private void checkVersion(JsonNode value, String at) {
    if (!value.isString()) {
      problem(at, "a version must be a string");
    } else if (!versions.isKnown(value.stringValue())) {
      problem(at, versions.describeUnknown(value.stringValue()));
    }
  }

  private void checkRange(JsonNode node, String pointer) {
    checkOrder(node.get(SINCE), node.get(UNTIL), pointer);
  }

  private void checkOrder(JsonNode since, JsonNode until, String at) {
    if (isKnownVersion(since)
        && isKnownVersion(until)
        && versions.rank(since.stringValue()) > versions.rank(until.stringValue())) {
      problem(
          at,
          "since "
              + since.stringValue()
              + " is after until "
              + until.stringValue()
              + ": the range is empty");
    }
  }

  private boolean isKnownVersion(JsonNode value) {
    return value != null && value.isString() && versions.isKnown(value.stringValue());
  }

  private void checkSchemaMap(JsonNode value, String at, Place place, boolean inCondition) {
    if (!value.isObject()) {
      problem(at, "must be an object of schemas");
      return;
    }
    value
        .properties()
        .forEach(
            member ->
                checkSchema(member.getValue(), child(at, member.getKey()), place, inCondition));
    if (place == Place.PROPERTY) {
      value
          .properties()
          .forEach(
              member -> checkRequiredWithinLife(member.getValue(), child(at, member.getKey())));
    }
  }

  private void checkSchemaArray(JsonNode value, String at, Place place, boolean inCondition) {
    if (!value.isArray() || value.isEmpty()) {
      problem(at, "must be a non-empty array of schemas");
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      checkSchema(value.get(i), child(at, i), place, inCondition);
    }
  }

  /** A property required only outside the versions it exists in is a contradiction, not a no-op. */
  private void checkRequiredWithinLife(JsonNode member, String at) {
    JsonNode required = member.get(REQUIRED);
    if (required == null || !required.isObject() || !isVersionRangeObject(required)) {
      return;
    }
    int lifeFrom = rankOr(member.get(SINCE), 0);
    int lifeTo = rankOr(member.get(UNTIL), versions.versions().size() - 1);
    int requiredFrom = rankOr(required.get("since"), 0);
    int requiredTo = rankOr(required.get("until"), versions.versions().size() - 1);
    if (requiredFrom > lifeTo || requiredTo < lifeFrom) {
      problem(
          child(at, REQUIRED),
          "x-required never applies: the property exists only from "
              + versions.versions().get(lifeFrom)
              + " to "
              + versions.versions().get(lifeTo));
    }
  }

  private int rankOr(JsonNode version, int fallback) {
    return isKnownVersion(version) ? versions.rank(version.stringValue()) : fallback;
  }

  private void checkRequired(JsonNode owner, JsonNode value, String at, boolean inCondition) {
    if (!inCondition) {
      problem(
          at,
          "write x-required on the property instead of a required array (a plain required is allowed only inside if)");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; value.isArray() && i < value.size(); i++) {
      JsonNode name = value.get(i);
      if (!name.isString() || !seen.add(name.stringValue())) {
        problem(child(at, i), "required must list distinct property names");
      } else if (owner.path("properties").path(name.stringValue()).has(REQUIRED)) {
        problem(
            child(at, i),
            "\"" + name.stringValue() + "\" is both in required and marked x-required");
      }
    }
    if (!value.isArray()) {
      problem(at, "required must be an array of property names");
    }
  }

  private void checkOpenEnum(JsonNode owner, JsonNode value, String at) {
    Set<String> seen = new HashSet<>();
    boolean distinctStrings =
        value.isArray()
            && !value.isEmpty()
            && value.values().stream().allMatch(v -> v.isString() && seen.add(v.stringValue()));
    if (!distinctStrings) {
      problem(at, "x-open-enum must be a non-empty array of distinct strings");
    }
    if (owner.has("enum")) {
      problem(
          at,
          "x-open-enum beside enum: enum closes the list, x-open-enum documents an open one; keep one");
    }
    if (owner.has("type") && !allowsType(owner, "string")) {
      problem(at, "x-open-enum belongs on a string schema");
    }
  }

  private void checkReplacedBy(JsonNode value, String at, Place place) {
    if (place != Place.FILE_ROOT || file.kind() != SourceFile.Kind.PAYLOAD) {
      problem(at, "x-replaced-by is allowed only on the root of a payload file");
      return;
    }
    boolean shaped =
        value.isObject()
            && value.size() == 3
            && value.path("version").isString()
            && value.path("actions").isArray()
            && value.path("actions").values().stream().allMatch(JsonNode::isString)
            && value.path("how").isString()
            && REPLACEMENT_KINDS.contains(value.path("how").stringValue());
    if (!shaped) {
      problem(
          at,
          "x-replaced-by must be {\"version\", \"actions\": [...], \"how\": renamed|replaced|removed}");
      return;
    }
    checkVersion(value.get("version"), child(at, "version"));
    JsonNode actions = value.get("actions");
    for (int i = 0; i < actions.size(); i++) {
      if (!SourceFile.isAction(actions.get(i).stringValue())) {
        problem(
            child(child(at, "actions"), i),
            "\"" + actions.get(i).stringValue() + "\" is not an action name (snake_case)");
      }
    }
    boolean removed = value.get("how").stringValue().equals("removed");
    if (removed != actions.isEmpty()) {
      problem(at, "how is removed exactly when actions is []");
    }
  }

  private void checkDelisted(JsonNode value, String at, Place place) {
    if (place != Place.FILE_ROOT || file.kind() != SourceFile.Kind.PAYLOAD) {
      problem(at, "x-delisted is allowed only on the root of a payload file");
      return;
    }
    boolean shaped =
        value.isObject()
            && value.path("since-commit").isString()
            && value.path("date").isString()
            && value.path("versions").isArray()
            && !value.path("versions").isEmpty();
    if (!shaped) {
      problem(at, "x-delisted must be {\"since-commit\", \"date\", \"versions\": [...]}");
      return;
    }
    JsonNode listed = value.get("versions");
    for (int i = 0; i < listed.size(); i++) {
      checkVersion(listed.get(i), child(child(at, "versions"), i));
    }
  }

  private void checkFragment(JsonNode owner, JsonNode value, String at, Place place) {
    if (place != Place.FILE_ROOT || file.kind() != SourceFile.Kind.OBJECT) {
      problem(at, "x-fragment is allowed only on the root of an object file");
    } else if (!(value.isBoolean() && value.booleanValue())) {
      problem(at, "x-fragment must be true");
    } else if (isText(owner.path("type"), "object")) {
      problem(at, "a fragment must not say \"type\": \"object\"");
    }
  }

  private void checkRef(JsonNode value, String at) {
    if (!value.isString()) {
      problem(at, "$ref must be a string");
    } else if (ABSOLUTE_URI.matcher(value.stringValue()).find()) {
      problem(at, "$ref must be relative to the source file, e.g. ../objects/chat.schema.json");
    }
  }

  /**
   * SOURCES.md: never choose between object shapes with oneOf/anyOf, the engine cannot tell which
   * branch was meant.
   */
  private void checkNoObjectChoice(String key, JsonNode value, String at) {
    for (int i = 0; value.isArray() && i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.has("properties") || element.has("$ref") || allowsType(element, "object")) {
        problem(
            child(at, i),
            key + " must not choose between object shapes: dispatch with if/then inside allOf");
      }
    }
  }

  private static boolean allowsType(JsonNode schema, String type) {
    JsonNode declared = schema.path("type");
    return isText(declared, type)
        || (declared.isArray() && declared.values().stream().anyMatch(t -> isText(t, type)));
  }

  private static boolean isText(JsonNode node, String text) {
    return node.isString() && node.stringValue().equals(text);
  }

  private void problem(String pointer, String message) {
    problems.add(new SourceProblem(file.path(), pointer, message));
  }
}
