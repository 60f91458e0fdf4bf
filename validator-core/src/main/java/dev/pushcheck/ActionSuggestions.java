package dev.pushcheck;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The known actions closest to a misspelt one, by edit distance. */
final class ActionSuggestions {
  private static final int MAX_SUGGESTIONS = 3;

  private ActionSuggestions() {}

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
