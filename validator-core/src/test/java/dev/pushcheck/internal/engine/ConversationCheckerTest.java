package dev.pushcheck.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.Finding;
import dev.pushcheck.Kind;
import dev.pushcheck.MessageResult;
import dev.pushcheck.Rule;
import dev.pushcheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bounds on what the conversation checks remember. */
class ConversationCheckerTest {
  private final List<MessageResult> out = new ArrayList<>();
  private int line;

  private void send(ConversationChecker checker, Kind kind, String requestId) {
    line++;
    MessageResult result =
        new MessageResult(
            "capture.jsonl",
            line - 1,
            line,
            1,
            "",
            Optional.of(kind),
            "ping",
            "3.6",
            Status.VALID,
            "",
            List.of());
    checker.accept(result, new ConversationFacts("", false, "", requestId, ""));
  }

  private List<Rule> rulesAt(int atLine) {
    return out.stream()
        .filter(r -> r.line() == atLine)
        .flatMap(r -> r.findings().stream())
        .map(Finding::rule)
        .toList();
  }

  @Test
  void aRequestWaitsForItsResponseAndTheMessagesAfterItWaitWithIt() {
    ConversationChecker checker = new ConversationChecker(true, false, 10, 10, out::add);

    send(checker, Kind.REQUEST, "1");
    send(checker, Kind.PUSH, "");
    assertThat(out).isEmpty();
    send(checker, Kind.RESPONSE, "1");
    assertThat(out).extracting(MessageResult::line).containsExactly(1, 2, 3);
  }

  @Test
  void whenTooManyWaitTheOldestRequestGoesOnAndIsNotReportedAsUnanswered() {
    ConversationChecker checker = new ConversationChecker(true, false, 3, 10, out::add);

    send(checker, Kind.REQUEST, "1");
    send(checker, Kind.REQUEST, "2");
    send(checker, Kind.PUSH, "");
    assertThat(out).isEmpty();
    send(checker, Kind.PUSH, "");
    // request 1 went on; request 2 holds the rest back
    assertThat(out).extracting(MessageResult::line).containsExactly(1);
    checker.endInput(true);

    assertThat(out).extracting(MessageResult::line).containsExactly(1, 2, 3, 4);
    assertThat(rulesAt(1)).isEmpty();
    assertThat(rulesAt(2)).containsExactly(Rule.UNANSWERED_REQUEST);
  }

  @Test
  void aForgottenRequestIdIsNeverReportedWrongly() {
    ConversationChecker checker = new ConversationChecker(true, false, 100, 2, out::add);

    send(checker, Kind.REQUEST, "1");
    send(checker, Kind.REQUEST, "2");
    send(checker, Kind.REQUEST, "3"); // forgets request 1, which goes on unreported
    assertThat(out).extracting(MessageResult::line).containsExactly(1);
    send(checker, Kind.RESPONSE, "1"); // its request was forgotten, not missing
    send(checker, Kind.RESPONSE, "9"); // never requested
    send(checker, Kind.PUSH, "1");
    send(checker, Kind.PUSH, "8");
    checker.endInput(true);

    assertThat(out).extracting(MessageResult::line).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(rulesAt(1)).isEmpty();
    assertThat(rulesAt(2)).containsExactly(Rule.UNANSWERED_REQUEST);
    assertThat(rulesAt(3)).containsExactly(Rule.UNANSWERED_REQUEST);
    assertThat(rulesAt(4)).isEmpty();
    assertThat(rulesAt(5)).containsExactly(Rule.RESPONSE_WITHOUT_REQUEST);
    assertThat(rulesAt(6)).isEmpty();
    assertThat(rulesAt(7)).containsExactly(Rule.PUSH_REQUEST_ID_UNKNOWN);
  }

  @Test
  void aTruncatedEndReportsNoUnansweredRequest() {
    ConversationChecker checker = new ConversationChecker(true, false, 10, 10, out::add);

    send(checker, Kind.REQUEST, "1");
    checker.endInput(false);

    assertThat(out).singleElement().satisfies(r -> assertThat(r.findings()).isEmpty());
  }

  @Test
  void offPassesEveryResultOnAtOnce() {
    ConversationChecker checker = new ConversationChecker(false, false, 10, 10, out::add);

    send(checker, Kind.REQUEST, "1");
    send(checker, Kind.RESPONSE, "2");
    checker.endInput(true);

    assertThat(out).hasSize(2).allSatisfy(r -> assertThat(r.findings()).isEmpty());
  }

  @Test
  void theFilterOfForgottenIdsHasNoFalseNegatives() {
    ConversationChecker.ForgottenIds forgotten = new ConversationChecker.ForgottenIds();
    for (int i = 0; i < 50_000; i++) {
      forgotten.add("req-" + i);
    }
    for (int i = 0; i < 50_000; i++) {
      assertThat(forgotten.mightContain("req-" + i)).isTrue();
    }
    long falsePositives =
        java.util.stream.IntStream.range(0, 10_000)
            .filter(i -> forgotten.mightContain("other-" + i))
            .count();
    assertThat(falsePositives).isLessThan(100);
  }

  @Test
  void versionsCompareByNumber() {
    assertThat(ConversationChecker.below("3.6", "3.7")).isTrue();
    assertThat(ConversationChecker.below("3.10", "3.7")).isFalse();
    assertThat(ConversationChecker.below("3.7", "3.7")).isFalse();
    assertThat(ConversationChecker.below("3.1-beta", "3.7")).isFalse();
    assertThat(ConversationChecker.below("3.6", "")).isFalse();
  }
}
