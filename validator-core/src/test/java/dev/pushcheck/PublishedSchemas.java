package dev.pushcheck;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.pushcheck.internal.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled schemas as any other validator sees them: read from the classpath, compiled by a
 * plain draft 2020-12 networknt registry, with none of pushcheck's own keywords or dispatch.
 */
final class PublishedSchemas {
  static final String BASE = "https://pushcheck.dev/schemas/agent-chat/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDialect(
          Dialects.getDraft202012(),
          b ->
              b.schemaIdResolvers(
                  r -> r.mapPrefix(BASE, "classpath:" + SchemaCatalog.BUNDLED_ROOT)));

  private PublishedSchemas() {}

  /** The entry schema of a version, which alone validates a whole push. */
  static Schema entrySchema(String version) {
    return entrySchema(Kind.PUSH, version);
  }

  /** The entry schema of a version and kind, which alone validates a whole message. */
  static Schema entrySchema(Kind kind, String version) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + version + "/" + entryFile(kind)));
    schema.initializeValidators();
    return schema;
  }

  /** {@code push.schema.json}, {@code request.schema.json}, ... */
  static String entryFile(Kind kind) {
    return kind.label() + ".schema.json";
  }

  /** A published schema file as JSON, by version-relative path, exactly as the jar holds it. */
  static JsonNode file(String version, String path) {
    return MAPPER.readTree(SchemaCatalog.bundled().publishedText(version, path));
  }
}
