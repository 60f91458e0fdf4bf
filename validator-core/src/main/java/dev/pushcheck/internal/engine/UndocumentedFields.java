package dev.pushcheck.internal.engine;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.schema.SchemaGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Finds members of a message that the protocol does not describe at their place. At each object of
 * the message it gathers every schema that applies there ({@link SchemaGraph#applicable}) and
 * reports the members none of them lists. Gathering first is what keeps a member documented by an
 * enclosing object from being reported by a branch that does not list it. The published schemas
 * stay open, so other validators accept new server fields; pushcheck reports them as warnings.
 *
 * <p>What applies at a place depends on the value only through the {@code if} conditions met on the
 * way, so each place is resolved once per outcome of its conditions and kept: a message costs a few
 * condition tests and map lookups per object. One instance serves one version, on any number of
 * threads.
 */
public final class UndocumentedFields {
  private final SchemaGraph graph;
  private final String versionBase;
  private final Map<String, Place> roots = new ConcurrentHashMap<>();

  /**
   * @param graph the version's published schemas
   * @param versionBase the IRI prefix of the version's files, for the findings' schema location
   */
  UndocumentedFields(SchemaGraph graph, String versionBase) {
    this.graph = graph;
    this.versionBase = versionBase;
  }

  void check(JsonNode value, String schemaFile, String pointer, Origin origin, List<Finding> out) {
    if (value.isContainer()) {
      Place root = roots.computeIfAbsent(schemaFile, f -> new Place(List.of(graph.root(f))));
      walk(value, root, new Trail(pointer), origin, out);
    }
  }

  private void walk(JsonNode value, Place place, Trail trail, Origin origin, List<Finding> out) {
    Resolved members = place.resolve(value);
    if (value.isArray()) {
      if (members.items != null) {
        for (int i = 0; i < value.size(); i++) {
          JsonNode item = value.get(i);
          if (item.isContainer()) {
            trail.push(i);
            walk(item, members.items, trail, origin, out);
            trail.pop();
          }
        }
      }
      return;
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      Place next = members.properties.get(member.getKey());
      if (next == null) {
        if (members.closedBy != null) {
          report(member, members.closedBy, trail, origin, out);
          continue;
        }
        next = members.open;
      }
      JsonNode memberValue = member.getValue();
      if (next != null && memberValue.isContainer()) {
        trail.push(member.getKey());
        walk(memberValue, next, trail, origin, out);
        trail.pop();
      }
    }
  }

  // Apart from the walk, so that the JIT compiles the walk without this rare path.
  private void report(
      Map.Entry<String, JsonNode> member,
      String closedBy,
      Trail trail,
      Origin origin,
      List<Finding> out) {
    var location = JsonInput.locationOf(member.getValue());
    out.add(
        Finding.of(Rule.UNDOCUMENTED_FIELD)
            .pointer(JsonValues.childPointer(trail.pointer(), member.getKey()))
            .schemaLocation(versionBase + closedBy)
            // No expected value: the line reads `undocumented field "seen_by_bot"`.
            .actual(JsonValues.quote(member.getKey()))
            .at(origin.line(location), origin.column(location)));
  }

  /**
   * The schemas that apply at one place of a message before its value chooses branches, and what
   * they say about its members for each outcome of their conditions.
   */
  private final class Place {
    private final List<SchemaGraph.Located> schemas;
    private final JsonNode[] conditions;
    private final SchemaGraph.Condition[] compiled;
    // Per condition, the members it tests that every schema applying here without a condition
    // requires: when one is missing, the value cannot choose the branch (an event without
    // `type`), so the condition counts as undecided and every branch's members as documented.
    private final String[][] undecidedWithout;
    private final Map<Object, Resolved> byOutcome = new ConcurrentHashMap<>();
    // The outcome met last and what it resolved to: consecutive values mostly take the same
    // branches (every event of a thread of messages), so most objects need no map lookup.
    private volatile Last last;

    Place(List<SchemaGraph.Located> schemas) {
      this.schemas = schemas;
      this.conditions = graph.conditions(schemas).toArray(JsonNode[]::new);
      Set<String> alwaysRequired = new HashSet<>();
      for (SchemaGraph.Located s : graph.applicable(schemas, SchemaGraph.Branches.ALL)) {
        if (s.chosenBy().isEmpty()) {
          s.schema().path("required").forEach(name -> alwaysRequired.add(name.asString()));
        }
      }
      compiled = new SchemaGraph.Condition[conditions.length];
      undecidedWithout = new String[conditions.length][];
      for (int i = 0; i < conditions.length; i++) {
        compiled[i] = SchemaGraph.condition(conditions[i]);
        List<String> names = new ArrayList<>();
        for (JsonNode name : conditions[i].path("required")) {
          String required = name.asString();
          if (alwaysRequired.contains(required) && conditions[i].path("properties").has(required)) {
            names.add(required);
          }
        }
        undecidedWithout[i] = names.toArray(String[]::new);
      }
    }

    Resolved resolve(JsonNode value) {
      if (conditions.length > 32) {
        return resolveByName(value);
      }
      long bits = 0;
      for (int i = 0; i < conditions.length; i++) {
        Boolean outcome = decide(i, value);
        bits = bits << 2 | (outcome == null ? 2 : outcome ? 1 : 0);
      }
      Last seen = last;
      return seen != null && seen.bits == bits ? seen.resolved : resolveAgain(bits);
    }

    private Resolved resolveAgain(long bits) {
      Resolved resolved = byOutcome.computeIfAbsent(bits, k -> resolveFor(outcomes(bits)));
      last = new Last(bits, resolved);
      return resolved;
    }

    // More conditions than a long holds outcomes of: the outcomes are keyed by name.
    private Resolved resolveByName(JsonNode value) {
      Boolean[] outcomes = new Boolean[conditions.length];
      StringBuilder key = new StringBuilder(conditions.length);
      for (int i = 0; i < conditions.length; i++) {
        outcomes[i] = decide(i, value);
        key.append(outcomes[i] == null ? 'u' : outcomes[i] ? 't' : 'f');
      }
      return byOutcome.computeIfAbsent(key.toString(), k -> resolveFor(outcomes));
    }

    private Boolean decide(int i, JsonNode value) {
      if (value.isObject()) {
        for (String required : undecidedWithout[i]) {
          if (!value.has(required)) {
            return null;
          }
        }
      }
      return compiled[i].test(value);
    }

    private Boolean[] outcomes(long bits) {
      Boolean[] outcomes = new Boolean[conditions.length];
      for (int i = conditions.length - 1; i >= 0; i--, bits >>>= 2) {
        int outcome = (int) (bits & 3);
        outcomes[i] = outcome == 2 ? null : outcome == 1;
      }
      return outcomes;
    }

    private Resolved resolveFor(Boolean[] outcomes) {
      Map<JsonNode, Boolean> chosen = new IdentityHashMap<>();
      for (int i = 0; i < conditions.length; i++) {
        chosen.put(conditions[i], outcomes[i]);
      }
      SchemaGraph.Members members = graph.members(schemas, chosen::get);
      Map<String, Place> properties = new HashMap<>();
      members.properties().forEach((name, located) -> properties.put(name, new Place(located)));
      return new Resolved(
          Map.copyOf(properties),
          members.items().isEmpty() ? null : new Place(members.items()),
          members.open().isEmpty() ? null : new Place(members.open()),
          members.closed() ? members.closedBy() : null);
    }
  }

  private record Last(long bits, Resolved resolved) {}

  /**
   * What the schemas at a place say for one outcome of its conditions: the place of each documented
   * member, of the items, of the members no {@code properties} lists (null: none), and the file
   * that closes the object (null when undocumented members are allowed).
   */
  private record Resolved(
      Map<String, Place> properties, Place items, Place open, String closedBy) {}

  /** The way from the walk's start to the current value; its pointer is built only for findings. */
  private static final class Trail {
    private final String start;
    private final List<Object> steps = new ArrayList<>();

    Trail(String start) {
      this.start = start;
    }

    void push(Object step) {
      steps.add(step);
    }

    void pop() {
      steps.remove(steps.size() - 1);
    }

    String pointer() {
      String pointer = start;
      for (Object step : steps) {
        pointer = JsonValues.childPointer(pointer, step.toString());
      }
      return pointer;
    }
  }
}
