package dev.pushcheck.internal.schema;

import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * One version's published schema files, and which of their schemas apply together at one place of a
 * message: a schema, what it references ({@code $ref}), combines ({@code allOf}, {@code anyOf},
 * {@code oneOf}) and the {@code if}/{@code then}/{@code else} branch the value selects. The
 * undocumented-field check and version diffs read schemas through this one view.
 */
public final class SchemaGraph {
  /**
   * A schema node, the file it sits in (references resolve against it), and the properties whose
   * values selected it through {@code if} conditions on the way ({@code chosenBy}).
   */
  public record Located(String file, JsonNode schema, Set<String> chosenBy) {
    Located(String file, JsonNode schema) {
      this(file, schema, Set.of());
    }

    /** Another schema of the same file that applies at the same place of the message. */
    Located at(JsonNode sibling) {
      return new Located(file, sibling, chosenBy);
    }

    /** A schema of the same file for a member or item (a new place: no conditions chose it). */
    public Located member(JsonNode schema) {
      return new Located(file, schema);
    }
  }

  /**
   * Which branch of each {@code if} applies: true ({@code then}), false ({@code else}) or null
   * (both).
   */
  @FunctionalInterface
  public interface Branches {
    /** Both branches of every condition: what a place can hold, whatever the value. */
    Branches ALL = condition -> null;

    Boolean choose(JsonNode condition);

    /** The branches a value chooses; with a null value, {@link #ALL}. */
    static Branches of(JsonNode value) {
      return value == null ? ALL : condition -> matches(condition, value);
    }
  }

  private static final Located UNRESOLVED = new Located("", null);
  private static final JsonNode EMPTY_SCHEMA = JsonInput.MAPPER.createObjectNode();

  private final Map<String, JsonNode> files;
  // Resolving a reference parses URIs; messages resolve the same few hundred references again
  // and again, so each is resolved once.
  private final Map<String, Located> resolved = new ConcurrentHashMap<>();

  SchemaGraph(Map<String, JsonNode> files) {
    this.files = Map.copyOf(files);
  }

  /** A file's root schema, by version-relative path. */
  public Located root(String path) {
    JsonNode file = files.get(path);
    if (file == null) {
      throw new IllegalArgumentException("no schema file " + path);
    }
    return new Located(path, file);
  }

  /**
   * Every schema that applies where these schemas do, for this value; with a null value, every
   * branch of every condition.
   */
  public List<Located> applicable(List<Located> schemas, JsonNode value) {
    return applicable(schemas, Branches.of(value));
  }

  /**
   * Every schema that applies where these schemas do, taking the branches {@code branch} chooses.
   */
  public List<Located> applicable(List<Located> schemas, Branches branch) {
    List<Located> out = new ArrayList<>();
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    schemas.forEach(s -> expand(s, branch, out, seen));
    return out;
  }

  /**
   * Every {@code if} condition met on the way from these schemas through every branch: the
   * conditions on which the schemas that apply to a value can depend.
   */
  public List<JsonNode> conditions(List<Located> schemas) {
    List<JsonNode> out = new ArrayList<>();
    for (Located s : applicable(schemas, Branches.ALL)) {
      JsonNode condition = s.schema().get("if");
      if (condition != null) {
        out.add(condition);
      }
    }
    return out;
  }

  /**
   * What the schemas that apply at one place say about the value's members and items, gathered from
   * all of them at once ({@link #applicable}).
   *
   * @param properties each documented member and the schemas that apply to its value
   * @param items the schemas that apply to each item of an array
   * @param required every member some schema requires
   * @param requiredAsRule the required members that are not required only to choose a branch (a
   *     branch chosen by a field's value "requires" that field as a condition, not as a rule)
   * @param open the schemas for members no {@code properties} entry lists ({@code
   *     additionalProperties}; {@code patternProperties} and {@code unevaluatedProperties} count as
   *     an empty schema)
   * @param closedBy the file of the first schema that says the value is an object, or null
   */
  public record Members(
      Map<String, List<Located>> properties,
      List<Located> items,
      Set<String> required,
      Set<String> requiredAsRule,
      List<Located> open,
      String closedBy) {

    /** Whether members that no schema lists here are undocumented. */
    public boolean closed() {
      return closedBy != null && open.isEmpty() && !properties.isEmpty();
    }
  }

  /**
   * The members and items of every schema that applies where these schemas do, for this value; with
   * a null value, of every branch of every condition.
   */
  public Members members(List<Located> schemas, JsonNode value) {
    return members(schemas, Branches.of(value));
  }

  /** The members and items of every schema that applies, taking the branches chosen. */
  public Members members(List<Located> schemas, Branches branch) {
    Map<String, List<Located>> properties = new LinkedHashMap<>();
    List<Located> items = new ArrayList<>();
    Set<String> required = new LinkedHashSet<>();
    Set<String> requiredAsRule = new LinkedHashSet<>();
    List<Located> open = new ArrayList<>();
    String closedBy = null;
    for (Located s : applicable(schemas, branch)) {
      JsonNode schema = s.schema();
      for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
        properties.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(s.member(p.getValue()));
      }
      if (schema.has("items")) {
        items.add(s.member(schema.get("items")));
      }
      for (JsonNode name : schema.path("required")) {
        required.add(name.asString());
        if (!s.chosenBy().contains(name.asString())) {
          requiredAsRule.add(name.asString());
        }
      }
      if (schema.has("additionalProperties")) {
        open.add(s.member(schema.get("additionalProperties")));
      }
      if (schema.has("patternProperties") || schema.has("unevaluatedProperties")) {
        open.add(s.member(EMPTY_SCHEMA));
      }
      if (closedBy == null && isObjectType(schema.get("type"))) {
        closedBy = s.file();
      }
    }
    return new Members(properties, items, required, requiredAsRule, open, closedBy);
  }

  private static boolean isObjectType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asString().equals("object")) {
          return true;
        }
      }
      return false;
    }
    return type.asString().equals("object");
  }

  private void expand(Located located, Branches branch, List<Located> out, Set<JsonNode> seen) {
    JsonNode schema = located.schema();
    if (schema == null || !schema.isObject() || !seen.add(schema)) {
      return;
    }
    out.add(located);
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString()) {
      Located target = resolve(located, ref.asString());
      if (target != null) {
        expand(target, branch, out, seen);
      }
    }
    for (String composition : new String[] {"allOf", "anyOf", "oneOf"}) {
      for (JsonNode element : schema.path(composition)) {
        expand(located.at(element), branch, out, seen);
      }
    }
    JsonNode condition = schema.get("if");
    if (condition != null) {
      Boolean matches = branch.choose(condition);
      Set<String> chosenBy = new LinkedHashSet<>(located.chosenBy());
      condition.path("properties").propertyNames().forEach(chosenBy::add);
      condition.path("required").forEach(name -> chosenBy.add(name.asString()));
      if (matches == null || matches) {
        expand(new Located(located.file(), schema.get("then"), chosenBy), branch, out, seen);
      }
      if (matches == null || !matches) {
        expand(new Located(located.file(), schema.get("else"), chosenBy), branch, out, seen);
      }
    }
  }

  /**
   * Evaluates the kind of condition the bundled schemas use in {@code if} (required, properties,
   * const, enum, not, type); null when the condition uses anything else, so both branches count.
   */
  public static Boolean matches(JsonNode condition, JsonNode value) {
    return condition(condition).test(value);
  }

  /** An {@code if} condition compiled once, to be tested on many values as {@link #matches}. */
  @FunctionalInterface
  public interface Condition {
    /** True, false, or null when the condition uses a keyword {@link #matches} does not know. */
    Boolean test(JsonNode value);
  }

  /** The condition compiled: its keywords are read once, not at every value. */
  public static Condition condition(JsonNode condition) {
    if (condition.isBoolean()) {
      Boolean constant = condition.asBoolean();
      return value -> constant;
    }
    List<Condition> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> keyword : condition.properties()) {
      JsonNode argument = keyword.getValue();
      switch (keyword.getKey()) {
        case "required" -> {
          List<String> names = new ArrayList<>();
          argument.forEach(name -> names.add(name.asString()));
          parts.add(
              value -> {
                boolean all = true;
                for (String name : names) {
                  all &= value.isObject() && value.has(name);
                }
                return all;
              });
        }
        case "properties" -> {
          Map<String, Condition> members = new LinkedHashMap<>();
          argument.properties().forEach(p -> members.put(p.getKey(), condition(p.getValue())));
          parts.add(
              value -> {
                if (!value.isObject()) {
                  return true;
                }
                boolean all = true;
                for (Map.Entry<String, Condition> p : members.entrySet()) {
                  JsonNode member = value.get(p.getKey());
                  if (member != null) {
                    Boolean inner = p.getValue().test(member);
                    if (inner == null) {
                      return null;
                    }
                    all &= inner;
                  }
                }
                return all;
              });
        }
        case "const" -> parts.add(argument::equals);
        case "enum" ->
            parts.add(
                value -> {
                  for (JsonNode option : argument) {
                    if (option.equals(value)) {
                      return true;
                    }
                  }
                  return false;
                });
        case "not" -> {
          Condition inner = condition(argument);
          parts.add(
              value -> {
                Boolean result = inner.test(value);
                return result == null ? null : !result;
              });
        }
        case "type" -> {
          if (!argument.isString()) {
            return value -> null;
          }
          String type = argument.asString();
          parts.add(
              value ->
                  JsonValues.type(value).equals(type)
                      || (type.equals("number") && value.isNumber()));
        }
        case "title", "description", "$comment" -> {}
        default -> {
          return value -> null;
        }
      }
    }
    Condition[] all = parts.toArray(Condition[]::new);
    return value -> {
      boolean result = true;
      for (Condition part : all) {
        Boolean outcome = part.test(value);
        if (outcome == null) {
          return null;
        }
        result &= outcome;
      }
      return result;
    };
  }

  /** The schema a reference made from {@code from} points at, or null if it is not in the set. */
  Located resolve(Located from, String ref) {
    Located target =
        resolved.computeIfAbsent(
            from.file() + '\n' + ref,
            k -> {
              Located found = resolve(from.file(), ref);
              return found == null ? UNRESOLVED : found;
            });
    return target == UNRESOLVED
        ? null
        : new Located(target.file(), target.schema(), from.chosenBy());
  }

  private Located resolve(String file, String ref) {
    URI base = URI.create("file:/" + file);
    URI target =
        base.resolve(ref.startsWith("#") ? file.substring(file.lastIndexOf('/') + 1) + ref : ref);
    if (target.getPath() == null || !"file".equals(target.getScheme())) {
      return null;
    }
    String path = target.getPath().substring(1);
    JsonNode root = files.get(path);
    if (root == null) {
      return null;
    }
    String fragment = target.getFragment();
    JsonNode node = fragment == null || fragment.isEmpty() ? root : root.at(fragment);
    return node.isMissingNode() ? null : new Located(path, node);
  }
}
