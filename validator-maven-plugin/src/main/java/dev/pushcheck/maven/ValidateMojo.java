package dev.pushcheck.maven;

import dev.pushcheck.Baseline;
import dev.pushcheck.Check;
import dev.pushcheck.CheckOptions;
import dev.pushcheck.Config;
import dev.pushcheck.Engine;
import dev.pushcheck.Kind;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.PushcheckException;
import dev.pushcheck.Reporter;
import dev.pushcheck.Severity;
import dev.pushcheck.Summary;
import dev.pushcheck.report.ReportOptions;
import dev.pushcheck.report.ReportSpec;
import dev.pushcheck.report.Reports;
import dev.pushcheck.report.TextReporter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's push fixtures and captures (JSON, JSON Lines, HAR, optionally gzipped)
 * against the bundled LiveChat Agent Chat API schemas, and fails the build on violations. Writes
 * the reports named by {@code formats} (default {@code report.txt} and {@code report.json}) to
 * {@code reportDirectory}; reads the project's {@code pushcheck.json} if there is one.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, threadSafe = true)
public class ValidateMojo extends AbstractMojo {
  static final List<String> DEFAULT_FORMATS = List.of("text", "json");

  /** What the CLI reads from a directory: the same names, each also gzipped. */
  static final List<String> DEFAULT_INCLUDES =
      List.of(
          "**/*.json",
          "**/*.jsonl",
          "**/*.ndjson",
          "**/*.har",
          "**/*.zhar",
          "**/*.json.gz",
          "**/*.jsonl.gz",
          "**/*.ndjson.gz",
          "**/*.har.gz",
          "**/*.zhar.gz");

  /**
   * The files to check: each {@code <source>} has a {@code <directory>} and optional {@code
   * <includes>}/{@code <excludes>} (Ant patterns; no includes: the default ones; Maven's default
   * excludes such as {@code .git/**} always apply). Default: {@code src/test/resources} with {@code
   * **}{@code /*.json}, {@code .jsonl}, {@code .ndjson}, {@code .har} and {@code .zhar}, each also
   * gzipped ({@code .gz}).
   */
  @Parameter private List<FileSet> sources;

  /**
   * The API version for pushes without a {@code version} field, e.g. {@code 3.6}. Default: the
   * version in a HAR capture's websocket URL, else the newest stable version bundled.
   */
  @Parameter(property = "pushcheck.apiVersion")
  private String apiVersion;

  /** Treat warnings (such as undocumented fields) as errors. */
  @Parameter(property = "pushcheck.strict", defaultValue = "false")
  private boolean strict;

  /**
   * The kinds of message to check: {@code push}, {@code request}, {@code response}, {@code
   * webhook}. Default: all; the others are counted as skipped.
   */
  @Parameter(property = "pushcheck.kinds")
  private List<String> kinds;

  /** Fail the build when there are warnings, keeping them warnings in the reports. */
  @Parameter(property = "pushcheck.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Every message that is not a push is an error (for folders of push fixtures). */
  @Parameter(property = "pushcheck.pushesOnly", defaultValue = "false")
  private boolean pushesOnly;

  /**
   * The reports to write to {@code reportDirectory}: each {@code <format>} is {@code text}, {@code
   * json}, {@code junit}, {@code sarif}, {@code github} or {@code html}, optionally with {@code
   * =FILE} (relative to {@code reportDirectory}); without a file each gets its default name ({@code
   * report.txt}, {@code report.json}, {@code TEST-pushcheck.xml}, {@code report.sarif}, {@code
   * report.github.txt}, {@code report.html}). Default: the config file's formats, else {@code text}
   * and {@code json}. Findings always go to the build log as well.
   */
  @Parameter(property = "pushcheck.formats")
  private List<String> formats;

  /**
   * The config file (rule levels, ignores, API version, formats, failOn). Default: {@code
   * pushcheck.json} in the project's base directory, if it exists. Parameters set in the POM win
   * over it.
   */
  @Parameter(property = "pushcheck.configFile")
  private File configFile;

  /**
   * A baseline file written earlier with {@code writeBaseline}: only findings it does not list are
   * reported and fail the build; the others are counted as baselined.
   */
  @Parameter(property = "pushcheck.baseline")
  private File baseline;

  /**
   * Write today's findings to this baseline file (the run then counts them all as baselined and
   * passes). Commit the file and point {@code baseline} at it.
   */
  @Parameter(property = "pushcheck.writeBaseline")
  private File writeBaseline;

  /**
   * Fail the build on invalid or unreadable messages (and on warnings with {@code failOnWarning}).
   * {@code false}: report only.
   */
  @Parameter(property = "pushcheck.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * Check across the messages of each connection (a HAR websocket entry, else one file): responses
   * against requests, login first, request versions. Turn off for folders of independent messages.
   */
  @Parameter(property = "pushcheck.conversationChecks", defaultValue = "true")
  private boolean conversationChecks;

  /**
   * {@code compiled} (the default): pushcheck's compiled checks decide, networknt reports the
   * findings; {@code reference}: networknt alone on every message, to cross-check a surprising
   * result (same findings, slower).
   */
  @Parameter(property = "pushcheck.engine", defaultValue = "compiled")
  private String engine;

  /**
   * Let a run that validates no message at all pass (no file found, empty files, only skipped
   * messages). By default such a run fails the build: a misspelt directory must not pass silently.
   */
  @Parameter(property = "pushcheck.allowEmpty", defaultValue = "false")
  private boolean allowEmpty;

  /** Skip the check. */
  @Parameter(property = "pushcheck.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Where the reports are written. Give each execution its own directory when a project has
   * several.
   */
  @Parameter(defaultValue = "${project.build.directory}/pushcheck", required = true)
  private File reportDirectory;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping pushcheck (pushcheck.skip=true)");
      return;
    }
    List<String> inputs = new ArrayList<>();
    for (Path file : FileSet.expand(sources, basedir.toPath(), DEFAULT_INCLUDES, this::display)) {
      inputs.add(display(file));
    }
    Path base = basedir.toPath().toAbsolutePath();
    Summary summary;
    List<Path> reportFiles = List.of();
    try {
      Config config = Config.find(configFile == null ? null : configFile.toPath(), base);
      CheckOptions options =
          config.applyTo(
              CheckOptions.of(inputs)
                  .withApiVersion(
                      apiVersion == null || apiVersion.isBlank() ? null : apiVersion.trim())
                  .withStrict(strict)
                  .withFailOnWarning(failOnWarning)
                  .withPushesOnly(pushesOnly)
                  .withKinds(kinds())
                  .withConversation(conversationChecks)
                  .withAllowEmpty(allowEmpty)
                  .withEngine(engine())
                  .withBaseDirectory(base));
      if (baseline != null && writeBaseline != null) {
        throw new MojoExecutionException("pushcheck: set baseline or writeBaseline, not both");
      }
      if (baseline != null) {
        options =
            options.withPolicy(options.policy().withBaseline(Baseline.read(baseline.toPath())));
      } else if (writeBaseline != null) {
        options =
            options.withPolicy(
                options.policy().withBaseline(Baseline.writeTo(writeBaseline.toPath())));
      }
      List<String> given =
          formats != null && !formats.isEmpty()
              ? formats
              : config.formats().isEmpty() ? DEFAULT_FORMATS : config.formats();
      List<ReportSpec> specs;
      try {
        specs = Reports.parse(given, false);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("pushcheck: formats: " + e.getMessage(), e);
      }
      try (Reports.Opened reports =
          Reports.open(
              specs, reportDirectory.toPath(), null, ReportOptions.of(Pushcheck.version()))) {
        reportFiles = reports.files();
        if (options.engine() == Engine.REFERENCE) {
          getLog().info("pushcheck: reference engine: networknt alone checks every message");
        }
        summary =
            Check.run(
                options,
                InputStream.nullInputStream(),
                Reporter.all(new TextReporter(this::log, false, 0, false), reports));
      }
    } catch (PushcheckException e) {
      deleteQuietly(reportFiles);
      throw new MojoExecutionException("pushcheck: " + e.getMessage(), e);
    }
    summary
        .emptyInputs()
        .forEach(note -> getLog().info(note.source() + ": note: " + note.message()));
    getLog().info(TextReporter.summaryLine(summary));
    if (summary.baselined() > 0) {
      getLog().info(summary.baselined() + " findings in the baseline, not shown");
    }
    String see = reportFiles.isEmpty() ? "" : "; see " + display(reportFiles.get(0));
    if (!failOnViolation && !summary.passed()) {
      getLog()
          .warn(
              "pushcheck: "
                  + summary.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " (failOnViolation=false: the build goes on)"
                  + see);
      return;
    }
    switch (summary.verdict()) {
      case UNREADABLE_INPUT ->
          throw new MojoExecutionException(
              "pushcheck: "
                  + (summary.inputErrors().isEmpty()
                      ? ""
                      : count(summary.inputErrors().size(), "input")
                          + (summary.unreadable() > 0 ? " and " : ""))
                  + (summary.unreadable() > 0 ? count(summary.unreadable(), "message") : "")
                  + " could not be read"
                  + see);
      case VIOLATIONS ->
          throw new MojoFailureException(
              "pushcheck: " + count(summary.invalid(), "invalid message") + see);
      case WARNINGS ->
          throw new MojoFailureException(
              "pushcheck: "
                  + count(summary.warnings(), "warning")
                  + " and failOnWarning is set"
                  + see);
      case EMPTY ->
          throw new MojoFailureException(
              "pushcheck: "
                  + TextReporter.emptyRunLine(summary)
                  + "; set <allowEmpty>true</allowEmpty> (-Dpushcheck.allowEmpty) if that is"
                  + " expected");
      case CONFORMANT -> {}
    }
  }

  private Engine engine() throws MojoExecutionException {
    try {
      return Engine.ofLabel(engine.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("pushcheck: <engine>: " + e.getMessage(), e);
    }
  }

  private Set<Kind> kinds() throws MojoExecutionException {
    try {
      return Kind.setOf(kinds);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("pushcheck: <kinds>: " + e.getMessage(), e);
    }
  }

  /**
   * Findings go to the log at their level. Lines without a level (the summary, per-action counts)
   * stay in report.txt; the log gets the one summary line after the run.
   */
  private void log(Severity level, String line) {
    if (level == null) {
      getLog().debug(line);
    } else if (level == Severity.ERROR) {
      getLog().error(line);
    } else {
      getLog().warn(line);
    }
  }

  /** A path for messages: relative to the project when inside it. */
  private String display(Path path) {
    Path base = basedir.toPath().toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(base)
        ? FileSet.slashes(base.relativize(absolute))
        : absolute.toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void deleteQuietly(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the original problem is the one to report
      }
    }
  }
}
