package dev.pushcheck;

import dev.pushcheck.internal.engine.ConversationChecker;
import dev.pushcheck.internal.engine.ConversationFacts;
import dev.pushcheck.internal.engine.MessageChecker;
import dev.pushcheck.internal.input.InputOpener;
import dev.pushcheck.internal.input.JsonLinesReader;
import dev.pushcheck.internal.input.MessageReader;
import dev.pushcheck.internal.schema.SchemaCatalog;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link Check#run} in its two steps, for an engine that spreads a run over many machines (the
 * Spark adapter). Both steps give exactly what {@code Check.run} gives on the same inputs:
 *
 * <ol>
 *   <li>{@link #read}: read one input, or one part of a JSON Lines input, and check each of its
 *       messages on its own; on any thread, parts in any order;
 *   <li>a {@link Sequence}: per source, in input order, on one thread, the checks across messages,
 *       rule levels, ignores, the baseline and the counts. The summaries of sequences over
 *       different sources merge ({@link Summary#merge}).
 * </ol>
 *
 * <p>Immutable and thread-safe: the schemas are compiled once, on first use of a version; build one
 * per process and share it.
 */
public final class RunSteps {
  private final CheckOptions options;
  private final MessageChecker checker;

  private RunSteps(CheckOptions options) {
    this.options = options;
    this.checker = new MessageChecker(SchemaCatalog.bundled(), options);
  }

  /**
   * The steps of a run with these options ({@link CheckOptions#inputs} and {@link
   * CheckOptions#threads} are not used).
   *
   * @throws PushcheckException.UnknownApiVersion if {@code options.apiVersion()} is not bundled
   */
  public static RunSteps of(CheckOptions options) {
    return new RunSteps(Objects.requireNonNull(options, "options == null"));
  }

  public CheckOptions options() {
    return options;
  }

  MessageChecker checker() {
    return checker;
  }

  /** Opens an input's bytes as stored; the stream is closed after reading. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** A checked message, and what the checks across messages need to know of it. */
  public record Checked(MessageResult result, MessageFacts facts) {
    public Checked {
      Objects.requireNonNull(result, "result == null");
      Objects.requireNonNull(facts, "facts == null");
    }
  }

  /**
   * What the checks across messages need to know of a message beyond its result; plain values, so
   * that an engine can carry them between machines.
   *
   * @param connection the connection within the source ({@code entry 3} of a HAR), else {@code ""}
   * @param wholeConnection the source holds both directions of the connection from its start
   * @param urlVersion the API version of the connection's websocket URL, else {@code ""}
   * @param requestId the message's {@code request_id} when it is a string, else {@code ""}
   * @param version the message's {@code version} when it is a string, else {@code ""}
   */
  public record MessageFacts(
      String connection,
      boolean wholeConnection,
      String urlVersion,
      String requestId,
      String version) {}

  /**
   * How reading an input, or a part of one, ended.
   *
   * @param lineBreaks the line breaks of a JSON Lines part (how many lines it held), else 0
   * @param bytes the bytes read, as stored (compressed inputs: before decompression)
   * @param messages the messages read
   * @param error the problem that ended reading early, else empty
   */
  public record PartEnd(long lineBreaks, long bytes, long messages, Optional<InputError> error) {
    public PartEnd {
      Objects.requireNonNull(error, "error == null");
    }
  }

  /**
   * Reads a whole input (any format, compressed or not, as {@code Check.run} reads a file) and
   * checks each message, handing the results to {@code out} in input order.
   */
  public PartEnd read(String source, Opener opener, Consumer<Checked> out) {
    return read(source, opener, out, false, true);
  }

  /**
   * Reads part of a plain JSON Lines input: whole lines, the first of them the part's first line.
   * Lines and indexes count from the part's start ({@link Sequence#accept(Checked, int, long)}
   * moves them to the input's).
   *
   * @param inputStart whether the part starts the input (only there is a byte-order mark skipped)
   */
  public PartEnd readLines(
      String source, Opener opener, boolean inputStart, Consumer<Checked> out) {
    return read(source, opener, out, true, inputStart);
  }

  private PartEnd read(
      String source, Opener opener, Consumer<Checked> out, boolean linesPart, boolean inputStart) {
    long[] messages = {0};
    Counting[] counted = {null};
    InputOpener.Opener counting = () -> counted[0] = new Counting(opener.open());
    Consumer<dev.pushcheck.internal.input.RawMessage> sink =
        raw -> {
          messages[0]++;
          out.accept(checked(checker.check(raw)));
        };
    long lineBreaks = 0;
    Optional<InputError> error = Optional.empty();
    try {
      if (linesPart) {
        lineBreaks = JsonLinesReader.readPart(source, counting, inputStart, sink);
      } else {
        InputOpener.read(source, counting, sink);
      }
    } catch (MessageReader.InputProblem e) {
      error = Optional.of(e.error());
    }
    long bytes = counted[0] == null ? 0 : counted[0].bytes;
    return new PartEnd(lineBreaks, bytes, messages[0], error);
  }

  /**
   * Whether an input can be read in parts with {@link #readLines}: plain JSON Lines by its name,
   * and not compressed by its first two bytes ({@code head}).
   */
  public static boolean readableInParts(String name, byte[] head) {
    return InputOpener.plainJsonLines(name, head);
  }

  /** Whether a file met in a directory is read, by its name (as {@code Check.run} walks one). */
  public static boolean readsFileNamed(String fileName) {
    return dev.pushcheck.internal.input.InputFiles.isCaptureName(fileName);
  }

  /** Checks one message given as text, which is all of its source: for messages without a file. */
  public Checked checkText(String source, long index, String json) {
    return checked(
        checker.check(
            dev.pushcheck.internal.input.RawMessage.in(source, index)
                .text(json, dev.pushcheck.internal.input.Origin.START)));
  }

  private static Checked checked(MessageChecker.Checked c) {
    var f = c.facts();
    return new Checked(
        c.result(),
        new MessageFacts(
            f.connection(), f.wholeConnection(), f.urlVersion(), f.requestId(), f.version()));
  }

  /** The in-order step of a run, reporting to {@code reporter} (its {@code finish} not called). */
  public Sequence sequence(Reporter reporter) {
    return new Sequence(options, reporter);
  }

  /**
   * The in-order step: sees every message, input end and input error of its sources in input order,
   * on one thread; adds the findings across messages, applies rule levels, ignores and the
   * baseline, counts, and reports each result in input order.
   */
  public static final class Sequence {
    private final CheckOptions options;
    private final Reporter reporter;
    private final ConversationChecker conversation;
    private final Summary.Tally tally;
    private final Baseline.Run baseline;

    Sequence(CheckOptions options, Reporter reporter) {
      this.options = options;
      this.reporter = Objects.requireNonNull(reporter, "reporter == null");
      this.tally = new Summary.Tally(options.failOnWarning(), options.allowEmpty());
      this.baseline = options.policy().baseline().start();
      this.conversation =
          new ConversationChecker(options.conversation(), options.strict(), this::report);
    }

    /** The next message, in input order. */
    public void accept(Checked checked) {
      MessageFacts f = checked.facts();
      accept(
          checked.result(),
          new ConversationFacts(
              f.connection(), f.wholeConnection(), f.urlVersion(), f.requestId(), f.version()));
    }

    void accept(MessageResult result, ConversationFacts facts) {
      conversation.accept(result, facts);
    }

    /**
     * The next message, read by {@link #readLines} from a part that starts {@code lines} lines and
     * {@code messages} messages into its input: its positions move there.
     */
    public void accept(Checked checked, int lines, long messages) {
      accept(
          lines == 0 && messages == 0
              ? checked
              : new Checked(checked.result().movedBy(lines, messages), checked.facts()));
    }

    /**
     * The current input was read to its end.
     *
     * @param source its name
     * @param messages how many messages it held
     * @param bytes how many bytes it held (an input of no message is noted as such)
     */
    public void inputEnded(String source, long messages, long bytes) {
      conversation.endInput(true);
      if (messages == 0) {
        noteEmpty(source, bytes > 0);
      }
    }

    /** An input of no message, read to its end, noted in the summary. */
    void noteEmpty(String source, boolean anyBytes) {
      tally.add(
          new InputNote(
              source,
              anyBytes
                  ? "holds no message"
                  : source.equals(Check.STDIN_NAME)
                      ? "standard input is empty (no message)"
                      : "the file is empty (no message)"));
    }

    /**
     * The current input ended early (or could not be opened): its error is counted and reported.
     */
    public void inputError(InputError error) {
      // What is still open is this input, read only in part.
      conversation.endInput(false);
      tally.add(error);
      reporter.inputError(error);
    }

    /** Ends the inputs whose last message was seen; for {@link Check}. */
    void endInput() {
      conversation.endInput(true);
    }

    /** Messages counted so far. */
    public long messages() {
      return tally.messages();
    }

    /** Ends the sequence (writes the baseline, if one is written) and returns its counts. */
    public Summary finish() {
      conversation.endInput(true);
      baseline.finish();
      return tally.summary();
    }

    /** Rule levels, ignores and the baseline apply to every finding, conversation ones included. */
    private void report(MessageResult checked) {
      MessageResult result =
          baseline.apply(options.policy().apply(checked, options.strict()), tally);
      tally.add(result);
      reporter.message(result);
    }
  }

  /** Counts the bytes of an input as stored (for progress, and to tell empty inputs). */
  static final class Counting extends FilterInputStream {
    long bytes;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }
  }
}
