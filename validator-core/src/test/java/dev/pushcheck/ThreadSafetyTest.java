package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.internal.input.JsonInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One validator shared by many threads gives exactly the results of a sequential run. */
class ThreadSafetyTest {

  @Test
  void sharedValidatorMatchesSequentialRun() throws Exception {
    PushValidator validator = PushValidator.forVersion("3.6");
    List<String> messages = new ArrayList<>();
    for (Examples.Example example : Examples.all()) {
      JsonNode message = JsonInput.readValue(example.text());
      messages.add(example.text());
      MutationGenerator.mutations(example.version(), message).stream()
          .limit(20)
          .forEach(m -> messages.add(m.message().toString()));
    }
    List<ValidationResult> sequential = messages.stream().map(validator::validate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationResult>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String message : messages) {
          futures.add(pool.submit((Callable<ValidationResult>) () -> validator.validate(message)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % messages.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).anyMatch(r -> !r.isValid()).anyMatch(ValidationResult::isValid);
  }
}
