package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.schema.CatalogIndex;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Every documented example passes pushcheck with no finding, and the entry schema alone. */
class ExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyExampleConformsWithoutFindings() {
    return Examples.all().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.name(),
                    () -> {
                      ValidationResult result =
                          PushValidator.forVersion(example.version()).validate(example.file());

                      assertThat(result.findings()).as(example.name()).isEmpty();
                      assertThat(result.apiVersion()).isEqualTo(example.version());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> entrySchemaAloneAcceptsEveryExample() {
    return Examples.all().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.name(),
                    () -> {
                      JsonNode message = JsonInput.readValue(example.text());
                      List<Error> errors =
                          PublishedSchemas.entrySchema(example.version()).validate(message);

                      assertThat(errors).as(example.name()).isEmpty();
                    }));
  }

  @Test
  void everyPushOfEveryVersionHasAnExample() {
    CatalogIndex index = SchemaCatalog.bundled().index();
    for (String version : index.versions()) {
      for (String action : index.actions(version)) {
        assertThat(Files.exists(Examples.ROOT.resolve(version).resolve(action + ".json")))
            .as("example of %s %s", version, action)
            .isTrue();
      }
    }
  }

  @Test
  void examplesOfOneVersionNameOnlyItsPushes() {
    for (Examples.Example example : Examples.all()) {
      String action = JsonInput.readValue(example.text()).path("action").asString();
      assertThat(SchemaCatalog.bundled().index().actions(example.version()))
          .as(example.name())
          .contains(action);
      assertThat(
              Path.of(example.file().getFileName().toString().split("--")[0].replace(".json", ""))
                  .toString())
          .isEqualTo(action);
    }
  }
}
