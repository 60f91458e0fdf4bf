package dev.pushcheck;

import dev.pushcheck.internal.engine.MessageChecker;
import dev.pushcheck.internal.input.InputFiles;
import dev.pushcheck.internal.input.InputOpener;
import dev.pushcheck.internal.input.MessageReader;
import dev.pushcheck.internal.input.RawMessage;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One run over inputs: expand them, read every message, validate the pushes on all cores, and
 * report the results in input order. The CLI and the Maven goal both make exactly this call.
 *
 * <pre>{@code
 * Summary summary = Check.run(CheckOptions.of(List.of("captures/")), System.in, reporter);
 * }</pre>
 */
public final class Check {
  private static final int BATCH = 256;
  private static final int PROGRESS_EVERY = 20_000;
  private static final String STDIN_NAME = "<stdin>";

  private final CheckOptions options;
  private final InputStream stdin;
  private final Reporter reporter;
  private final MessageChecker checker;
  private final Summary.Tally tally;
  private final ArrayDeque<Future<List<MessageResult>>> pending = new ArrayDeque<>();
  private final ExecutorService workers;
  private List<RawMessage> batch = new ArrayList<>(BATCH);
  private long bytesRead;
  private long lastProgress;
  private long messagesAccepted;

  private Check(CheckOptions options, InputStream stdin, Reporter reporter) {
    this.options = options;
    this.stdin = stdin;
    this.reporter = reporter;
    this.tally = new Summary.Tally(options.failOnWarning(), options.allowEmpty());
    this.checker = new MessageChecker(SchemaCatalog.bundled(), options);
    this.workers =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "pushcheck-worker");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs the check and returns its summary, after the reporter has seen every result.
   *
   * @param stdin read for the input {@code -}
   * @throws PushcheckException.UnknownApiVersion if {@code options.apiVersion()} is not bundled
   */
  public static Summary run(CheckOptions options, InputStream stdin, Reporter reporter) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(reporter, "reporter == null");
    Check check = new Check(options, stdin, reporter);
    try {
      return check.runAll();
    } finally {
      check.workers.shutdownNow();
    }
  }

  private Summary runAll() {
    for (String input : options.inputs()) {
      if (input.equals(CheckOptions.STDIN)) {
        readOne(STDIN_NAME, () -> stdin);
        continue;
      }
      // One path at a time, so a missing file is reported where the user listed it.
      InputFiles.Expansion expansion =
          InputFiles.expand(List.of(options.baseDirectory().resolve(input)));
      for (InputFiles.PathProblem problem : expansion.problems()) {
        inputError(new InputError(displayName(problem.path()), 0, problem.message()));
      }
      for (Path file : expansion.files()) {
        readOne(displayName(file), () -> Files.newInputStream(file));
      }
    }
    drain(0);
    Summary summary = tally.summary();
    reporter.finish(summary);
    return summary;
  }

  private String displayName(Path file) {
    Path base = options.baseDirectory();
    return base.toString().isEmpty() || !file.startsWith(base)
        ? file.toString()
        : base.relativize(file).toString();
  }

  private void readOne(String source, InputOpener.Opener opener) {
    long messagesBefore = messagesAccepted;
    long bytesBefore = bytesRead;
    try {
      InputOpener.read(source, () -> new Counting(opener.open()), this::accept);
    } catch (MessageReader.InputProblem e) {
      inputError(e.error());
      return;
    }
    if (messagesAccepted == messagesBefore) {
      tally.add(
          new InputNote(
              source,
              bytesRead > bytesBefore
                  ? "holds no message"
                  : source.equals(STDIN_NAME)
                      ? "standard input is empty (no message)"
                      : "the file is empty (no message)"));
    }
  }

  private void inputError(InputError error) {
    submitBatch();
    drain(0);
    tally.add(error);
    reporter.inputError(error);
  }

  private void accept(RawMessage message) {
    messagesAccepted++;
    batch.add(message);
    if (batch.size() >= BATCH) {
      submitBatch();
      drain(options.threads() * 4);
    }
  }

  private void submitBatch() {
    if (batch.isEmpty()) {
      return;
    }
    List<RawMessage> work = batch;
    batch = new ArrayList<>(BATCH);
    pending.add(workers.submit(() -> work.stream().map(checker::check).toList()));
  }

  /** Reports finished batches, oldest first, until at most {@code keep} are pending. */
  private void drain(int keep) {
    if (keep == 0) {
      submitBatch();
    }
    while (pending.size() > keep) {
      List<MessageResult> results;
      try {
        results = pending.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PushcheckException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error; // out of memory on a worker is out of memory of the run
        }
        throw new IllegalStateException("validation failed unexpectedly", e.getCause());
      }
      for (MessageResult result : results) {
        tally.add(result);
        reporter.message(result);
      }
      if (tally.messages() - lastProgress >= PROGRESS_EVERY) {
        lastProgress = tally.messages();
        reporter.progress(tally.messages(), bytesRead);
      }
    }
  }

  /** Counts the bytes read from an input, for progress display. */
  private final class Counting extends FilterInputStream {
    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytesRead += n;
      }
      return n;
    }
  }
}
