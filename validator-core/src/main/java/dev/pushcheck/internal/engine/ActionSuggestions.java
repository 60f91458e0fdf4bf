package dev.pushcheck.internal.engine;

import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.Rule;
import dev.pushcheck.internal.input.JsonValues;
import dev.pushcheck.internal.schema.CatalogIndex;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What to tell a user whose action the version does not know: the known actions closest to a
 * misspelt one (by edit distance), or the versions that have it and what it became.
 */
public final class ActionSuggestions {
  private static final int MAX_SUGGESTIONS = 3;

  private ActionSuggestions() {}

  /**
   * The {@code UNKNOWN_ACTION}, {@code WRONG_KIND} or {@code ACTION_NOT_IN_VERSION} finding for an
   * action that a version does not have as a message of this kind, at {@code /action}; the caller
   * adds the position.
   */
  static Finding.Builder unknownAction(
      CatalogIndex index, Kind kind, String action, String version) {
    List<String> elsewhere = index.versionsWith(kind, action);
    String quoted = "`" + action + "`";
    Finding.Builder finding =
        Finding.of(Rule.UNKNOWN_ACTION)
            .pointer("/action")
            .expected(expectedAction(kind, version))
            .actual(JsonValues.quote(action));
    if (elsewhere.isEmpty()) {
      List<Kind> otherKinds = index.kindsWith(action);
      if (!otherKinds.isEmpty()) {
        return Finding.of(Rule.WRONG_KIND)
            .pointer("/action")
            .expected(expectedAction(kind, version))
            .actual(JsonValues.quote(action))
            .detail(
                quoted
                    + " is "
                    + otherKinds.stream()
                        .map(k -> article(noun(k)) + " " + noun(k))
                        .collect(Collectors.joining(" and "))
                    + ", not "
                    + article(noun(kind))
                    + " "
                    + noun(kind));
      }
      List<String> closest = closest(action, index.actions(kind, version));
      String detail =
          quoted + " is not " + article(noun(kind)) + " " + noun(kind) + " of any API version";
      if (!closest.isEmpty()) {
        detail += "; did you mean " + backquoted(closest, " or ") + "?";
      }
      return finding.detail(detail);
    }
    StringBuilder detail =
        new StringBuilder(quoted)
            .append(" is not a ")
            .append(version)
            .append(" ")
            .append(noun(kind))
            .append("; it is ")
            .append(article(noun(kind)))
            .append(" ")
            .append(noun(kind))
            .append(" of ")
            .append(String.join(", ", elsewhere));
    index
        .replacement(kind, action)
        .ifPresent(
            r -> {
              if (r.how().equals("removed") || r.actions().isEmpty()) {
                detail.append(", removed in ").append(r.version());
              } else {
                detail
                    .append(r.how().equals("renamed") ? ", renamed " : ", replaced by ")
                    .append(backquoted(r.actions(), " and "))
                    .append(" in ")
                    .append(r.version());
              }
            });
    return Finding.of(Rule.ACTION_NOT_IN_VERSION)
        .pointer("/action")
        .expected(expectedAction(kind, version))
        .actual(JsonValues.quote(action))
        .detail(detail.toString());
  }

  private static String expectedAction(Kind kind, String version) {
    return "a "
        + version
        + " "
        + noun(kind)
        + (kind == Kind.REQUEST || kind == Kind.RESPONSE ? "" : " action");
  }

  /** What an action of a kind is called: push, method (requests and responses), webhook. */
  static String noun(Kind kind) {
    return switch (kind) {
      case PUSH -> "push";
      case REQUEST, RESPONSE -> "method";
      case WEBHOOK -> "webhook";
    };
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String backquoted(List<String> actions, String separator) {
    return actions.stream().map(a -> "`" + a + "`").collect(Collectors.joining(separator));
  }

  static List<String> closest(String action, Collection<String> known) {
    int limit = Math.max(2, action.length() / 3);
    return known.stream()
        .map(k -> new Scored(k, distance(action, k)))
        .filter(s -> s.distance <= limit)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::action))
        .limit(MAX_SUGGESTIONS)
        .map(Scored::action)
        .toList();
  }

  private record Scored(String action, int distance) {}

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
