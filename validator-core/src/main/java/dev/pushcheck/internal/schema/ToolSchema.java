package dev.pushcheck.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.pushcheck.internal.input.JsonInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One of pushcheck's own file formats (the config file, the baseline), checked against its bundled
 * schema ({@code schemas/config/}, {@code schemas/baseline/}), from the classpath only.
 */
public final class ToolSchema {
  private static final String BASE = "https://pushcheck.dev/schemas/";
  private static final String ROOT = "classpath:pushcheck/schemas/";

  private final Schema schema;

  private ToolSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema at {@code relative} under pushcheck's schema root, e.g. {@code config/x.json}. */
  public static ToolSchema of(String relative) {
    SchemaRegistry registry =
        SchemaRegistry.withDialect(
            Dialects.getDraft202012(),
            b ->
                b.schemaIdResolvers(r -> r.mapPrefix(BASE, ROOT))
                    .schemaLoader(
                        l ->
                            l.allow(
                                iri ->
                                    iri.toString().startsWith(BASE)
                                        || iri.toString().startsWith(ROOT)))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().locale(Locale.ROOT).build()));
    Schema schema = registry.getSchema(SchemaLocation.of(BASE + relative));
    schema.initializeValidators();
    return new ToolSchema(schema);
  }

  /**
   * The problems of a document parsed by {@link JsonInput}, each {@code line:col: /pointer:
   * message} (position of the offending value), in document order.
   */
  public List<String> problems(JsonNode document) {
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(document)) {
      JsonNode node = error.getInstanceNode();
      var location = node == null ? null : JsonInput.locationOf(node);
      String position =
          location == null ? "" : location.getLineNr() + ":" + location.getColumnNr() + ": ";
      String pointer = error.getInstanceLocation().toString();
      problems.add(position + (pointer.isEmpty() ? "/" : pointer) + ": " + error.getMessage());
    }
    return problems;
  }
}
