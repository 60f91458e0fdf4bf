package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One in-process run of the command line: exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
  static final Environment PIPED = new Environment(false, false);
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern TEXT_SUMMARY =
      Pattern.compile(
          "(?m)^(\\d+) messages?(?: \\([^)]*\\))?: (\\d+) valid, (\\d+) invalid, (\\d+) unreadable, (\\d+) skipped"
              + "(?: \\((.*)\\))?; \\d+ warnings?$");

  static CliRun run(String... args) {
    return run(PIPED, new byte[0], args);
  }

  static CliRun run(Environment environment, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        PushcheckCommand.commandLine(new ByteArrayInputStream(stdin), environment);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  JsonNode json() {
    return JSON.readTree(out);
  }

  /**
   * Every message is exactly one of valid, invalid, unreadable, skipped, in whichever report was
   * printed; a run that printed no report (a usage error) printed nothing at all on stdout.
   */
  CliRun assertCountsAddUp() {
    if (out.startsWith("<?xml")) {
      // JUnit XML has no summary line; its counts are checked against the XSD and the goldens.
      return this;
    }
    if (out.startsWith("{") && out.contains("sarif-2.1.0.json")) {
      return new CliRun(
              exit, json().path("runs").get(0).path("properties").path("summary").asString(), err)
          .assertCountsAddUp();
    }
    if (out.startsWith("<!DOCTYPE html>")) {
      Matcher line = Pattern.compile("<p class=\"line\">([^<]*)</p>").matcher(out);
      assertThat(line.find()).as("summary line in the HTML report").isTrue();
      return new CliRun(exit, line.group(1), err).assertCountsAddUp();
    }
    if (out.startsWith("{")) {
      JsonNode s = json().path("summary");
      long skippedByReason = 0;
      for (JsonNode n : s.path("skippedByReason")) {
        skippedByReason += n.asLong();
      }
      assertThat(s.path("messages").asLong())
          .as("messages in %s", s)
          .isEqualTo(
              s.path("valid").asLong()
                  + s.path("invalid").asLong()
                  + s.path("unreadable").asLong()
                  + s.path("skipped").asLong());
      assertThat(skippedByReason).isEqualTo(s.path("skipped").asLong());
      return this;
    }
    Matcher m = TEXT_SUMMARY.matcher(out);
    if (!m.find()) {
      assertThat(exit).as("exit code of a run without a summary; stderr: %s", err).isEqualTo(2);
      assertThat(out).as("stdout of a run without a summary").isEmpty();
      return this;
    }
    long messages = Long.parseLong(m.group(1));
    long sum = 0;
    for (int i = 2; i <= 5; i++) {
      sum += Long.parseLong(m.group(i));
    }
    assertThat(messages).as("summary line %s", m.group()).isEqualTo(sum);
    if (m.group(6) != null) {
      long reasons =
          Pattern.compile("(\\d+) [a-z ]+")
              .matcher(m.group(6))
              .results()
              .mapToLong(r -> Long.parseLong(r.group(1)))
              .sum();
      assertThat(reasons).as("skip reasons in %s", m.group()).isEqualTo(Long.parseLong(m.group(5)));
    }
    return this;
  }

  /** {@code messages, valid, invalid, unreadable, skipped} from the text summary line. */
  long[] counts() {
    Matcher m = TEXT_SUMMARY.matcher(out);
    assertThat(m.find()).as("summary line in %s", out).isTrue();
    long[] counts = new long[5];
    for (int i = 0; i < 5; i++) {
      counts[i] = Long.parseLong(m.group(i + 1));
    }
    return counts;
  }
}
