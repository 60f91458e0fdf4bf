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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The differential test of the two engines ({@link Engine}): on every example, every generated
 * mutation, more edge mutations made here, the bundled captures and the fuzzing corpus, the
 * compiled engine and networknt alone must give identical results, finding for finding (rule,
 * pointer, expected, actual, position). And the compiled checks must decide every example by
 * themselves, or the fast path would not be taken.
 */
class EnginesAgreeTest {
  private static final AtomicInteger COMPARED = new AtomicInteger();
  private static final Path RESOURCES = Path.of("src/test/resources");

  @TestFactory
  Stream<DynamicTest> everyExampleAndMutationGetsTheSameFindingsFromBothEngines() {
    return Examples.eachExample(
        example -> {
          JsonNode message = JsonInput.readValue(example.text());
          List<JsonNode> cases = new ArrayList<>();
          cases.add(message);
          for (Mutation m :
              MutationGenerator.mutations(example.kind(), example.version(), message)) {
            cases.add(m.message());
          }
          cases.addAll(EdgeMutations.of(message));
          PushValidator compiled = PushValidator.forVersion(example.version());
          PushValidator reference = compiled.withEngine(Engine.REFERENCE);
          for (JsonNode c : cases) {
            String text = c.toPrettyString();
            assertThat(compiled.validate(text, example.kind()))
                .as("%s: %s", example.name(), text)
                .isEqualTo(reference.validate(text, example.kind()));
            COMPARED.incrementAndGet();
          }
        });
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

  @AfterAll
  static void report() {
    System.out.printf("pushcheck engines: %d messages compared%n", COMPARED.get());
  }
}
