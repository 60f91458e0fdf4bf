package dev.pushcheck.internal.engine;

import dev.pushcheck.Finding;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.input.Origin;
import dev.pushcheck.internal.schema.SchemaGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
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
      new Walk(pointer, origin, out).run(value, root);
    }
  }

  /**
   * One walk of a value, depth first, the containers being walked on a stack of its own. A
   * recursive walk is one the JIT inlines into itself, which made it the costliest method to
   * compile on large messages (362 ms of C2's time on 50,000 incoming_chat pushes; 59 ms so).
   */
  private final class Walk {
    private final String start;
    private final Origin origin;
    private final List<Finding> out;
    private Frame[] frames = new Frame[8];
    private int depth;

    Walk(String start, Origin origin, List<Finding> out) {
      this.start = start;
      this.origin = origin;
      this.out = out;
    }

    void run(JsonNode value, Place place) {
      enter(value, place, null);
      while (depth > 0) {
        Frame frame = frames[depth - 1];
        if (frame.members == null) {
          Place items = frame.resolved.items;
          if (items == null || frame.next >= frame.value.size()) {
            depth--;
          } else {
            int index = frame.next++;
            JsonNode item = frame.value.get(index);
            if (item.isContainer()) {
              enter(item, items, index);
            }
          }
          continue;
        }
        if (!frame.members.hasNext()) {
          depth--;
          continue;
        }
        Map.Entry<String, JsonNode> member = frame.members.next();
        Resolved resolved = frame.resolved;
        Place next = resolved.properties.get(member.getKey());
        if (next == null) {
          if (resolved.closedBy != null) {
            report(member, resolved.closedBy);
            continue;
          }
          next = resolved.open;
        }
        JsonNode memberValue = member.getValue();
        if (next != null && memberValue.isContainer()) {
          enter(memberValue, next, member.getKey());
        }
      }
    }

    private void enter(JsonNode value, Place place, Object step) {
      if (depth == frames.length) {
        frames = Arrays.copyOf(frames, depth * 2);
      }
      Frame frame = frames[depth];
      if (frame == null) {
        frame = new Frame();
        frames[depth] = frame;
      }
      frame.value = value;
      frame.resolved = place.resolve(value);
      frame.members = value.isObject() ? value.properties().iterator() : null;
      frame.next = 0;
      frame.step = step;
      depth++;
    }

    // Apart from the walk, so that the JIT compiles the walk without this rare path.
    private void report(Map.Entry<String, JsonNode> member, String closedBy) {
      String pointer = start;
      for (int i = 1; i < depth; i++) {
        pointer = JsonValues.childPointer(pointer, frames[i].step.toString());
      }
      var location = JsonInput.locationOf(member.getValue());
      out.add(
          Finding.of(Rule.UNDOCUMENTED_FIELD)
              .pointer(JsonValues.childPointer(pointer, member.getKey()))
              .schemaLocation(versionBase + closedBy)
              // No expected value: the line reads `undocumented field "seen_by_bot"`.
              .actual(JsonValues.quote(member.getKey()))
              .at(origin.line(location), origin.column(location)));
    }
  }

  /**
   * A container being walked: what applies to it, and the members (an object's) or the index of the
   * next item (an array's) still to walk; the step from its parent (a name or an index) makes the
   * pointer of a finding.
   */
  private static final class Frame {
    JsonNode value;
    Resolved resolved;
    Iterator<Map.Entry<String, JsonNode>> members;
    int next;
    Object step;
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
}
