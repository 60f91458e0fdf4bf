package dev.pushcheck;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prepares one version's schemas for pushcheck's own use: every object schema that lists its
 * fields gets the keyword {@value #KEYWORD} with the names of all fields documented for it, its
 * own and those it takes in through {@code $ref}, {@code allOf} and {@code if}/{@code then}. The
 * published schemas stay open (other validators accept new server fields); pushcheck warns about
 * the others. Computing the names statically, instead of relying on {@code unevaluatedProperties},
 * keeps a warning from cascading into the objects around it.
 */
final class DocumentedFields {
  static final String KEYWORD = "x-pushcheck-documented";

  private final Map<String, JsonNode> filesByPath;

  private DocumentedFields(Map<String, JsonNode> filesByPath) {
    this.filesByPath = filesByPath;
  }

  /** Adds the keyword to every closed object schema of the given files, in place. */
  static void annotate(Map<String, JsonNode> filesByPath) {
    DocumentedFields fields = new DocumentedFields(filesByPath);
    filesByPath.forEach((path, root) -> fields.annotateTree(path, root, false));
  }

  private void annotateTree(String path, JsonNode node, boolean inCondition) {
    if (node instanceof ObjectNode object) {
      if (!inCondition && isClosedObject(object)) {
        Set<String> names = new LinkedHashSet<>();
        if (collect(path, object, names, new HashSet<>())) {
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          names.forEach(array::add);
          object.set(KEYWORD, array);
        }
      }
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (e.getKey().equals(KEYWORD) || e.getKey().equals("enum") || e.getKey().equals("const")) {
          continue;
        }
        annotateTree(path, e.getValue(), inCondition || e.getKey().equals("if"));
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(n -> annotateTree(path, n, inCondition));
    }
  }

  private static boolean isClosedObject(ObjectNode schema) {
    JsonNode type = schema.get("type");
    boolean object =
        type != null
            && (type.asString("").equals("object")
                || (type.isArray() && type.toString().contains("\"object\"")));
    return object
        && !schema.has("additionalProperties")
        && !schema.has("patternProperties")
        && !schema.has("unevaluatedProperties");
  }

  /**
   * Adds the field names documented by {@code schema} to {@code names}; returns whether any
   * {@code properties} keyword was reached (an object schema without one is free-form).
   */
  private boolean collect(String path, JsonNode schema, Set<String> names, Set<String> seen) {
    if (!(schema instanceof ObjectNode)) {
      return false;
    }
    boolean listed = false;
    JsonNode properties = schema.get("properties");
    if (properties instanceof ObjectNode object) {
      object.propertyNames().forEach(names::add);
      listed = true;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString()) {
      String target = resolve(path, ref.asString());
      if (seen.add(target)) {
        JsonNode resolved = lookup(target);
        if (resolved != null) {
          listed |= collect(target.substring(0, target.indexOf('#')), resolved, names, seen);
        }
      }
    }
    for (String composition : new String[] {"allOf", "anyOf", "oneOf"}) {
      for (JsonNode element : schema.path(composition)) {
        listed |= collect(path, element, names, seen);
      }
    }
    for (String branch : new String[] {"then", "else"}) {
      listed |= collect(path, schema.path(branch), names, seen);
    }
    return listed;
  }

  /** {@code path#fragment} of a reference made from the file at {@code path}. */
  private static String resolve(String path, String ref) {
    URI base = URI.create("file:/" + path);
    URI target = base.resolve(ref.startsWith("#") ? path.substring(path.lastIndexOf('/') + 1) + ref : ref);
    String fragment = target.getRawFragment() == null ? "" : target.getFragment();
    return target.getPath().substring(1) + "#" + fragment;
  }

  private JsonNode lookup(String target) {
    int hash = target.indexOf('#');
    JsonNode file = filesByPath.get(target.substring(0, hash));
    if (file == null) {
      return null;
    }
    String fragment = target.substring(hash + 1);
    JsonNode node = fragment.isEmpty() ? file : file.at(fragment);
    return node.isMissingNode() ? null : node;
  }
}
