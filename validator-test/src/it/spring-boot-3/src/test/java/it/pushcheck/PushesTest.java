package it.pushcheck;

import static dev.pushcheck.test.PushAssertions.assertThatPush;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pushcheck.PushValidator;
import dev.pushcheck.Rule;
import dev.pushcheck.test.PushFixture;
import dev.pushcheck.test.PushcheckFixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import com.fasterxml.jackson.databind.ObjectMapper;

class PushesTest {
  static final PushValidator VALIDATOR = PushValidator.forVersion("3.6");

  static final Map<String, Object> PUSH =
      Map.of(
          "version", "3.6",
          "action", "chat_deactivated",
          "type", "push",
          "payload",
              Map.of(
                  "chat_id", "PJ0MRSHTDG",
                  "thread_id", "K600PKZON8",
                  "user_id", "b7eff798-f8df-4364-8059-649c35c9ed0c"));

  @Test
  void aPushWrittenByTheApplicationsJacksonConforms() throws Exception {
    String json = new ObjectMapper().writeValueAsString(PUSH); // Jackson 2, as Boot 3 manages it

    VALIDATOR.assertConforms(json);
    VALIDATOR.assertConforms(Path.of("src/test/resources/pushes/chat_deactivated.json"));
    assertThatPush(json).conformsTo("3.6").hasNoWarnings();
  }

  @Test
  void findingsReachTheTest() {
    String missingChatId =
        "{\"version\":\"3.6\",\"action\":\"chat_deactivated\",\"type\":\"push\",\"payload\":{\"thread_id\":\"K6\"}}";

    assertThatThrownBy(() -> VALIDATOR.assertConforms(missingChatId))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[REQUIRED] /payload/chat_id");
    assertThatPush(missingChatId).against("3.6").hasFinding(Rule.REQUIRED, "/payload/chat_id");
  }

  @Test
  void pushcheckBringsNoEngineOfItsOwnOntoTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.networknt.schema.Schema"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @ParameterizedTest(name = "{0}")
  @PushcheckFixtures("src/test/resources/pushes")
  void fixtures(PushFixture fixture) {
    fixture.assertConforms();
  }
}
