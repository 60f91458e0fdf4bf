package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.Kind;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.SchemaSets;
import dev.pushcheck.VersionDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands besides validate, and the top command's own behaviour. */
class CommandsTest {
  @Test
  void versionsListsEveryBundledVersionWithItsPushesMethodsAndWebhooks() {
    CliRun run = CliRun.run("versions");

    assertThat(run.exit()).isZero();
    for (String version : SchemaSets.versions()) {
      assertThat(run.out())
          .containsPattern(
              "(?m)^"
                  + version.replace(".", "\\.")
                  + "( \\((stable, the default|preview)\\))?: \\d+ pushes, \\d+ methods,"
                  + " \\d+ webhooks$");
    }
    assertThat(run.out())
        .contains(SchemaSets.stableVersion() + " (stable, the default): ")
        .contains("incoming_chat")
        .contains("routing_status_set")
        .contains("send_event")
        .contains("customer_session_fields_updated");
    SchemaSets.previewVersions().forEach(v -> assertThat(run.out()).contains(v + " (preview): "));
  }

  @Test
  void versionsDiffPrintsTheCoreDiffOfEveryKind() {
    CliRun run = CliRun.run("versions", "--diff", "3.5", "3.6");

    List<String> expected = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      expected.addAll(SchemaSets.diff(kind, "3.5", "3.6").lines());
    }
    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).isEqualTo(expected);
    assertThat(run.out()).contains("Requests of 3.6 compared with 3.5:", "+ send_event_preview");
  }

  @Test
  void versionsDiffOfAnUnknownVersionIsAUsageError() {
    CliRun run = CliRun.run("versions", "--diff", "3.5", "4.0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("pushcheck: unknown API version '4.0'");
  }

  @Test
  void schemasExportWritesTheFilesItPrints(@TempDir Path tmp) {
    Path dir = tmp.resolve("schemas-3.6");

    CliRun run = CliRun.run("schemas", "export", "3.6", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(dir.resolve("push.schema.json")).isRegularFile();
    assertThat(run.outLines()).last().asString().startsWith("Wrote ").endsWith(" to " + dir);
    run.outLines().stream()
        .filter(l -> !l.startsWith("Wrote "))
        .forEach(l -> assertThat(Path.of(l)).isRegularFile());
  }

  @Test
  void schemasExportToAnUnwritablePlaceExitsWith3(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    CliRun run = CliRun.run("schemas", "export", "3.6", file.resolve("sub").toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString().startsWith("pushcheck: cannot write");
  }

  @Test
  void versionOptionPrintsTheCoreVersion() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).first().isEqualTo("pushcheck " + Pushcheck.version());
  }

  @Test
  void noSubcommandIsAUsageError() {
    CliRun run = CliRun.run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "pushcheck: Missing required subcommand", "Run 'pushcheck --help' for usage.");
  }

  @Test
  void misspeltSubcommandGetsASuggestion() {
    CliRun run = CliRun.run("valdate", "x.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Did you mean: pushcheck validate?").doesNotContain("\tat ");
  }

  @Test
  void helpCommandShowsTheSubcommands() {
    CliRun run = CliRun.run("help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("validate", "versions", "schemas");
  }

  @Test
  void exitCodesAreListedOnlyWhereTheyApply() {
    assertThat(CliRun.run("validate", "--help").out().replaceAll("\\s+", " "))
        .contains("Exit codes:", "--fail-on warning", "invalid config or baseline file");
    assertThat(CliRun.run("versions", "--help").out()).doesNotContain("Exit codes:");
    assertThat(CliRun.run("schemas", "export", "--help").out()).doesNotContain("Exit codes:");
    assertThat(CliRun.run("--help").out()).doesNotContain("Exit codes:");
  }

  @Test
  void schemasExportWritesOneBundleOrADirectoryNotBoth(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    java.nio.file.Path bundle = tmp.resolve("pushcheck-3.6.schema.json");
    CliRun run = CliRun.run("schemas", "export", "3.6", "--bundle", bundle.toString());
    CliRun both =
        CliRun.run("schemas", "export", "3.6", tmp.toString(), "--bundle", bundle.toString());
    CliRun neither = CliRun.run("schemas", "export", "3.6");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Wrote the schemas of API 3.6 as one document to " + bundle + System.lineSeparator());
    assertThat(CliRun.JSON.readTree(bundle.toFile()).path("$defs").has("push.schema.json"))
        .isTrue();
    assertThat(both.exit()).isEqualTo(2);
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).contains("give either DIR or --bundle FILE");
  }

  @Test
  void versionDiffAsJson() {
    CliRun text = CliRun.run("versions", "--diff", "3.5", "3.6");
    CliRun json = CliRun.run("versions", "--diff", "3.5", "3.6", "--format", "json");

    assertThat(json.exit()).isZero();
    assertThat(json.json().path("from").asString()).isEqualTo("3.5");
    assertThat(json.json().path("to").asString()).isEqualTo("3.6");
    for (Kind kind : Kind.values()) {
      VersionDiff diff = SchemaSets.diff(kind, "3.5", "3.6");
      assertThat(json.json().path(kind.label()).path("added").size())
          .as(kind.label())
          .isEqualTo(diff.added().size());
      assertThat(json.json().path(kind.label()).path("changed").size())
          .as(kind.label())
          .isEqualTo(diff.changed().size());
      assertThat(text.out()).contains(diff.lines().get(0));
    }
    assertThat(json.json().path("push").path("added").size()).isPositive();
  }
}
