package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.schema.PassChecks;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The differential test of the two engines ({@link Engine}): on every example, every generated
 * mutation, more edge mutations made here, the bundled captures and the fuzzing corpus, the
 * compiled engine and networknt alone must give identical results, finding for finding (rule,
 * pointer, expected, actual, position). And the compiled checks must decide every example by
 * themselves, or the fast path would not be taken.
 */
class EnginesAgreeTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicInteger COMPARED = new AtomicInteger();
  private static final Path RESOURCES = Path.of("src/test/resources");

  @TestFactory
  Stream<DynamicTest> everyExampleAndMutationGetsTheSameFindingsFromBothEngines() {
    return Examples.all().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.name(),
                    () -> {
                      JsonNode message = JsonInput.readValue(example.text());
                      List<JsonNode> cases = new ArrayList<>();
                      cases.add(message);
                      for (Mutation m :
                          MutationGenerator.mutations(example.kind(), example.version(), message)) {
                        cases.add(m.message());
                      }
                      cases.addAll(edgeMutations(message));
                      PushValidator compiled = PushValidator.forVersion(example.version());
                      PushValidator reference = compiled.withEngine(Engine.REFERENCE);
                      for (JsonNode c : cases) {
                        String text = c.toPrettyString();
                        assertThat(compiled.validate(text, example.kind()))
                            .as("%s: %s", example.name(), text)
                            .isEqualTo(reference.validate(text, example.kind()));
                        COMPARED.incrementAndGet();
                      }
                    }));
  }

  @Test
  void theCompiledChecksPassEveryExampleWithoutAskingNetworknt() {
    for (Examples.Example example : Examples.all()) {
      JsonNode message = JsonInput.readValue(example.text());
      SchemaCatalog.VersionSchemas schemas = SchemaCatalog.bundled().version(example.version());
      if (PushValidator.forVersion(example.version())
          .validate(example.text(), example.kind())
          .findings()
          .stream()
          .anyMatch(f -> f.rule() == Rule.UNDOCUMENTED_VALUE)) {
        continue; // an example showing an undocumented value fails x-open-enum by design
      }
      assertThat(passes(schemas.envelopeCheck(example.kind()), message))
          .as("envelope of %s", example.name())
          .isTrue();
      PassChecks.Check payload = schemas.payloadCheck(example.kind(), example.action());
      boolean errorResponse =
          example.kind() == Kind.RESPONSE && !message.path("success").asBoolean(true);
      if (payload != null && message.has("payload") && !errorResponse) {
        assertThat(passes(payload, message.get("payload")))
            .as("payload of %s", example.name())
            .isTrue();
      }
    }
  }

  private static boolean passes(PassChecks.Check check, JsonNode value) {
    try {
      return check.passes(value);
    } catch (PassChecks.Undecided e) {
      return false;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaptureAndFuzzingInputRunsTheSameWithBothEngines() throws IOException {
    List<Path> inputs = new ArrayList<>();
    inputs.add(Path.of("../examples"));
    for (String folder :
        List.of(
            "check",
            "conversation",
            "bad-input",
            "readers",
            "steps",
            "policy",
            "dev/pushcheck/ValidatorFuzzTestInputs")) {
      try (Stream<Path> files = Files.walk(RESOURCES.resolve(folder))) {
        files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
      }
    }
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.toString(),
                    () -> {
                      byte[] stdin = Files.isRegularFile(input) ? Files.readAllBytes(input) : null;
                      RecordingReporter compiled = run(input, stdin, Engine.COMPILED);
                      RecordingReporter reference = run(input, stdin, Engine.REFERENCE);
                      assertThat(compiled.results).isEqualTo(reference.results);
                      assertThat(compiled.errors).isEqualTo(reference.errors);
                      assertThat(compiled.summary).isEqualTo(reference.summary);
                      COMPARED.addAndGet(compiled.results.size());
                    }));
  }

  /** A whole run; a file is also read from standard input, where no extension chooses a format. */
  private static RecordingReporter run(Path input, byte[] stdin, Engine engine) {
    RecordingReporter recording = new RecordingReporter();
    CheckOptions options =
        CheckOptions.of(List.of(stdin == null ? input.toString() : CheckOptions.STDIN))
            .withThreads(2)
            .withAllowEmpty(true)
            .withEngine(engine);
    Check.run(options, new ByteArrayInputStream(stdin == null ? new byte[0] : stdin), recording);
    return recording;
  }

  /**
   * What the schema-driven mutations do not make: every member removed (not only required ones), a
   * member added to every object, every object cut to its first member and emptied, and at every
   * scalar a value at the edge of what JSON Schema keywords compare: an empty string, a whole
   * number written as a fraction, a fraction, a negative number, a string where a number is, a
   * repeated array item, an empty array.
   */
  static List<JsonNode> edgeMutations(JsonNode message) {
    List<JsonNode> out = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    collect(message, "", pointers);
    for (String pointer : pointers) {
      JsonNode value = message.at(pointer);
      List<JsonNode> replacements = new ArrayList<>();
      if (value.isString()) {
        replacements.add(NODES.stringNode(""));
        replacements.add(NODES.numberNode(1));
      } else if (value.isNumber()) {
        replacements.add(NODES.numberNode(new java.math.BigDecimal("1.0")));
        replacements.add(NODES.numberNode(2.5));
        replacements.add(NODES.numberNode(-1));
        replacements.add(NODES.stringNode(value.asString()));
      } else if (value.isBoolean()) {
        replacements.add(NODES.stringNode(value.asString()));
      } else if (value.isObject()) {
        ObjectNode extra = ((ObjectNode) value).deepCopy();
        extra.put("pushcheck_extra", 1);
        replacements.add(extra);
        if (value.size() > 1) {
          ObjectNode first = NODES.objectNode();
          var member = value.properties().iterator().next();
          first.set(member.getKey(), member.getValue().deepCopy());
          replacements.add(first);
        }
        replacements.add(NODES.objectNode());
      } else if (value.isArray() && !value.isEmpty()) {
        ArrayNode repeated = ((ArrayNode) value).deepCopy();
        repeated.add(value.get(0).deepCopy());
        replacements.add(repeated);
        replacements.add(NODES.arrayNode());
      }
      for (JsonNode replacement : replacements) {
        out.add(replaced(message, pointer, replacement));
      }
      if (!pointer.isEmpty()) {
        out.add(replaced(message, pointer, null));
      }
    }
    return out;
  }

  private static void collect(JsonNode value, String pointer, List<String> out) {
    out.add(pointer);
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        collect(
            member.getValue(),
            pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"),
            out);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        collect(value.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** A copy of the message with the value at the pointer replaced, or removed when null. */
  private static JsonNode replaced(JsonNode message, String pointer, JsonNode replacement) {
    if (pointer.isEmpty()) {
      return replacement;
    }
    JsonNode copy = message.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode object) {
      if (replacement == null) {
        object.remove(last);
      } else {
        object.set(last, replacement);
      }
    } else if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      if (replacement == null) {
        array.remove(index);
      } else {
        array.set(index, replacement);
      }
    }
    return copy;
  }

  @AfterAll
  static void report() {
    System.out.printf("pushcheck engines: %d messages compared%n", COMPARED.get());
  }
}
