package dev.pushcheck.cli;

import dev.pushcheck.Kind;
import dev.pushcheck.SchemaSets;
import dev.pushcheck.VersionDiff;
import dev.pushcheck.report.VersionDiffJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pushcheck versions}: the bundled API versions and their pushes, or a diff of two. */
@Command(
    name = "versions",
    description =
        "Lists the bundled API versions with their pushes, methods (requests and responses) and"
            + " webhooks, or compares two.")
final class VersionsCommand implements Callable<Integer> {
  private static final int WIDTH = 100;

  @Spec CommandSpec spec;

  @Option(
      names = "--diff",
      arity = "2",
      paramLabel = "VERSION",
      description = "Show what changed from the first version to the second.")
  List<String> diff;

  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "With --diff: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (diff != null) {
      List<VersionDiff> diffs = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        diffs.add(SchemaSets.diff(kind, diff.get(0), diff.get(1)));
      }
      if (format == Format.JSON) {
        VersionDiffJson.write(diffs, out);
      } else {
        diffs.forEach(d -> d.lines().forEach(out::println));
      }
      out.flush();
      return ExitCodes.CONFORMANT;
    }
    String stable = SchemaSets.stableVersion();
    List<String> preview = SchemaSets.previewVersions();
    for (String version : SchemaSets.versions()) {
      SortedSet<String> actions = SchemaSets.actions(version);
      String mark =
          version.equals(stable)
              ? " (stable, the default)"
              : preview.contains(version) ? " (preview)" : "";
      SortedSet<String> methods = SchemaSets.actions(Kind.REQUEST, version);
      SortedSet<String> webhooks = SchemaSets.actions(Kind.WEBHOOK, version);
      out.println(
          version
              + mark
              + ": "
              + actions.size()
              + " pushes, "
              + methods.size()
              + " methods, "
              + webhooks.size()
              + " webhooks");
      out.println("  pushes:");
      wrap(actions).forEach(line -> out.println("    " + line));
      out.println("  methods:");
      wrap(methods).forEach(line -> out.println("    " + line));
      if (!webhooks.isEmpty()) {
        out.println("  webhooks:");
        wrap(webhooks).forEach(line -> out.println("    " + line));
      }
    }
    out.flush();
    return ExitCodes.CONFORMANT;
  }

  private static List<String> wrap(SortedSet<String> words) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (line.length() > 0 && line.length() + word.length() + 1 > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
