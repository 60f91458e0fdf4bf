package dev.pushcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which documented pushes a run saw: for every API version whose schemas checked a message, the
 * pushes of that version that appeared (valid or invalid) and those that never did.
 *
 * @param versions one entry per API version used, oldest first by name
 */
public record Coverage(List<VersionCoverage> versions) {

  /**
   * One API version's coverage.
   *
   * @param version the API version
   * @param seen its push actions that appeared in the run
   * @param unseen its push actions that never did
   */
  public record VersionCoverage(String version, SortedSet<String> seen, SortedSet<String> unseen) {
    public VersionCoverage {
      Objects.requireNonNull(version, "version == null");
      seen = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(seen));
      unseen = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(unseen));
    }

    /** How many of the version's pushes appeared. */
    public int documented() {
      return seen.size() + unseen.size();
    }
  }

  public Coverage {
    versions = List.copyOf(versions);
  }

  /** The coverage of a run, from its per-version actions and the bundled schema sets. */
  public static Coverage of(Summary summary) {
    List<VersionCoverage> versions = new ArrayList<>();
    summary
        .actionsByVersion()
        .forEach(
            (version, actions) -> {
              SortedSet<String> documented = SchemaSets.actions(version);
              SortedSet<String> seen = new TreeSet<>(actions);
              seen.retainAll(documented);
              SortedSet<String> unseen = new TreeSet<>(documented);
              unseen.removeAll(seen);
              versions.add(new VersionCoverage(version, seen, unseen));
            });
    return new Coverage(versions);
  }
}
