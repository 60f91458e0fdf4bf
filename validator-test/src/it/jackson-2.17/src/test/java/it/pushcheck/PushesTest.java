package it.pushcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pushcheck.PushValidator;
import dev.pushcheck.Rule;
import dev.pushcheck.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushesTest {
  static final PushValidator VALIDATOR = PushValidator.forVersion("3.6");
  static final Path PUSH = Path.of("src/test/resources/pushes/chat_deactivated.json");

  @Test
  void theProjectReallyHasAnnotationsTooOldForJackson3() {
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"));
  }

  @Test
  void pushesConformInEveryForm() throws Exception {
    VALIDATOR.assertConforms(PUSH);
    VALIDATOR.assertConforms(Files.readAllBytes(PUSH));
    VALIDATOR.assertConforms(new ObjectMapper().writeValueAsString(new ObjectMapper().readValue(PUSH.toFile(), Map.class)));
  }

  @Test
  void findingsAreData() {
    ValidationResult result =
        VALIDATOR.validate(
            "{\"version\":\"3.6\",\"action\":\"chat_deactivated\",\"type\":\"push\",\"payload\":{\"thread_id\":\"K6\"}}");

    assertFalse(result.isValid());
    assertEquals(Rule.REQUIRED, result.findings().get(0).rule());
    assertEquals("/payload/chat_id", result.findings().get(0).pointer());
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> VALIDATOR.assertConforms("{\"version\":\"3.6\",\"action\":\"chat_deactivated\",\"type\":\"push\",\"payload\":{}}"));
    assertTrue(error.getMessage().contains("[REQUIRED] /payload/chat_id"), error.getMessage());
  }
}
