package dev.pushcheck.schemagen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every version's complete set of example messages. {@code schemas/examples/<version>/} holds only
 * the examples that are new or changed in that version; a version inherits every other example from
 * the nearest earlier version that has one, as long as the version still has that message, with the
 * message's {@code version} field set to the version where the envelope has one.
 *
 * <p>Written to {@code OUT/pushcheck/examples/<version>/...}, with {@code index.json}: for each
 * version, each example's path and the version whose folder it comes from.
 */
final class ExampleTree {
  static final String ROOT = "pushcheck/examples/";
  private static final String CATALOG = "pushcheck/schemas/agent-chat/catalog.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * A kind of example by folder: the catalog member listing the names a version has, and the
   * envelope that says whether messages carry {@code version}.
   */
  private record Kind(String folder, String catalogMember, String envelope) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("", "actions", "envelope.schema.json"),
          new Kind("requests/", "requests", "request-envelope.schema.json"),
          new Kind("responses/", "responses", "response-envelope.schema.json"),
          new Kind("webhooks/", "webhooks", "webhook-envelope.schema.json"));

  private record Example(String text, String from) {}

  private ExampleTree() {}

  /** The published catalog, read from the classpath (the {@code pushcheck-schemas} artifact). */
  static JsonNode publishedCatalog() {
    return MAPPER.readTree(resource(CATALOG));
  }

  static void write(Path examples, Path out, JsonNode catalog) throws IOException {
    ObjectNode index = JsonNodeFactory.instance.objectNode();
    Map<String, Example> effective = new TreeMap<>();
    for (JsonNode versionNode : catalog.path("versions")) {
      String version = versionNode.asString();
      effective.keySet().removeIf(path -> !stillExists(path, version, catalog));
      Path own = examples.resolve(version);
      if (Files.isDirectory(own)) {
        try (Stream<Path> files = Files.walk(own)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            String path = own.relativize(file).toString().replace('\\', '/');
            effective.put(path, new Example(Files.readString(file), version));
          }
        }
      }
      ObjectNode versionIndex = index.putObject(version);
      for (Map.Entry<String, Example> e : effective.entrySet()) {
        String text = withVersion(e.getValue().text(), e.getKey(), version);
        Path target = out.resolve(ROOT + version + "/" + e.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        versionIndex.put(e.getKey(), e.getValue().from());
      }
    }
    Files.writeString(out.resolve(ROOT + "index.json"), JsonText.write(index));
  }

  private static Kind kindOf(String path) {
    for (int i = KINDS.size() - 1; i >= 0; i--) {
      if (path.startsWith(KINDS.get(i).folder())) {
        return KINDS.get(i);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** The message name of an example file: {@code agent_disconnected--reason.json} names one. */
  private static String messageName(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1).replace(".json", "");
    int variant = file.indexOf("--");
    return variant < 0 ? file : file.substring(0, variant);
  }

  private static boolean stillExists(String path, String version, JsonNode catalog) {
    JsonNode names = catalog.path(kindOf(path).catalogMember()).path(version);
    if (names.isMissingNode()) {
      return true;
    }
    for (JsonNode name : names) {
      if (name.asString().equals(messageName(path))) {
        return true;
      }
    }
    return false;
  }

  private static String withVersion(String text, String path, String version) {
    String envelope = "pushcheck/schemas/agent-chat/" + version + "/" + kindOf(path).envelope();
    if (!hasResource(envelope)
        || MAPPER.readTree(resource(envelope)).path("properties").path("version").isMissingNode()) {
      return text;
    }
    JsonNode message = MAPPER.readTree(text);
    if (!message.isObject() || message.path("version").asString("").equals(version)) {
      return text;
    }
    ObjectNode rewritten = JsonNodeFactory.instance.objectNode();
    rewritten.put("version", version);
    for (Map.Entry<String, JsonNode> member : message.properties()) {
      if (!member.getKey().equals("version")) {
        rewritten.set(member.getKey(), member.getValue());
      }
    }
    return JsonText.write(rewritten);
  }

  private static boolean hasResource(String name) {
    return loader().getResource(name) != null;
  }

  private static String resource(String name) {
    try (InputStream in = loader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ExampleTree.class.getClassLoader();
  }
}
