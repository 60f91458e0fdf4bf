package dev.pushcheck.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs sample test classes through the JUnit engine and checks the cases they become. */
class PushcheckFixturesTest {

  // Static nested classes are not picked up by Surefire on their own; the engine test kit runs
  // them.
  static class ConformingFolder {
    @ParameterizedTest(name = "{0}")
    @PushcheckFixtures("src/test/resources/pushes")
    void conforms(PushFixture fixture) {
      fixture.assertConforms();
    }
  }

  static class BrokenFolderAndMissingFile {
    @ParameterizedTest(name = "{0}")
    @PushcheckFixtures(
        value = {"src/test/resources/broken", "src/test/resources/no-such-capture.har"},
        apiVersion = "3.6",
        strict = true)
    void conforms(PushFixture fixture) {
      fixture.assertConforms();
    }
  }

  static class Factory {
    @TestFactory
    Stream<DynamicTest> pushes() {
      return PushFixture.dynamicTests("src/test/resources/pushes/session.jsonl");
    }
  }

  @Test
  void everyMessageOfAFolderIsANamedCase() {
    assertThat(outcomes(ConformingFolder.class))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "chat_deactivated.json:1 chat_deactivated", "SUCCESSFUL",
                    "incoming_typing_indicator.json:1 incoming_typing_indicator", "SUCCESSFUL",
                    "session.jsonl:1 chat_deactivated", "SUCCESSFUL",
                    "session.jsonl:2 ping", "SUCCESSFUL",
                    "session.jsonl:3 incoming_typing_indicator", "SUCCESSFUL")));
  }

  @Test
  void nonConformingMessagesAndUnreadableInputsFailWithTheirFindings() {
    List<Event> failed =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(BrokenFolderAndMissingFile.class))
            .execute()
            .testEvents()
            .failed()
            .list();

    assertThat(failed)
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactlyInAnyOrder(
            "no-such-capture.har: no such file or directory",
            "chat_deactivated_undocumented.json:1 chat_deactivated",
            "chat_deactivated_without_chat_id.json:1 chat_deactivated");
    assertThat(failed)
        .extracting(e -> failure(e).getMessage())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "chat_deactivated_without_chat_id.json:5:14: error: [REQUIRED]"
                            + " /payload/chat_id"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "chat_deactivated_undocumented.json:9:20: error: [UNDOCUMENTED_FIELD]"
                            + " /payload/seen_by_bot"));
  }

  @Test
  void aTestFactoryGetsTheSameCases() {
    assertThat(outcomes(Factory.class))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "session.jsonl:1 chat_deactivated", "SUCCESSFUL",
                    "session.jsonl:2 ping", "SUCCESSFUL",
                    "session.jsonl:3 incoming_typing_indicator", "SUCCESSFUL")));
  }

  private static Map<String, String> outcomes(Class<?> testClass) {
    Map<String, String> outcomes = new TreeMap<>();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents()
        .filter(e -> e.getType() == EventType.FINISHED)
        .forEach(
            e ->
                outcomes.put(
                    e.getTestDescriptor().getDisplayName(),
                    e.getPayload(TestExecutionResult.class).orElseThrow().getStatus().name()));
    return outcomes;
  }

  private static Throwable failure(Event event) {
    return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }
}
