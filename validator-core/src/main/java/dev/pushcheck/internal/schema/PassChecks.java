package dev.pushcheck.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The bundled schemas compiled to plain Java checks that answer one question: does a value pass a
 * schema with no error at all (pushcheck's {@code x-open-enum} included)? Almost every message
 * does, and then nothing more is needed; networknt, the reference engine, is asked only for the
 * messages that fail, and its errors become the findings. So the findings always come from
 * networknt, and the only thing this class must get right is the verdict: a differential test holds
 * it to networknt's on every example, every generated mutation and the fuzzing corpus.
 *
 * <p>A check never guesses. It compiles only the keywords the bundled schemas use; a schema with
 * any other keyword, and a value where networknt's behaviour is subtle (a fraction where an integer
 * is expected, a number in {@code const} or {@code enum}), make it throw {@link Undecided}, and the
 * caller asks networknt.
 */
public final class PassChecks {
  /** A compiled schema. Immutable and thread-safe. */
  @FunctionalInterface
  public interface Check {
    /**
     * Whether the value passes the schema with no error.
     *
     * @throws Undecided when this class cannot tell as networknt would
     */
    boolean passes(JsonNode value);
  }

  /** Thrown where a check cannot decide; shared and without a stack trace, so it costs nothing. */
  public static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Undecided INSTANCE = new Undecided();

    private Undecided() {
      super("undecided", null, false, false);
    }
  }

  // Annotations: networknt records nothing for them, neither does a check.
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "$schema",
          "$id",
          "$anchor",
          "$comment",
          "$defs",
          "definitions",
          "title",
          "description",
          "examples",
          "default",
          "deprecated",
          "readOnly",
          "writeOnly",
          "format",
          "then",
          "else");

  private static final Check ANYTHING = value -> true;
  private static final Check NOTHING = value -> false;
  private static final Check UNDECIDED =
      value -> {
        throw Undecided.INSTANCE;
      };

  private final SchemaGraph graph;
  private final Map<JsonNode, Deferred> compiled = new IdentityHashMap<>();
  private boolean unresolvedReference;

  private PassChecks(SchemaGraph graph) {
    this.graph = graph;
  }

  /**
   * Compiles the schema files of one version, by version-relative path, sharing what they share.
   */
  static Compiled compile(SchemaGraph graph, List<String> files) {
    PassChecks compiler = new PassChecks(graph);
    Map<String, Check> checks = new HashMap<>();
    List<String> unresolved = new ArrayList<>();
    for (String file : files) {
      compiler.unresolvedReference = false;
      checks.put(file, compiler.compile(graph.root(file)));
      if (compiler.unresolvedReference) {
        unresolved.add(file);
      }
    }
    return new Compiled(Map.copyOf(checks), List.copyOf(unresolved));
  }

  /**
   * The checks of the files compiled, by file; and the files in which the compiler first met a
   * reference the set does not resolve (their checks are undecided there).
   */
  record Compiled(Map<String, Check> checks, List<String> withUnresolvedReferences) {}

  /** A check whose body is compiled after references to it were made (recursive schemas). */
  private static final class Deferred implements Check {
    private Check body;

    @Override
    public boolean passes(JsonNode value) {
      return body.passes(value);
    }
  }

  private Check compile(SchemaGraph.Located at) {
    JsonNode schema = at.schema();
    if (schema.isBoolean()) {
      return schema.asBoolean() ? ANYTHING : NOTHING;
    }
    if (!schema.isObject()) {
      return UNDECIDED;
    }
    Deferred known = compiled.get(schema);
    if (known != null) {
      return known;
    }
    Deferred deferred = new Deferred();
    compiled.put(schema, deferred);
    Check body;
    try {
      body = all(keywords(at));
    } catch (UnsupportedKeyword e) {
      body = UNDECIDED;
    }
    deferred.body = body;
    return deferred;
  }

  private static final class UnsupportedKeyword extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedKeyword(String keyword) {
      super(keyword, null, false, false);
    }
  }

  private List<Check> keywords(SchemaGraph.Located at) throws UnsupportedKeyword {
    JsonNode schema = at.schema();
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      String name = keyword.getKey();
      JsonNode argument = keyword.getValue();
      if (ANNOTATIONS.contains(name)
          || (name.startsWith("x-") && !name.equals(PushcheckKeywords.OPEN_ENUM))) {
        continue;
      }
      checks.add(
          switch (name) {
            case "type" -> type(argument);
            case "const" -> constant(argument);
            case "enum" -> oneOf(argument);
            case "required" -> required(argument);
            case "properties" -> properties(at, argument);
            case "additionalProperties" -> additionalProperties(at, schema, argument);
            case "items" -> items(at, schema, argument);
            case "allOf" -> all(each(at, argument));
            case "not" -> not(compile(at.member(argument)));
            case "if" -> condition(at, schema, argument);
            case "$ref" -> reference(at, argument);
            case "minimum" -> bound(argument, true);
            case "maximum" -> bound(argument, false);
            case "minProperties" -> minProperties(argument);
            case PushcheckKeywords.OPEN_ENUM -> openEnum(argument);
            default -> throw new UnsupportedKeyword(name);
          });
    }
    return checks;
  }

  private List<Check> each(SchemaGraph.Located at, JsonNode schemas) {
    List<Check> checks = new ArrayList<>();
    for (JsonNode schema : schemas) {
      checks.add(compile(at.member(schema)));
    }
    return checks;
  }

  private static Check all(List<Check> checks) {
    if (checks.isEmpty()) {
      return ANYTHING;
    }
    if (checks.size() == 1) {
      return checks.get(0);
    }
    Check[] array = checks.toArray(Check[]::new);
    return value -> {
      for (Check check : array) {
        if (!check.passes(value)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Check not(Check inner) {
    return value -> !inner.passes(value);
  }

  private Check type(JsonNode argument) throws UnsupportedKeyword {
    if (argument.isString()) {
      return type(argument.asString());
    }
    if (!argument.isArray()) {
      throw new UnsupportedKeyword("type");
    }
    List<Check> any = new ArrayList<>();
    for (JsonNode t : argument) {
      any.add(type(t.asString()));
    }
    Check[] array = any.toArray(Check[]::new);
    return value -> {
      boolean undecided = false;
      for (Check check : array) {
        try {
          if (check.passes(value)) {
            return true;
          }
        } catch (Undecided e) {
          undecided = true;
        }
      }
      if (undecided) {
        throw Undecided.INSTANCE;
      }
      return false;
    };
  }

  private static Check type(String type) throws UnsupportedKeyword {
    return switch (type) {
      case "object" -> JsonNode::isObject;
      case "array" -> JsonNode::isArray;
      case "string" -> JsonNode::isString;
      case "boolean" -> JsonNode::isBoolean;
      case "null" -> JsonNode::isNull;
      case "number" -> JsonNode::isNumber;
      case "integer" ->
          value -> {
            if (value.isIntegralNumber()) {
              return true;
            }
            if (value.isNumber()) {
              // networknt accepts 1.0 where the draft allows it; leave that to networknt.
              throw Undecided.INSTANCE;
            }
            return false;
          };
      default -> throw new UnsupportedKeyword("type " + type);
    };
  }

  private static Check constant(JsonNode expected) {
    if (expected.isString()) {
      String text = expected.asString();
      return value -> value.isString() && value.asString().equals(text);
    }
    if (expected.isBoolean()) {
      boolean flag = expected.asBoolean();
      return value -> value.isBoolean() && value.asBoolean() == flag;
    }
    if (expected.isNull()) {
      return JsonNode::isNull;
    }
    return value -> {
      if (value.isNumber() || value.isContainer()) {
        throw Undecided.INSTANCE;
      }
      return false;
    };
  }

  private static Check oneOf(JsonNode options) throws UnsupportedKeyword {
    Set<String> texts = new HashSet<>();
    for (JsonNode option : options) {
      if (!option.isString()) {
        throw new UnsupportedKeyword("enum of " + option.getNodeType());
      }
      texts.add(option.asString());
    }
    return value -> {
      if (value.isString()) {
        return texts.contains(value.asString());
      }
      if (value.isNumber() || value.isContainer()) {
        throw Undecided.INSTANCE;
      }
      return false;
    };
  }

  private static Check openEnum(JsonNode documented) {
    Set<String> texts = new HashSet<>();
    documented.forEach(option -> texts.add(option.asString()));
    return value -> !value.isString() || texts.contains(value.asString());
  }

  private static Check required(JsonNode names) {
    String[] array = new String[names.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = names.get(i).asString();
    }
    return value -> {
      if (!value.isObject()) {
        return true;
      }
      for (String name : array) {
        if (value.get(name) == null) {
          return false;
        }
      }
      return true;
    };
  }

  private Check properties(SchemaGraph.Located at, JsonNode properties) {
    int n = properties.size();
    String[] names = new String[n];
    Check[] checks = new Check[n];
    int i = 0;
    for (Map.Entry<String, JsonNode> p : properties.properties()) {
      names[i] = p.getKey();
      checks[i] = compile(at.member(p.getValue()));
      i++;
    }
    return value -> {
      if (!value.isObject()) {
        return true;
      }
      for (int k = 0; k < names.length; k++) {
        JsonNode member = value.get(names[k]);
        if (member != null && !checks[k].passes(member)) {
          return false;
        }
      }
      return true;
    };
  }

  private Check additionalProperties(SchemaGraph.Located at, JsonNode schema, JsonNode argument)
      throws UnsupportedKeyword {
    if (schema.has("patternProperties")) {
      throw new UnsupportedKeyword("additionalProperties with patternProperties");
    }
    Set<String> listed = new HashSet<>(schema.path("properties").propertyNames());
    Check others = compile(at.member(argument));
    if (others == ANYTHING) {
      return ANYTHING;
    }
    return value -> {
      if (!value.isObject()) {
        return true;
      }
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        if (!listed.contains(member.getKey()) && !others.passes(member.getValue())) {
          return false;
        }
      }
      return true;
    };
  }

  private Check items(SchemaGraph.Located at, JsonNode schema, JsonNode argument)
      throws UnsupportedKeyword {
    if (schema.has("prefixItems")) {
      throw new UnsupportedKeyword("items with prefixItems");
    }
    Check each = compile(at.member(argument));
    return value -> {
      if (!value.isArray()) {
        return true;
      }
      for (int k = 0; k < value.size(); k++) {
        if (!each.passes(value.get(k))) {
          return false;
        }
      }
      return true;
    };
  }

  private Check condition(SchemaGraph.Located at, JsonNode schema, JsonNode argument) {
    Check test = compile(at.member(argument));
    Check then = schema.has("then") ? compile(at.member(schema.get("then"))) : ANYTHING;
    Check otherwise = schema.has("else") ? compile(at.member(schema.get("else"))) : ANYTHING;
    return value -> test.passes(value) ? then.passes(value) : otherwise.passes(value);
  }

  private Check reference(SchemaGraph.Located at, JsonNode argument) throws UnsupportedKeyword {
    if (!argument.isString()) {
      throw new UnsupportedKeyword("$ref");
    }
    SchemaGraph.Located target = graph.resolve(at, argument.asString());
    if (target == null) {
      unresolvedReference = true;
      throw new UnsupportedKeyword("$ref " + argument.asString());
    }
    return compile(target);
  }

  private static Check minProperties(JsonNode argument) throws UnsupportedKeyword {
    if (!argument.canConvertToExactIntegral()) {
      throw new UnsupportedKeyword("minProperties");
    }
    long limit = argument.asLong();
    return value -> !value.isObject() || value.size() >= limit;
  }

  private static Check bound(JsonNode argument, boolean minimum) throws UnsupportedKeyword {
    if (!argument.isIntegralNumber() || !argument.canConvertToLong()) {
      throw new UnsupportedKeyword("bound");
    }
    long limit = argument.asLong();
    return value -> {
      if (!value.isNumber()) {
        return true;
      }
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        throw Undecided.INSTANCE;
      }
      long number = value.asLong();
      return minimum ? number >= limit : number <= limit;
    };
  }
}
