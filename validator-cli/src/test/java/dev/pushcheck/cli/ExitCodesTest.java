package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pushcheck.Summary.Verdict;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  @Test
  void eachVerdictHasTheExitCodeOfTheIssue() {
    assertThat(ExitCodes.of(Verdict.CONFORMANT)).isZero();
    assertThat(ExitCodes.of(Verdict.VIOLATIONS)).isEqualTo(1);
    assertThat(ExitCodes.of(Verdict.UNREADABLE_INPUT)).isEqualTo(3);
    assertThat(ExitCodes.of(Verdict.EMPTY)).isEqualTo(4);
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.run("validate", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Exit codes:")
        .containsPattern("(?m)^  0 +every message conforms")
        .containsPattern("(?m)^  1 +at least one message is invalid")
        .containsPattern("(?m)^  2 +usage error")
        .containsPattern("(?m)^  3 +some input could not be read")
        .containsPattern("(?m)^  4 +no message was validated")
        .containsPattern("(?m)^  70 +internal error");
  }
}
