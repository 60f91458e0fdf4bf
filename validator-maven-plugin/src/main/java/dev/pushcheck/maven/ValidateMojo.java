package dev.pushcheck.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.pushcheck.Check;
import dev.pushcheck.CheckOptions;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.PushcheckException;
import dev.pushcheck.Reporter;
import dev.pushcheck.Severity;
import dev.pushcheck.Summary;
import dev.pushcheck.report.JsonReporter;
import dev.pushcheck.report.TextReporter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's push fixtures and captures (JSON, JSON Lines, HAR, optionally gzipped)
 * against the bundled LiveChat Agent Chat API schemas, and fails the build on violations. Writes
 * {@code report.txt} and {@code report.json} (the CLI's format) to {@code reportDirectory}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, threadSafe = true)
public class ValidateMojo extends AbstractMojo {
  static final List<String> DEFAULT_INCLUDES =
      List.of(
          "**/*.json", "**/*.jsonl", "**/*.har", "**/*.json.gz", "**/*.jsonl.gz", "**/*.har.gz");

  /**
   * The files to check: each {@code <source>} has a {@code <directory>} and optional {@code
   * <includes>}/{@code <excludes>} (Ant patterns; no includes: the default ones). Default: {@code
   * src/test/resources} with {@code **}{@code /*.json}, {@code **}{@code /*.jsonl} and {@code
   * **}{@code /*.har}, each also gzipped ({@code .gz}).
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

  /** Fail the build when there are warnings, keeping them warnings in the reports. */
  @Parameter(property = "pushcheck.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Every message that is not a push is an error (for folders of push fixtures). */
  @Parameter(property = "pushcheck.pushesOnly", defaultValue = "false")
  private boolean pushesOnly;

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
   * Where {@code report.txt} and {@code report.json} are written. Give each execution its own
   * directory when a project has several.
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
    CheckOptions options =
        CheckOptions.of(inputs)
            .withApiVersion(apiVersion == null || apiVersion.isBlank() ? null : apiVersion.trim())
            .withStrict(strict)
            .withFailOnWarning(failOnWarning)
            .withPushesOnly(pushesOnly)
            .withAllowEmpty(allowEmpty)
            .withBaseDirectory(basedir.toPath().toAbsolutePath());
    Path text = reportDirectory.toPath().resolve("report.txt");
    Path json = reportDirectory.toPath().resolve("report.json");
    Summary summary;
    try {
      Files.createDirectories(reportDirectory.toPath());
      try (PrintWriter textOut = new PrintWriter(Files.newBufferedWriter(text, UTF_8));
          Writer jsonOut = Files.newBufferedWriter(json, UTF_8)) {
        summary =
            Check.run(
                options,
                InputStream.nullInputStream(),
                Reporter.all(
                    new TextReporter(this::log, false, 0, false),
                    TextReporter.to(textOut, false, 0, false),
                    new JsonReporter(jsonOut, Pushcheck.version())));
      }
    } catch (PushcheckException e) {
      deleteQuietly(text, json);
      throw new MojoExecutionException("pushcheck: " + e.getMessage(), e);
    } catch (IOException e) {
      deleteQuietly(text, json);
      throw new MojoExecutionException(
          "pushcheck: cannot write the reports to "
              + display(reportDirectory.toPath())
              + ": "
              + e.getMessage(),
          e);
    }
    summary
        .emptyInputs()
        .forEach(note -> getLog().info(note.source() + ": note: " + note.message()));
    getLog().info(TextReporter.summaryLine(summary));
    String see = "; see " + display(text);
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

  private static void deleteQuietly(Path... files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the original problem is the one to report
      }
    }
  }
}
