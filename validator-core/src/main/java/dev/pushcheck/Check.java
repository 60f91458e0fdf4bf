package dev.pushcheck;

import dev.pushcheck.internal.engine.MessageChecker;
import dev.pushcheck.internal.input.InputFiles;
import dev.pushcheck.internal.input.InputOpener;
import dev.pushcheck.internal.input.MessageReader;
import dev.pushcheck.internal.input.RawMessage;
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
 * One run over inputs: expand them, read every message, validate the messages on all cores, check
 * each connection's conversation, and report the results in input order. The CLI and the Maven goal
 * both make exactly this call.
 *
 * <pre>{@code
 * Summary summary = Check.run(CheckOptions.of(List.of("captures/")), System.in, reporter);
 * }</pre>
 */
public final class Check {
  private static final int BATCH = 256;
  private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
  static final String STDIN_NAME = "<stdin>";

  private final CheckOptions options;
  private final InputStream stdin;
  private final Reporter reporter;
  private final MessageChecker checker;
  private final RunSteps.Sequence sequence;
  private final ArrayDeque<Future<List<MessageChecker.Checked>>> pending = new ArrayDeque<>();
  // How many messages had been read when each input ended, for the inputs read to their end.
  private final ArrayDeque<Long> inputEnds = new ArrayDeque<>();
  private long accepted;
  private long drained;
  private final ExecutorService workers;
  private List<RawMessage> batch = new ArrayList<>(BATCH);
  private long bytesBeforeInput;
  private RunSteps.Counting current;
  private final java.util.function.LongSupplier clock;
  private long lastProgress;

  private Check(
      CheckOptions options,
      InputStream stdin,
      Reporter reporter,
      java.util.function.LongSupplier clock) {
    this.options = options;
    this.clock = clock;
    this.lastProgress = clock.getAsLong();
    this.stdin = stdin;
    this.reporter = reporter;
    RunSteps steps = RunSteps.of(options);
    this.checker = steps.checker();
    this.sequence = steps.sequence(reporter);
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
    return run(options, stdin, reporter, System::nanoTime);
  }

  /** A run whose progress calls follow {@code clock} (nanoseconds), for tests. */
  static Summary run(
      CheckOptions options,
      InputStream stdin,
      Reporter reporter,
      java.util.function.LongSupplier clock) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(reporter, "reporter == null");
    Check check = new Check(options, stdin, reporter, clock);
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
    Summary summary = sequence.finish();
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
    long messagesBefore = accepted;
    RunSteps.Counting read = null;
    try {
      InputOpener.read(source, () -> current = new RunSteps.Counting(opener.open()), this::accept);
      inputEnds.add(accepted);
    } catch (MessageReader.InputProblem e) {
      inputError(e.error());
      return;
    } finally {
      read = current;
      current = null;
      bytesBeforeInput += read == null ? 0 : read.bytes;
    }
    if (accepted == messagesBefore) {
      sequence.noteEmpty(source, read != null && read.bytes > 0);
    }
  }

  private long bytesRead() {
    return bytesBeforeInput + (current == null ? 0 : current.bytes);
  }

  private void inputError(InputError error) {
    submitBatch();
    drain(0);
    sequence.inputError(error);
  }

  private void accept(RawMessage message) {
    accepted++;
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
      List<MessageChecker.Checked> results;
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
      for (MessageChecker.Checked checked : results) {
        endInputs();
        sequence.accept(checked.result(), checked.facts());
        drained++;
      }
      long now = clock.getAsLong();
      if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
        lastProgress = now;
        reporter.progress(sequence.messages(), bytesRead());
      }
    }
    if (keep == 0) {
      endInputs();
    }
  }

  /** Ends the conversation of every input whose last message has been drained. */
  private void endInputs() {
    while (!inputEnds.isEmpty() && inputEnds.peek() <= drained) {
      inputEnds.poll();
      sequence.endInput();
    }
  }
}
