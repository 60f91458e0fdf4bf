package dev.pushcheck.schemagen;

import java.util.Set;

/** Draft 2020-12 keywords by the shape of their value, and the x- keywords of the source format. */
final class SchemaKeywords {

  static final Set<String> SCHEMA_VALUED =
      Set.of(
          "not",
          "if",
          "then",
          "else",
          "items",
          "contains",
          "additionalProperties",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties",
          "contentSchema");

  static final Set<String> SCHEMA_MAPS =
      Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

  static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords whose value is data, never a schema: nothing below them is evaluated. */
  static final Set<String> DATA_VALUED =
      Set.of(
          "$ref",
          "$anchor",
          "$dynamicRef",
          "$dynamicAnchor",
          "$comment",
          "type",
          "enum",
          "const",
          "multipleOf",
          "maximum",
          "exclusiveMaximum",
          "minimum",
          "exclusiveMinimum",
          "maxLength",
          "minLength",
          "pattern",
          "maxItems",
          "minItems",
          "uniqueItems",
          "maxContains",
          "minContains",
          "maxProperties",
          "minProperties",
          "required",
          "dependentRequired",
          "title",
          "description",
          "default",
          "deprecated",
          "readOnly",
          "writeOnly",
          "examples",
          "format",
          "contentEncoding",
          "contentMediaType");

  static final String SINCE = "x-since";
  static final String UNTIL = "x-until";
  static final String REQUIRED = "x-required";
  static final String BY_VERSION = "x-by-version";
  static final String OPEN_ENUM = "x-open-enum";
  static final String REPLACED_BY = "x-replaced-by";
  static final String FRAGMENT = "x-fragment";
  static final String DELISTED = "x-delisted";

  /** Evaluated and removed by the generator. */
  static final Set<String> VERSION_KEYWORDS = Set.of(SINCE, UNTIL, REQUIRED, BY_VERSION);

  private SchemaKeywords() {}
}
