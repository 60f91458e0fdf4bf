package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.internal.input.JsonInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated mutations of every example: each must be caught as an error with the expected rule at
 * exactly the mutated pointer, and the entry schema alone must reject it too.
 */
class MutationsTest {
  /** Every example and mutation with pushcheck's verdict, for tools/ajv-agreement (run by CI). */
  static final Path AGREEMENT_CASES = Path.of("target/agreement-cases.jsonl");

  private static final AtomicInteger GENERATED = new AtomicInteger();
  private static final AtomicInteger CAUGHT = new AtomicInteger();
  private static final List<String> CASES =
      java.util.Collections.synchronizedList(new ArrayList<>());

  private static void recordCase(
      String name, String version, JsonNode message, boolean pushcheckValid) {
    ObjectNode c = JsonInput.MAPPER.createObjectNode();
    c.put("name", name);
    c.put("version", version);
    c.set("message", message);
    c.put("pushcheckValid", pushcheckValid);
    CASES.add(c.toString());
  }

  @TestFactory
  Stream<DynamicContainer> everyMutationIsCaughtAtItsPointer() {
    return Examples.all().stream()
        .map(
            example -> {
              JsonNode message = JsonInput.readValue(example.text());
              List<Mutation> mutations = MutationGenerator.mutations(example.version(), message);
              PushValidator validator = PushValidator.forVersion(example.version());
              recordCase(
                  example.name(),
                  example.version(),
                  message,
                  validator.validate(example.text()).isValid());
              return DynamicContainer.dynamicContainer(
                  example.name(),
                  mutations.stream()
                      .map(
                          m ->
                              DynamicTest.dynamicTest(
                                  m.description(),
                                  () -> {
                                    GENERATED.incrementAndGet();
                                    ValidationResult result =
                                        validator.validate(m.message().toString());
                                    recordCase(
                                        example.name() + ": " + m.description(),
                                        example.version(),
                                        m.message(),
                                        result.isValid());

                                    assertThat(result.findings())
                                        .as("%s: %s", example.name(), m.description())
                                        .anySatisfy(
                                            f -> {
                                              assertThat(f.severity()).isEqualTo(Severity.ERROR);
                                              assertThat(f.pointer()).isEqualTo(m.pointer());
                                              assertThat(f.rule()).isEqualTo(m.rule());
                                            });
                                    assertThat(
                                            PublishedSchemas.entrySchema(example.version())
                                                .validate(m.message()))
                                        .as(
                                            "entry schema alone on %s: %s",
                                            example.name(), m.description())
                                        .isNotEmpty();
                                    CAUGHT.incrementAndGet();
                                  })));
            });
  }

  @AfterAll
  static void report() throws IOException {
    Files.write(AGREEMENT_CASES, CASES);
    System.out.printf(
        "pushcheck mutations: %d generated, %d caught%n", GENERATED.get(), CAUGHT.get());
  }
}
