package dev.pushcheck;

import dev.pushcheck.internal.schema.CatalogIndex;
import dev.pushcheck.internal.schema.PayloadFields;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two API versions for one kind of message, computed from their schemas:
 * actions (pushes, methods, webhooks) added, removed and renamed, and payload fields added, removed
 * or changed in the actions they share.
 *
 * @param kind the kind of message compared
 * @param from the older version
 * @param to the newer version
 * @param added pushes of {@code to} that {@code from} does not have (renames excluded)
 * @param removed pushes of {@code from} that {@code to} does not have (renames excluded)
 * @param renamed pushes of {@code from} that became other pushes by {@code to}
 * @param changed payload fields that differ, per push
 */
public record VersionDiff(
    Kind kind,
    String from,
    String to,
    List<String> added,
    List<String> removed,
    List<Rename> renamed,
    List<FieldChange> changed) {

  /** A push that was renamed or replaced. */
  public record Rename(String action, List<String> becameActions, String how, String inVersion) {}

  /**
   * One payload field that differs.
   *
   * @param action the push (its {@code to} name for a renamed push)
   * @param field the field path, e.g. {@code chat.thread.created_at} ({@code []} for array items)
   * @param before its type and requiredness in {@code from}, {@code ""} if absent
   * @param after its type and requiredness in {@code to}, {@code ""} if absent
   */
  public record FieldChange(String action, String field, String before, String after) {}

  public VersionDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    renamed = List.copyOf(renamed);
    changed = List.copyOf(changed);
  }

  static VersionDiff compute(SchemaCatalog catalog, Kind kind, String from, String to) {
    CatalogIndex index = catalog.index();
    Set<String> before = index.actions(kind, from);
    Set<String> after = index.actions(kind, to);
    Set<String> added = new TreeSet<>(after);
    added.removeAll(before);
    Set<String> removed = new TreeSet<>(before);
    removed.removeAll(after);
    List<Rename> renamed = new ArrayList<>();
    Map<String, String> pairs = new TreeMap<>();
    for (String action : List.copyOf(removed)) {
      index
          .replacement(kind, action)
          .ifPresent(
              r -> {
                List<String> targets = r.actions().stream().filter(after::contains).toList();
                if (!targets.isEmpty() || r.how().equals("removed")) {
                  renamed.add(new Rename(action, targets, r.how(), r.version()));
                  removed.remove(action);
                  added.removeAll(targets);
                  if (targets.size() == 1) {
                    pairs.put(action, targets.get(0));
                  }
                }
              });
    }
    PayloadFields fieldsBefore = new PayloadFields(catalog.version(from).graph());
    PayloadFields fieldsAfter = new PayloadFields(catalog.version(to).graph());
    List<FieldChange> changed = new ArrayList<>();
    for (String action : before) {
      if (after.contains(action)) {
        pairs.put(action, action);
      }
    }
    for (Map.Entry<String, String> pair : new TreeMap<>(pairs).entrySet()) {
      Map<String, String> old = fieldsBefore.of(kind, pair.getKey());
      Map<String, String> now = fieldsAfter.of(kind, pair.getValue());
      Set<String> paths = new TreeSet<>(old.keySet());
      paths.addAll(now.keySet());
      for (String path : paths) {
        String was = old.getOrDefault(path, "");
        String is = now.getOrDefault(path, "");
        if (!was.equals(is)) {
          changed.add(new FieldChange(pair.getValue(), path, was, is));
        }
      }
    }
    changed.sort(
        java.util.Comparator.comparing(FieldChange::action).thenComparing(FieldChange::field));
    return new VersionDiff(
        kind, from, to, List.copyOf(added), List.copyOf(removed), renamed, changed);
  }

  private String heading() {
    return switch (kind) {
      case PUSH -> "Pushes";
      case REQUEST -> "Requests";
      case RESPONSE -> "Responses";
      case WEBHOOK -> "Webhooks";
    };
  }

  /**
   * The diff as report lines, e.g. {@code ~ incoming_chat.chat.thread.created_at: string,
   * required}.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(heading() + " of " + to + " compared with " + from + ":");
    added.forEach(a -> lines.add("+ " + a));
    removed.forEach(a -> lines.add("- " + a));
    for (Rename r : renamed) {
      lines.add(
          r.becameActions().isEmpty()
              ? "- " + r.action() + " (removed in " + r.inVersion() + ")"
              : "> "
                  + r.action()
                  + " -> "
                  + String.join(", ", r.becameActions())
                  + " ("
                  + r.how()
                  + " in "
                  + r.inVersion()
                  + ")");
    }
    if (added.isEmpty() && removed.isEmpty() && renamed.isEmpty()) {
      lines.add("  (same " + heading().toLowerCase(java.util.Locale.ROOT) + ")");
    }
    lines.add("Payload fields:");
    for (FieldChange c : changed) {
      String where = c.action() + "." + c.field();
      if (c.before().isEmpty()) {
        lines.add("+ " + where + ": " + c.after());
      } else if (c.after().isEmpty()) {
        lines.add("- " + where + ": " + c.before());
      } else {
        lines.add("~ " + where + ": " + c.before() + " -> " + c.after());
      }
    }
    if (changed.isEmpty()) {
      lines.add("  (no field changes)");
    }
    return lines;
  }
}
