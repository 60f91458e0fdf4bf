package dev.pushcheck.report;

import dev.pushcheck.InputError;
import dev.pushcheck.MessageResult;
import dev.pushcheck.PushcheckException;
import dev.pushcheck.Reporter;
import dev.pushcheck.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one factory of reporters, used by the CLI and the Maven goal alike: adapters pass format
 * names and paths, nothing more.
 *
 * <pre>{@code
 * try (Reports.Opened reports = Reports.open(specs, directory, stdout, options)) {
 *   Summary summary = Check.run(checkOptions, stdin, reports);
 * }
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** A reporter of one format writing to {@code out} (UTF-8 is the caller's choice of writer). */
  public static Reporter create(ReportFormat format, Writer out, ReportOptions options) {
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(options, "options == null");
    PrintWriter print = out instanceof PrintWriter p ? p : new PrintWriter(out);
    return switch (format) {
      case TEXT -> TextReporter.to(print, options.quiet(), options.maxFindings(), options.color());
      case JSON -> new JsonReporter(out, options.toolVersion(), options.maxFindings());
      case JUNIT -> new JunitReporter(print, options.maxFindings());
      case SARIF -> new SarifReporter(out, options.toolVersion(), options.maxFindings());
      case GITHUB -> new GithubReporter(print, options.maxFindings());
      case HTML -> new HtmlReporter(print, options.toolVersion(), options.maxFindings());
    };
  }

  /**
   * Parses {@code FORMAT[=FILE]} specs; with {@code stdoutAllowed}, at most one may lack a file.
   *
   * @throws IllegalArgumentException with a one-line message for the user
   */
  public static List<ReportSpec> parse(List<String> specs, boolean stdoutAllowed) {
    List<ReportSpec> parsed = new ArrayList<>();
    for (String spec : specs) {
      parsed.add(ReportSpec.parse(spec));
    }
    if (stdoutAllowed && parsed.stream().filter(s -> s.file().isEmpty()).count() > 1) {
      throw new IllegalArgumentException(
          "at most one report can go to standard output; give the others a file (FORMAT=FILE)");
    }
    return parsed;
  }

  /**
   * The reporters of several specs, as one. A spec without a file writes to {@code stdout}, or,
   * when {@code stdout} is null, to its format's default file in {@code directory}; files are
   * relative to {@code directory}, created with their parent directories when the run first
   * reports, and closed by {@link Opened#close}. Text goes to stdout in colour if {@code
   * options.color()}; files never are.
   */
  public static Opened open(
      List<ReportSpec> specs, Path directory, Writer stdout, ReportOptions options) {
    return new Opened(specs, directory, stdout, options);
  }

  /** Reports being written; close it after the run to flush and close their files. */
  public static final class Opened implements Reporter, AutoCloseable {
    private final List<ReportSpec> specs;
    private final Path directory;
    private final Writer stdout;
    private final ReportOptions options;
    private final List<Reporter> reporters = new ArrayList<>();
    private final List<PrintWriter> files = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private boolean opened;

    private Opened(List<ReportSpec> specs, Path directory, Writer stdout, ReportOptions options) {
      this.specs = List.copyOf(specs);
      this.directory = Objects.requireNonNull(directory, "directory == null");
      this.stdout = stdout;
      this.options = Objects.requireNonNull(options, "options == null");
      for (ReportSpec spec : this.specs) {
        if (spec.file().isPresent() || stdout == null) {
          paths.add(directory.resolve(spec.file().orElse(spec.format().defaultFileName())));
        }
      }
    }

    /** The report files, in the order of the specs. */
    public List<Path> files() {
      return List.copyOf(paths);
    }

    private List<Reporter> reporters() {
      if (opened) {
        return reporters;
      }
      opened = true;
      for (ReportSpec spec : specs) {
        if (spec.file().isEmpty() && stdout != null) {
          reporters.add(create(spec.format(), stdout, options));
          continue;
        }
        Path file = directory.resolve(spec.file().orElse(spec.format().defaultFileName()));
        try {
          Path parent = file.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
          files.add(out);
          reporters.add(create(spec.format(), out, options.withColor(false)));
        } catch (IOException e) {
          throw new PushcheckException("cannot write the report " + file + ": " + e, e);
        }
      }
      return reporters;
    }

    @Override
    public void message(MessageResult result) {
      for (Reporter r : reporters()) {
        r.message(result);
      }
    }

    @Override
    public void inputError(InputError error) {
      for (Reporter r : reporters()) {
        r.inputError(error);
      }
    }

    @Override
    public void finish(Summary summary) {
      for (Reporter r : reporters()) {
        r.finish(summary);
      }
    }

    @Override
    public void progress(long messagesRead, long bytesRead) {
      for (Reporter r : reporters()) {
        r.progress(messagesRead, bytesRead);
      }
    }

    /**
     * Flushes standard output and closes the files.
     *
     * @throws PushcheckException if a report could not be written
     */
    @Override
    public void close() {
      try {
        if (stdout != null) {
          stdout.flush();
        }
      } catch (IOException e) {
        throw new PushcheckException("cannot write the report to standard output: " + e, e);
      }
      boolean failed = false;
      for (PrintWriter file : files) {
        file.close();
        failed |= file.checkError();
      }
      if (failed) {
        throw new PushcheckException("cannot write the reports " + paths);
      }
    }
  }
}
