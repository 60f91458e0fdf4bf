package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.schema.CatalogIndex;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
                          PushValidator.forVersion(example.version()).validate(example.text());

                      assertThat(result.findings())
                          .as("%s (from %s)", example.name(), example.sourceFile())
                          .isEmpty();
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
    Set<String> present =
        Examples.all().stream().map(Examples.Example::name).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (String version : index.versions()) {
      for (String action : index.actions(version)) {
        if (!present.contains(version + "/" + action + ".json")) {
          missing.add("schemas/examples/" + version + "/" + action + ".json");
        }
      }
    }
    assertThat(missing)
        .as("pushes without an example (a version inherits the examples of earlier versions)")
        .isEmpty();
  }

  @Test
  void examplesOfOneVersionNameOnlyItsPushes() {
    for (Examples.Example example : Examples.all()) {
      String action = JsonInput.readValue(example.text()).path("action").asString();
      assertThat(SchemaCatalog.bundled().index().actions(example.version()))
          .as(example.name())
          .contains(action);
      String file = example.path().substring(example.path().lastIndexOf('/') + 1);
      assertThat(file.split("--")[0].replace(".json", "")).as(example.name()).isEqualTo(action);
    }
  }
}
