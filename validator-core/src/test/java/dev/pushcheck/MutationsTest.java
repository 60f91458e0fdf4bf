package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.internal.input.JsonInput;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Generated mutations of every example: each must be caught as an error with the expected rule at
 * exactly the mutated pointer, and the entry schema alone must reject it too.
 */
class MutationsTest {
  private static final AtomicInteger GENERATED = new AtomicInteger();
  private static final AtomicInteger CAUGHT = new AtomicInteger();

  @TestFactory
  Stream<DynamicContainer> everyMutationIsCaughtAtItsPointer() {
    return Examples.all().stream()
        .map(
            example -> {
              JsonNode message = JsonInput.readValue(example.text());
              List<Mutation> mutations =
                  MutationGenerator.mutations(example.kind(), example.version(), message);
              PushValidator validator = PushValidator.forVersion(example.version());
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
                                        validator.validate(m.message().toString(), example.kind());

                                    assertThat(result.findings())
                                        .as("%s: %s", example.name(), m.description())
                                        .anySatisfy(
                                            f -> {
                                              assertThat(f.severity()).isEqualTo(Severity.ERROR);
                                              assertThat(f.pointer()).isEqualTo(m.pointer());
                                              assertThat(f.rule()).isEqualTo(m.rule());
                                            });
                                    assertThat(
                                            PublishedSchemas.entrySchema(
                                                    example.kind(), example.version())
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
  static void report() {
    System.out.printf(
        "pushcheck mutations: %d generated, %d caught%n", GENERATED.get(), CAUGHT.get());
  }
}
