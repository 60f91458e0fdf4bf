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
    return Examples.eachExample(
        example -> {
          ValidationResult result =
              PushValidator.forVersion(example.version()).validate(example.text());

          // a push the docs stopped listing passes, with the warning that says so
          assertThat(result.findings())
              .as("%s (from %s)", example.name(), example.sourceFile())
              .allSatisfy(
                  f -> {
                    assertThat(f.rule()).isEqualTo(Rule.DELISTED_ACTION);
                    assertThat(
                            SchemaCatalog.bundled()
                                .index()
                                .delisting(example.action(), example.version()))
                        .isPresent();
                  });
          assertThat(result.apiVersion()).isEqualTo(example.version());
          assertThat(result.kind()).as(example.name()).isEqualTo(example.kind());
        });
  }

  @TestFactory
  Stream<DynamicTest> entrySchemaAloneAcceptsEveryExample() {
    return Examples.eachExample(
        example -> {
          JsonNode message = JsonInput.readValue(example.text());
          List<Error> errors =
              PublishedSchemas.entrySchema(example.kind(), example.version()).validate(message);

          assertThat(errors).as(example.name()).isEmpty();
        });
  }

  @Test
  void everyMessageOfEveryVersionHasAnExample() {
    CatalogIndex index = SchemaCatalog.bundled().index();
    Set<String> present =
        Examples.all().stream().map(Examples.Example::name).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (String version : index.versions()) {
      for (Kind kind : Kind.values()) {
        for (String action : index.actions(kind, version)) {
          String path = folder(kind) + action + ".json";
          if (!present.contains(version + "/" + path)) {
            missing.add("schemas/examples/" + version + "/" + path);
          }
        }
      }
    }
    assertThat(missing)
        .as("messages without an example (a version inherits the examples of earlier versions)")
        .isEmpty();
  }

  @Test
  void examplesOfOneVersionNameOnlyItsMessages() {
    for (Examples.Example example : Examples.all()) {
      String action = JsonInput.readValue(example.text()).path("action").asString();
      assertThat(SchemaCatalog.bundled().index().actions(example.kind(), example.version()))
          .as(example.name())
          .contains(action);
      assertThat(example.action()).as(example.name()).isEqualTo(action);
    }
  }

  private static String folder(Kind kind) {
    return kind == Kind.PUSH ? "" : kind.label() + "s/";
  }
}
