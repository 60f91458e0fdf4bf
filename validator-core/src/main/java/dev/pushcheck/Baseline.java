package dev.pushcheck;

import dev.pushcheck.internal.input.JsonInput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Findings accepted at one point in time, so that a run reports only new ones. A finding is known
 * by its fingerprint: input, action, rule, pointer, expected, actual, and its occurrence among
 * identical fingerprints in that input, in input order. Line numbers are not part of it, so edits
 * that only move lines keep findings matched. {@code schemas/baseline/baseline.schema.json}
 * describes the file. Immutable.
 */
public final class Baseline {
  private static final Baseline NONE = new Baseline(Set.of(), Optional.empty());

  private final Set<Fingerprint> accepted;
  private final Optional<Path> writeTo;

  private Baseline(Set<Fingerprint> accepted, Optional<Path> writeTo) {
    this.accepted = accepted;
    this.writeTo = writeTo;
  }

  /** No baseline: every finding is reported. */
  public static Baseline none() {
    return NONE;
  }

  /**
   * Reads a baseline file; the run then reports only findings it does not list.
   *
   * @throws PushcheckException if the file cannot be read or is not a baseline ({@code
   *     file:line:col: problem})
   */
  public static Baseline read(Path file) {
    JsonNode document = ConfigFiles.read(file, ToolSchemas.BASELINE.get());
    Set<Fingerprint> fingerprints = new HashSet<>();
    for (JsonNode f : document.path("findings")) {
      fingerprints.add(
          new Fingerprint(
              f.path("source").asString(),
              f.path("action").asString(),
              f.path("rule").asString(),
              f.path("pointer").asString(),
              f.path("expected").asString(),
              f.path("actual").asString(),
              f.path("occurrence").asInt()));
    }
    return new Baseline(Set.copyOf(fingerprints), Optional.empty());
  }

  /**
   * A baseline to write: the run records every finding (after rule levels and ignores) into {@code
   * file} and reports them all as baselined, so the run that adopts a baseline passes.
   */
  public static Baseline writeTo(Path file) {
    return new Baseline(Set.of(), Optional.of(file));
  }

  /** The file this baseline is written to at the end of the run, if it is one to write. */
  public Optional<Path> file() {
    return writeTo;
  }

  /** How many findings the baseline accepts. */
  public int size() {
    return accepted.size();
  }

  record Fingerprint(
      String source,
      String action,
      String rule,
      String pointer,
      String expected,
      String actual,
      int occurrence) {}

  /** One run's use of a baseline: counts occurrences in input order, collects what to write. */
  final class Run {
    private final Map<Fingerprint, Integer> occurrences = new HashMap<>();
    private final List<Fingerprint> written = new ArrayList<>();
    private String source = "";

    /** The result without its accepted findings; adds how many it dropped to {@code tally}. */
    MessageResult apply(MessageResult result, Summary.Tally tally) {
      if (result.findings().isEmpty() || (accepted.isEmpty() && writeTo.isEmpty())) {
        return result;
      }
      if (!result.source().equals(source)) {
        source = result.source();
        occurrences.clear();
      }
      List<Finding> kept = new ArrayList<>();
      for (Finding finding : result.findings()) {
        Fingerprint key =
            new Fingerprint(
                result.source().replace('\\', '/'),
                result.action(),
                finding.rule().name(),
                finding.pointer(),
                finding.expected(),
                finding.actual(),
                0);
        int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
        Fingerprint fingerprint =
            new Fingerprint(
                key.source(),
                key.action(),
                key.rule(),
                key.pointer(),
                key.expected(),
                key.actual(),
                occurrence);
        if (writeTo.isPresent()) {
          written.add(fingerprint);
        } else if (!accepted.contains(fingerprint)) {
          kept.add(finding);
        }
      }
      if (kept.size() == result.findings().size()) {
        return result;
      }
      tally.addBaselined(result.findings().size() - kept.size());
      return Policy.withFindings(result, kept);
    }

    /** Writes the baseline file, if this is a baseline to write. */
    void finish() {
      if (writeTo.isEmpty()) {
        return;
      }
      Path file = writeTo.get();
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            JsonGenerator json =
                JsonInput.MAPPER.writer().withDefaultPrettyPrinter().createGenerator(out)) {
          json.writeStartObject();
          json.writeNumberProperty("pushcheckBaseline", 1);
          json.writeArrayPropertyStart("findings");
          for (Fingerprint f : written) {
            json.writeStartObject();
            json.writeStringProperty("source", f.source());
            json.writeStringProperty("action", f.action());
            json.writeStringProperty("rule", f.rule());
            json.writeStringProperty("pointer", f.pointer());
            json.writeStringProperty("expected", f.expected());
            json.writeStringProperty("actual", f.actual());
            json.writeNumberProperty("occurrence", f.occurrence());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeRaw('\n');
        }
      } catch (IOException | JacksonException e) {
        throw new PushcheckException(
            "cannot write the baseline " + file + ": " + e.getMessage(), e);
      }
    }
  }

  Run start() {
    return new Run();
  }
}
