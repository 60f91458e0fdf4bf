package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.pushcheck.Pushcheck;
import dev.pushcheck.SchemaSets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: each {@code golden/<case>/} holds {@code case.properties} (the arguments, the
 * expected exit code, optional stdin and generated inputs) and the expected stdout and stderr,
 * compared with {@code assertLinesMatch} (a line may be a regex). Paths print as {@code «in»} (the
 * test inputs) and {@code «tmp»} (inputs generated for the case), the list of bundled API versions
 * as {@code «versions»}. Regenerate with {@code -Dpushcheck.updateGoldens=true}, then review the
 * diff.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path INPUTS = Path.of("src/test/resources/inputs").toAbsolutePath();
  static final List<String> CASE_FILES =
      List.of("case.properties", "expected-err.txt", "expected-out.txt");

  /** The bundled versions as messages list them; a new version changes no golden file. */
  private static final String BUNDLED_VERSIONS = String.join(", ", SchemaSets.versions());

  private static final String VERSION_LINE = "  \"pushcheck\" : \"[^\"]+\",";
  private static final Schema REPORT_SCHEMA = reportSchema();

  @TempDir static Path tmp;

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    return caseDirectories()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyCaseHasItsExpectedFilesAndNothingElse() throws IOException {
    List<Path> cases = caseDirectories().toList();
    assertThat(cases).hasSizeGreaterThan(20);
    for (Path dir : cases) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()).sorted())
            .as("files of golden case %s", dir.getFileName())
            .containsExactlyElementsOf(CASE_FILES);
      }
    }
  }

  static Stream<Path> caseDirectories() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static void check(Path dir) throws IOException {
    Properties spec = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve("case.properties"))) {
      spec.load(in);
    }
    Path caseTmp = Files.createDirectories(tmp.resolve(dir.getFileName()));
    prepare(spec.getProperty("prepare", ""), caseTmp);
    String[] args =
        Arrays.stream(spec.getProperty("args").trim().split("\\s+"))
            .map(a -> a.replace("«in»", INPUTS.toString()).replace("«tmp»", caseTmp.toString()))
            .toArray(String[]::new);
    String stdin = spec.getProperty("stdin", "");
    byte[] stdinBytes = stdin.isEmpty() ? new byte[0] : Files.readAllBytes(INPUTS.resolve(stdin));

    CliRun run = CliRun.run(CliRun.PIPED, stdinBytes, args);

    List<String> out = normalise(run.outLines(), caseTmp);
    List<String> err = normalise(run.errLines(), caseTmp);
    if (Boolean.getBoolean("pushcheck.updateGoldens")) {
      write(
          dir.resolve("expected-out.txt"),
          out.stream().map(l -> l.startsWith("  \"pushcheck\" : ") ? VERSION_LINE : l).toList());
      write(dir.resolve("expected-err.txt"), err);
    }
    assertThat(run.exit())
        .as("exit code; stderr: %s", run.err())
        .isEqualTo(Integer.parseInt(spec.getProperty("exit")));
    assertLinesMatch(read(dir.resolve("expected-out.txt")), out, "stdout");
    assertLinesMatch(read(dir.resolve("expected-err.txt")), err, "stderr");
    run.assertCountsAddUp();
    if (run.out().startsWith("{") && run.out().contains("sarif-2.1.0.json")) {
      ReportSchemas.assertValidSarif(run.out());
    } else if (run.out().startsWith("{")) {
      List<Error> errors = REPORT_SCHEMA.validate(run.json());
      assertThat(errors).as("report.schema.json errors").isEmpty();
    } else if (run.out().startsWith("<?xml")) {
      ReportSchemas.assertValidJunit(run.out());
    } else if (run.out().startsWith("<!DOCTYPE html>")) {
      ReportSchemas.assertSelfContainedHtml(run.out());
    }
  }

  /**
   * {@code gzip:F}, {@code zlib:F}, {@code truncated-gzip:F}, {@code mkdir:D} (an empty directory),
   * comma-separated.
   */
  private static void prepare(String steps, Path caseTmp) throws IOException {
    for (String step : steps.split(",")) {
      if (step.isBlank()) {
        continue;
      }
      String[] kindAndFile = step.trim().split(":");
      String name = kindAndFile[1];
      if (kindAndFile[0].equals("mkdir")) {
        Files.createDirectories(caseTmp.resolve(name));
        continue;
      }
      byte[] content = Files.readAllBytes(INPUTS.resolve(name));
      switch (kindAndFile[0]) {
        case "gzip" -> Files.write(caseTmp.resolve(name + ".gz"), gzip(content));
        case "zlib" ->
            Files.write(
                caseTmp.resolve(name.replaceFirst("\\.har$", ".zhar")), compress(content, false));
        case "truncated-gzip" -> Files.write(caseTmp.resolve(name + ".gz"), truncatedGzip(content));
        default -> throw new IllegalArgumentException("unknown prepare step " + step);
      }
    }
  }

  /**
   * A gzip stream that breaks off after 60% of the content: flushed, never finished, so the part
   * that decodes does not depend on the zlib build.
   */
  private static byte[] truncatedGzip(byte[] content) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    GZIPOutputStream out = new GZIPOutputStream(bytes, true);
    out.write(content, 0, content.length * 3 / 5);
    out.flush();
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] content) throws IOException {
    return compress(content, true);
  }

  private static byte[] compress(byte[] content, boolean gzip) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static List<String> normalise(List<String> lines, Path caseTmp) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(
          line.replace(caseTmp.toString(), "«tmp»")
              .replace(INPUTS.toString(), "«in»")
              .replace(BUNDLED_VERSIONS, "«versions»")
              .replace(Pushcheck.version(), "«version»"));
    }
    return result;
  }

  private static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.write(Path.of("").toAbsolutePath().resolve(file), lines, StandardCharsets.UTF_8);
  }

  /** The report schema as the core jar packages it, compiled by a plain 2020-12 registry. */
  static Schema reportSchema() {
    String base = "https://pushcheck.dev/schemas/report/";
    SchemaRegistry registry =
        SchemaRegistry.withDialect(
            Dialects.getDraft202012(),
            b ->
                b.schemaIdResolvers(r -> r.mapPrefix(base, "classpath:pushcheck/schemas/report/")));
    Schema schema = registry.getSchema(SchemaLocation.of(base + "report.schema.json"));
    schema.initializeValidators();
    return schema;
  }
}
