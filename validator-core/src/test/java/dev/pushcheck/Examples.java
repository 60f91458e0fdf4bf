package dev.pushcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complete example messages of every version, as the {@code pushcheck-schema-examples} build
 * assembles them from {@code schemas/examples/} (inherited from earlier versions where unchanged).
 */
final class Examples {
  private static final String ROOT = "pushcheck/examples/";
  private static final List<Example> ALL = load();

  /**
   * @param version the API version the example is complete for
   * @param path its path in the version's set, e.g. {@code incoming_chat.json}
   * @param from the version whose folder under {@code schemas/examples/} holds its text
   */
  record Example(String version, String path, String from) {
    String name() {
      return version + "/" + path;
    }

    /** The kind of message, by folder: {@code requests/}, {@code responses/}, {@code webhooks/}. */
    Kind kind() {
      int slash = path.indexOf('/');
      return switch (slash < 0 ? "" : path.substring(0, slash)) {
        case "requests" -> Kind.REQUEST;
        case "responses" -> Kind.RESPONSE;
        case "webhooks" -> Kind.WEBHOOK;
        default -> Kind.PUSH;
      };
    }

    /** The action (or method) it shows: the file name before any {@code --variant}. */
    String action() {
      String file = path.substring(path.lastIndexOf('/') + 1).replace(".json", "");
      return file.split("--")[0];
    }

    String text() {
      return resource(ROOT + version + "/" + path);
    }

    /** Where to edit it: {@code schemas/examples/<from>/<path>}. */
    String sourceFile() {
      return "schemas/examples/" + from + "/" + path;
    }
  }

  private Examples() {}

  static List<Example> all() {
    return ALL;
  }

  /** One dynamic test per example, named after it. */
  static Stream<DynamicTest> eachExample(ThrowingConsumer<Example> test) {
    return ALL.stream()
        .map(example -> DynamicTest.dynamicTest(example.name(), () -> test.accept(example)));
  }

  private static List<Example> load() {
    JsonNode index = JsonMapper.builder().build().readTree(resource(ROOT + "index.json"));
    List<Example> examples = new ArrayList<>();
    for (Map.Entry<String, JsonNode> version : index.properties()) {
      for (Map.Entry<String, JsonNode> file : version.getValue().properties()) {
        examples.add(new Example(version.getKey(), file.getKey(), file.getValue().asString()));
      }
    }
    return List.copyOf(examples);
  }

  private static String resource(String name) {
    try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
