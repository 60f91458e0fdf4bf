package dev.pushcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged jar as users run it: a separate JVM, the real {@code main} and exit code. */
class PushcheckJarIT {
  private static final Path JAR = Path.of("target/pushcheck.jar");

  @Test
  void validatesTheExamples() throws Exception {
    assertThat(JAR).as("run after 'package'").isRegularFile();
    Path out = Files.createTempFile("pushcheck-out", ".txt");
    Path err = Files.createTempFile("pushcheck-err", ".txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "validate",
                "../examples")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(emptyFile()))
            .start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(Files.readString(err)).as("stderr").isEmpty();
    assertThat(process.exitValue()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertLinesMatch(
        List.of(
            "../examples/agent-session.har:194:11 (entry 1, frame 8): error: [REQUIRED] /payload/event/id: missing required field (expected present, got absent)",
            "../examples/agent-session.har:230:11 (entry 1, frame 14): warning: [PUSH_REQUEST_ID_UNKNOWN] /request_id: push request_id of no request: the request_id of a push applies only to the requester (expected the request_id of an earlier request of this connection, got \"5083741287\")",
            "../examples/agent-session.har:242:11 (entry 1, frame 16): error: [TYPE] /payload/thread_id: wrong type (expected string, got integer)",
            "../examples/agent-session.har:248:11 (entry 1, frame 17): error: [UNKNOWN_ACTION] /action: unknown action: `routing_status_sets` is not a push of any API version; did you mean `routing_status_set`? (expected a 3.6 push action, got \"routing_status_sets\")",
            "../examples/pushes.jsonl:11:205: warning: [UNDOCUMENTED_FIELD] /payload/seen_by_bot: undocumented field \"seen_by_bot\"",
            "../examples/pushes.jsonl:12:234: error: [TYPE] /payload/typing_indicator/is_typing: wrong type (expected boolean, got string)",
            "../examples/pushes.jsonl:14:70: error: [REQUIRED] /payload/chat_id: missing required field (expected present, got absent)",
            "../examples/webhooks/agent_deleted.json:5:22: error: [TYPE] /organization_id: wrong type (expected string, got integer)",
            "../examples/webhooks/customer_session_fields_updated-as-push.json:3:13: error: [WRONG_KIND] /action: action of another kind of message: `customer_session_fields_updated` is a webhook, not a push (expected a 3.6 push action, got \"customer_session_fields_updated\")",
            "40 messages (26 pushes, 4 requests, 5 responses, 4 webhooks): 32 valid, 7 invalid, 0 unreadable, 1 skipped (1 binary frame); 2 warnings",
            ">> per-action counts >>"),
        lines);
    new CliRun(process.exitValue(), String.join("\n", lines), "").assertCountsAddUp();
  }

  @Test
  void theLauncherScriptRunsTheJarWithTheSameResultsAndSharesClassData() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a POSIX shell script");
    Path launcher = Path.of("../pushcheck");
    assertThat(launcher).isRegularFile().isExecutable();
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path cache = Files.createTempDirectory("pushcheck-cache");
    String[] args = {"validate", "--format", "json", "../examples"};
    String jarOut =
        run(
            new ProcessBuilder(
                List.of(javaHome.resolve("bin/java").toString(), "-jar", JAR.toString())),
            args,
            1);

    // The first run writes the class-data archive, the second maps it: neither may print a word
    // of it among the report.
    for (int round = 1; round <= 2; round++) {
      ProcessBuilder viaLauncher = new ProcessBuilder(List.of(launcher.toString()));
      viaLauncher.environment().put("JAVA_HOME", javaHome.toString());
      viaLauncher.environment().put("PUSHCHECK_JAVA_OPTS", "-Xmx128m");
      viaLauncher.environment().put("PUSHCHECK_CACHE", cache.toString());
      assertThat(run(viaLauncher, args, 1)).as("round %d", round).isEqualTo(jarOut);
      try (var archives = Files.list(cache)) {
        assertThat(archives.map(p -> p.getFileName().toString()).toList())
            .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .matches("pushcheck-\\d+\\.jsa");
      }
    }
    assertThat(jarOut).contains("\"verdict\"");
  }

  @Test
  void everyCopyOfTheJarGetsAClassDataArchiveTheJvmMaps() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a POSIX shell script");
    // The same jar at another path: the JVM would silently ignore the first copy's archive there.
    Path copy = Files.createTempDirectory("pushcheck-copy");
    Files.copy(
        Path.of("../pushcheck"), copy.resolve("pushcheck"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(JAR, copy.resolve("pushcheck.jar"));
    Path cache = Files.createTempDirectory("pushcheck-cache");
    Path push = Files.writeString(copy.resolve("push.json"), CONFORMING_PUSH);
    String[] args = {"validate", "--quiet", push.toString()};
    for (Path launcher : List.of(Path.of("../pushcheck"), copy.resolve("pushcheck"))) {
      // -Xshare:on makes an archive the JVM cannot map a fatal error instead of a silent one.
      assertThat(run(launcher(launcher, cache, "-Xshare:on"), args, 0)).contains("1 valid");
    }
    try (var archives = Files.list(cache)) {
      assertThat(archives).hasSize(2);
    }
    // The jar replaced in place by one of another time: its archive is written again.
    Files.setLastModifiedTime(
        copy.resolve("pushcheck.jar"), FileTime.from(Instant.now().minusSeconds(3600)));
    assertThat(run(launcher(copy.resolve("pushcheck"), cache, "-Xshare:on"), args, 0))
        .contains("1 valid");
  }

  private static final String CONFORMING_PUSH =
      "{\"version\":\"3.6\",\"action\":\"chat_deactivated\",\"type\":\"push\","
          + "\"payload\":{\"chat_id\":\"C\",\"thread_id\":\"T\",\"user_id\":\"a@b.c\"}}";

  private static ProcessBuilder launcher(Path launcher, Path cache, String javaOptions) {
    ProcessBuilder command = new ProcessBuilder(List.of(launcher.toString()));
    command.environment().put("JAVA_HOME", System.getProperty("java.home"));
    command.environment().put("PUSHCHECK_JAVA_OPTS", javaOptions);
    command.environment().put("PUSHCHECK_CACHE", cache.toString());
    return command;
  }

  /** Runs the command with these arguments; asserts its exit code and an empty stderr. */
  private static String run(ProcessBuilder command, String[] args, int exit) throws Exception {
    List<String> line = new java.util.ArrayList<>(command.command());
    line.addAll(List.of(args));
    Process process =
        command.command(line).redirectInput(ProcessBuilder.Redirect.from(emptyFile())).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(err).as("stderr").isEmpty();
    assertThat(process.exitValue()).isEqualTo(exit);
    return out;
  }

  @Test
  void carriesEveryBundledComponentsNoticeAndOnlyRelocatedEngineClasses() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      // picocli's jar has no Maven metadata; it is the one component not relocated into dev/
      assertThat(names.stream().filter(n -> n.endsWith(".class")))
          .allMatch(n -> n.startsWith("dev/pushcheck/") || n.startsWith("picocli/"));
      List<String> bundled =
          java.util.stream.Stream.concat(
                  names.stream()
                      .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                      .filter(n -> !n.startsWith("META-INF/maven/dev.pushcheck/"))
                      .map(n -> n.split("/")[3]),
                  java.util.stream.Stream.of("picocli"))
              .toList();

      assertThat(bundled)
          .contains("json-schema-validator", "jackson-databind", "slf4j-api", "picocli");
      assertThat(names)
          .as("a notice per bundled component")
          .containsAll(bundled.stream().map(a -> "META-INF/licenses/" + a + ".txt").toList())
          .contains("META-INF/LICENSE", "META-INF/NOTICE", "META-INF/FastDoubleParser-LICENSE");
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      assertThat(text(jar, "META-INF/licenses/slf4j-api.txt")).contains("Permission is hereby");
      assertThat(names)
          .as("the engine only relocated, and no YAML modules")
          .noneMatch(
              n ->
                  n.startsWith("com/networknt/")
                      || n.startsWith("tools/jackson/")
                      || n.startsWith("com/fasterxml/")
                      || n.startsWith("org/slf4j/")
                      || n.matches("META-INF/versions/\\d+/(tools|com|org)/.*")
                      || n.contains("snakeyaml")
                      || n.contains("dataformat/yaml"));
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.pushcheck.cli");
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    try (var in = jar.getInputStream(jar.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ProcessBuilder pushcheck(String... args) {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    return builder;
  }

  @Test
  void jsonReportIsUtf8InAPosixLocale() throws Exception {
    Path push = Files.createTempFile("pushcheck-utf8", ".json");
    Files.writeString(
        push,
        "{\"action\":\"incoming_typing_indicator\",\"type\":\"push\",\"payload\":{\"na\u00efve\":1}}",
        StandardCharsets.UTF_8);
    Path out = Files.createTempFile("pushcheck-out", ".json");
    Process process =
        pushcheck("validate", "--format", "json", push.toString())
            .redirectOutput(out.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(emptyFile()))
            .start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String report =
        StandardCharsets.UTF_8
            .newDecoder()
            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(out)))
            .toString();
    assertThat(report).contains("/payload/na\u00efve").doesNotContain("na?ve");
  }

  @Test
  void aFullDiskFailsTheRunWithOneLine() throws Exception {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full");
    Path err = Files.createTempFile("pushcheck-err", ".txt");
    Process process =
        pushcheck("validate", "../examples")
            .redirectOutput(new java.io.File("/dev/full"))
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(emptyFile()))
            .start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(Files.readAllLines(err))
        .containsExactly("pushcheck: cannot write the report: no space left on device");
  }

  @Test
  void aClosedPipeStopsTheRunQuietly() throws Exception {
    Path capture = Files.createTempFile("pushcheck-many", ".jsonl");
    String invalid =
        "{\"version\":\"3.6\",\"action\":\"incoming_typing_indicator\",\"type\":\"push\",\"payload\":{}}\n";
    Files.writeString(capture, invalid.repeat(200_000));
    Path err = Files.createTempFile("pushcheck-err", ".txt");
    Process process =
        pushcheck("validate", capture.toString())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(emptyFile()))
            .start();
    try (var lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).contains("error");
    }

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(Files.readString(err)).isEmpty();
  }

  private static java.io.File emptyFile() throws IOException {
    return Files.createTempFile("pushcheck-in", ".txt").toFile();
  }
}
