package dev.pushcheck.test;

import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/**
 * One message of a fixture folder or capture, as checked by the same run as the CLI's; or an input
 * that could not be read. See {@link PushcheckFixtures}.
 *
 * @param name where it is and what it is: {@code incoming_chat.json:1 incoming_chat}, {@code
 *     session.jsonl:2 login (response)}
 * @param result the message's result, empty for an input error
 * @param inputError the input error, empty for a message
 */
public record PushFixture(
    String name, Optional<MessageResult> result, Optional<InputError> inputError) {

  /**
   * Asserts that the message conforms. A skipped message (a request, a response, a binary frame)
   * aborts the test, so it shows as skipped.
   */
  public void assertConforms() {
    if (inputError.isPresent()) {
      throw Failures.runFailed(name, List.of(), List.of(inputError.get()), "unreadable input");
    }
    MessageResult message = result.orElseThrow();
    if (message.status() == Status.SKIPPED) {
      throw new TestAbortedException("not a push: " + message.skipReason());
    }
    if (message.status() != Status.VALID) {
      throw Failures.runFailed(name, List.of(message), List.of(), message.status().label());
    }
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * One dynamic test per message of the inputs (folders, files, captures), for a
   * {@code @TestFactory}; each push is checked against its own version, else the HAR URL's, else
   * the newest stable.
   */
  public static Stream<DynamicTest> dynamicTests(String... inputs) {
    List<PushFixture> all = new ArrayList<>();
    for (String input : inputs) {
      all.addAll(read(Path.of(input), Optional.empty(), false, false));
    }
    return all.stream().map(f -> DynamicTest.dynamicTest(f.name(), f::assertConforms));
  }

  /** Every message of one folder, file or capture, named relative to it. */
  static List<PushFixture> read(
      Path input, Optional<String> apiVersion, boolean strict, boolean pushesOnly) {
    CheckRun run = CheckRun.of(input, apiVersion, strict, pushesOnly);
    List<PushFixture> fixtures = new ArrayList<>();
    for (InputError error : run.inputErrors) {
      fixtures.add(new PushFixture(error.toString(), Optional.empty(), Optional.of(error)));
    }
    for (MessageResult message : run.results) {
      fixtures.add(new PushFixture(nameOf(message), Optional.of(message), Optional.empty()));
    }
    return fixtures;
  }

  private static String nameOf(MessageResult message) {
    String where =
        message.source()
            + (message.line() > 0 ? ":" + message.line() : "")
            + (message.locator().isEmpty() ? "" : " (" + message.locator() + ")");
    String skip = message.skipReason().isEmpty() ? "" : "(" + message.skipReason() + ")";
    String what = (message.action() + " " + skip).strip();
    return what.isEmpty() ? where : where + " " + what;
  }
}
