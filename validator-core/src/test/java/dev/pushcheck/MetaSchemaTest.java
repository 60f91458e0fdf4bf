package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.pushcheck.internal.schema.CatalogIndex;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Every bundled schema file is a valid draft 2020-12 schema with its $id where it is published. */
class MetaSchemaTest {
  private static final Schema META =
      SchemaRegistry.withDialect(Dialects.getDraft202012())
          .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  @TestFactory
  Stream<DynamicTest> everySchemaFileValidatesAgainstTheMetaSchema() {
    CatalogIndex index = SchemaCatalog.bundled().index();
    return index.versions().stream()
        .flatMap(
            version ->
                index.files(version).stream()
                    .map(
                        path ->
                            DynamicTest.dynamicTest(
                                version + "/" + path,
                                () -> {
                                  JsonNode schema = PublishedSchemas.file(version, path);

                                  assertThat(META.validate(schema)).isEmpty();
                                  assertThat(schema.path("$schema").asString())
                                      .isEqualTo("https://json-schema.org/draft/2020-12/schema");
                                  assertThat(schema.path("$id").asString())
                                      .isEqualTo(PublishedSchemas.BASE + version + "/" + path);
                                })));
  }
}
