package dev.pushcheck;

import dev.pushcheck.internal.schema.ToolSchema;
import java.util.function.Supplier;

/** Pushcheck's own schemas, compiled on first use. */
enum ToolSchemas implements Supplier<ToolSchema> {
  CONFIG("config/pushcheck-config.schema.json"),
  BASELINE("baseline/baseline.schema.json");

  private final String path;
  private volatile ToolSchema schema;

  ToolSchemas(String path) {
    this.path = path;
  }

  @Override
  public ToolSchema get() {
    ToolSchema s = schema;
    if (s == null) {
      synchronized (this) {
        s = schema;
        if (s == null) {
          s = ToolSchema.of(path);
          schema = s;
        }
      }
    }
    return s;
  }
}
