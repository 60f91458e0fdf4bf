package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs that cannot finish normally: reports that cannot be written, bugs, out of memory. */
class FailuresTest {
  private static final String CAPTURE = "src/test/resources/inputs/capture.jsonl";

  /** An output whose every write fails with the given error, counting the attempts. */
  private static final class FailingOutput extends OutputStream {
    private final String error;
    int writes;

    FailingOutput(String error) {
      this.error = error;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      writes++;
      throw new IOException(error);
    }
  }

  private static CliRun runWithOutput(OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        PushcheckCommand.commandLine(new ByteArrayInputStream(new byte[0]), CliRun.PIPED);
    commandLine.setOut(ReportOutput.writer(stdout));
    commandLine.setErr(new PrintWriter(err, true));
    return new CliRun(commandLine.execute(args), "", err.toString());
  }

  @Test
  void aReportThatCannotBeWrittenFailsTheRunWithOneLine() {
    FailingOutput full = new FailingOutput("No space left on device");

    CliRun run = runWithOutput(full, "validate", CAPTURE);

    assertThat(run.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.errLines())
        .containsExactly("pushcheck: cannot write the report: no space left on device");
  }

  @Test
  void aClosedPipeStopsTheRunQuietlyAtTheFirstWrite() {
    FailingOutput closed = new FailingOutput("Broken pipe");

    CliRun run = runWithOutput(closed, "validate", "--format", "json", CAPTURE);

    assertThat(run.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).isEmpty();
    assertThat(closed.writes).isEqualTo(1);
  }

  @Test
  void aBugIsOneLineWithExit70AndTheTraceOnlyWithDebug() {
    CommandLine commandLine = PushcheckCommand.commandLine(InputStreamHolder.EMPTY, CliRun.PIPED);
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err, true));
    CommandLine.ParseResult parsed = commandLine.parseArgs("validate", CAPTURE);

    int code =
        ErrorHandlers.onExecutionException(
            new IllegalStateException("boom\nsecond line"), commandLine, parsed);

    assertThat(code).isEqualTo(70);
    assertThat(err.toString().lines())
        .containsExactly(
            "pushcheck: internal error: java.lang.IllegalStateException: boom; rerun with --debug"
                + " for the stack trace");

    StringWriter debugErr = new StringWriter();
    commandLine.setErr(new PrintWriter(debugErr, true));
    CommandLine.ParseResult debug = commandLine.parseArgs("--debug", "validate", CAPTURE);
    ErrorHandlers.onExecutionException(new IllegalStateException("boom"), commandLine, debug);
    assertThat(debugErr.toString()).contains("\tat ");
  }

  @Test
  void outOfMemoryIsExit70WithAHint() {
    CommandLine commandLine = PushcheckCommand.commandLine(InputStreamHolder.EMPTY, CliRun.PIPED);
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err, true));

    int code =
        ErrorHandlers.onExecutionException(
            new IllegalStateException("worker", new OutOfMemoryError("Java heap space")),
            commandLine,
            null);

    assertThat(code).isEqualTo(70);
    assertThat(err.toString().lines())
        .containsExactly("pushcheck: out of memory; raise -Xmx or lower --threads");
  }

  @Test
  void emptyRunSaysWhyAndHowToAllowIt() {
    CliRun run = CliRun.run("validate", "src/test/resources/inputs/bad/empty.jsonl");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.errLines())
        .containsExactly(
            "pushcheck: no message was validated (1 input holds no message); use --allow-empty if"
                + " that is expected");
  }

  private static final class InputStreamHolder {
    static final java.io.InputStream EMPTY = new ByteArrayInputStream(new byte[0]);
  }
}
