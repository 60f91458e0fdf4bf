package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.pushcheck.internal.input.JsonInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSetsTest {

  @Test
  void diffNamesRenamesAddedPushesAndChangedFields() {
    VersionDiff diff = SchemaSets.diff("3.1", "3.2");

    assertThat(diff.renamed())
        .contains(
            new VersionDiff.Rename(
                "incoming_chat_thread", List.of("incoming_chat"), "renamed", "3.2"))
        .contains(new VersionDiff.Rename("access_set", List.of(), "removed", "3.2"));
    assertThat(diff.added())
        .contains("chat_unfollowed", "queue_positions_updated")
        .doesNotContain("incoming_chat");
    assertThat(diff.removed()).doesNotContain("incoming_chat_thread");
    assertThat(diff.changed())
        .contains(
            new VersionDiff.FieldChange(
                "incoming_chat", "chat.thread.created_at", "", "string, required"))
        .contains(new VersionDiff.FieldChange("incoming_chat", "requester_id", "", "string"));
    assertThat(diff.lines()).contains("> incoming_chat_thread -> incoming_chat (renamed in 3.2)");
  }

  @Test
  void diffOfAVersionWithItselfIsEmpty() {
    VersionDiff diff = SchemaSets.diff("3.6", "3.6");

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
  }

  @Test
  void exportedSchemasValidateAPushOfflineWithAnotherValidator(@TempDir Path dir) throws Exception {
    List<String> written = SchemaSets.export("3.6", dir);

    assertThat(written)
        .contains(
            "push.schema.json",
            "envelope.schema.json",
            "payloads/incoming_chat.schema.json",
            "objects/chat.schema.json");
    Map<String, String> byId;
    try (Stream<Path> files = Files.walk(dir)) {
      byId =
          files
              .filter(Files::isRegularFile)
              .collect(
                  Collectors.toMap(
                      f ->
                          PublishedSchemas.BASE
                              + "3.6/"
                              + dir.relativize(f).toString().replace('\\', '/'),
                      f -> read(f)));
    }
    // A registry that knows only the exported files: nothing comes from pushcheck's classpath.
    Schema entry =
        SchemaRegistry.withDialect(Dialects.getDraft202012(), b -> b.schemas(byId::get))
            .getSchema(SchemaLocation.of(PublishedSchemas.BASE + "3.6/push.schema.json"));
    entry.initializeValidators();
    String example =
        Examples.all().stream()
            .filter(e -> e.name().equals("3.6/incoming_chat.json"))
            .findFirst()
            .orElseThrow()
            .text();

    assertThat(entry.validate(JsonInput.readValue(example))).isEmpty();
    assertThat(entry.validate(JsonInput.readValue(example.replace("\"PJ0MRSHTDG\"", "7"))))
        .isNotEmpty();
  }

  @Test
  void aBundleIsOneDocumentThatValidatesAPushAlone(@TempDir Path dir) throws Exception {
    Path bundle = dir.resolve("out/pushcheck-3.6.schema.json");
    SchemaSets.exportBundle("3.6", bundle);
    String text = read(bundle);

    // A registry that can load nothing: every reference must resolve inside the one document.
    Schema entry =
        SchemaRegistry.withDialect(
                Dialects.getDraft202012(), b -> b.schemaLoader(l -> l.allow(iri -> false)))
            .getSchema(text, com.networknt.schema.InputFormat.JSON);
    entry.initializeValidators();
    String example =
        Examples.all().stream()
            .filter(e -> e.name().equals("3.6/incoming_chat.json"))
            .findFirst()
            .orElseThrow()
            .text();
    var document = JsonInput.readValue(text);

    assertThat(document.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(
            document
                .path("$defs")
                .path("payloads/incoming_chat.schema.json")
                .path("$id")
                .asString())
        .isEqualTo(PublishedSchemas.BASE + "3.6/payloads/incoming_chat.schema.json");
    assertThat(document.path("$defs").size())
        .isEqualTo(SchemaSets.export("3.6", dir.resolve("files")).size());
    assertThat(entry.validate(JsonInput.readValue(example))).isEmpty();
    assertThat(entry.validate(JsonInput.readValue(example.replace("\"PJ0MRSHTDG\"", "7"))))
        .isNotEmpty();
  }

  @Test
  void exportOfAnUnknownVersionIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> SchemaSets.export("2.9", dir))
        .isInstanceOf(PushcheckException.UnknownApiVersion.class);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
