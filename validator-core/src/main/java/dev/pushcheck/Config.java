package dev.pushcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A project's {@code pushcheck.json}: rule levels and ignores (the {@link Policy}), the API
 * version, the report formats and what fails the run. {@code
 * schemas/config/pushcheck-config.schema.json} describes it. Adapters read it, then let their own
 * options win: {@link #applyTo} gives the options the file asks for.
 *
 * @param file the file read, or empty for no file
 * @param apiVersion the API version for pushes without a {@code version} field
 * @param formats reports to write ({@code FORMAT} or {@code FORMAT=FILE}) unless the adapter is
 *     given some
 * @param failOnWarning {@code "failOn": "warning"}: empty when the file does not say
 * @param policy the rule levels and ignores
 */
public record Config(
    Optional<Path> file,
    Optional<String> apiVersion,
    List<String> formats,
    Optional<Boolean> failOnWarning,
    Policy policy) {

  /** The file a project keeps its config in, in its directory. */
  public static final String FILE_NAME = "pushcheck.json";

  /** No config file: nothing changes. */
  public static final Config NONE =
      new Config(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Policy.NONE);

  public Config {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    formats = List.copyOf(formats);
    Objects.requireNonNull(failOnWarning, "failOnWarning == null");
    Objects.requireNonNull(policy, "policy == null");
  }

  /**
   * The config given by an option if there is one (it must exist), else {@code pushcheck.json} in
   * {@code directory} if it exists, else {@link #NONE}.
   *
   * @param given the file named by {@code --config} / {@code <configFile>}, or null
   * @throws PushcheckException if the file cannot be read or does not follow the schema (the
   *     message names {@code file:line:col})
   */
  public static Config find(Path given, Path directory) {
    if (given != null) {
      return load(directory.resolve(given));
    }
    Path candidate = directory.resolve(FILE_NAME);
    return Files.isRegularFile(candidate) ? load(candidate) : NONE;
  }

  /**
   * Reads a config file.
   *
   * @throws PushcheckException if the file cannot be read or does not follow the schema
   */
  public static Config load(Path file) {
    return of(file, ConfigFiles.read(file, ToolSchemas.CONFIG.get()));
  }

  /**
   * A config file's content, read elsewhere (an engine reads it once and sends it to its machines).
   *
   * @param file where it was read, for messages and {@link #file}
   * @throws PushcheckException if the text does not follow the schema
   */
  public static Config parse(Path file, String text) {
    return of(file, ConfigFiles.parse(file.toString(), text, ToolSchemas.CONFIG.get()));
  }

  private static Config of(Path file, JsonNode config) {
    Map<Rule, Policy.Level> rules = new EnumMap<>(Rule.class);
    config
        .path("rules")
        .properties()
        .forEach(
            e ->
                rules.put(
                    Rule.valueOf(e.getKey()),
                    Policy.Level.valueOf(e.getValue().asString().toUpperCase(Locale.ROOT))));
    List<Policy.Ignore> ignores = new ArrayList<>();
    for (JsonNode ignore : config.path("ignore")) {
      ignores.add(
          new Policy.Ignore(
              ignore.has("rule") ? Rule.valueOf(ignore.get("rule").asString()) : null,
              ignore.path("action").asString(""),
              ignore.path("pointer").asString(""),
              ignore.path("files").asString("")));
    }
    List<String> formats = new ArrayList<>();
    config.path("formats").forEach(f -> formats.add(f.asString()));
    return new Config(
        Optional.of(file),
        config.has("apiVersion")
            ? Optional.of(config.get("apiVersion").asString())
            : Optional.empty(),
        formats,
        config.has("failOn")
            ? Optional.of(config.get("failOn").asString().equals("warning"))
            : Optional.empty(),
        Policy.of(rules, ignores));
  }

  /**
   * The options with what this file asks for: its API version and failOn where the options have
   * none, and its policy (keeping the options' baseline).
   */
  public CheckOptions applyTo(CheckOptions options) {
    CheckOptions result = options;
    if (options.apiVersion().isEmpty() && apiVersion.isPresent()) {
      result = result.withApiVersion(apiVersion.get());
    }
    if (!options.failOnWarning() && failOnWarning.orElse(false)) {
      result = result.withFailOnWarning(true);
    }
    return result.withPolicy(
        Policy.of(policy.rules(), policy.ignores()).withBaseline(options.policy().baseline()));
  }
}
