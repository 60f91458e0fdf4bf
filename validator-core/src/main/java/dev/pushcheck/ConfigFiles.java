package dev.pushcheck;

import dev.pushcheck.internal.input.JsonInput;
import dev.pushcheck.internal.schema.ToolSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads pushcheck's own JSON files, checked against their schema; problems name file:line:col. */
final class ConfigFiles {
  private ConfigFiles() {}

  static JsonNode read(Path file, ToolSchema schema) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new PushcheckException.InvalidConfig(file + ": no such file");
    } catch (IOException e) {
      throw new PushcheckException.InvalidConfig(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(file.toString(), text, schema);
  }

  /** A config document given as text; {@code name} says where it comes from in messages. */
  static JsonNode parse(String file, String text, ToolSchema schema) {
    JsonNode document;
    try {
      document = JsonInput.readValue(text);
    } catch (JacksonException e) {
      var at = e.getLocation();
      String position = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new PushcheckException.InvalidConfig(
          file + position + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<String> problems = schema.problems(document);
    if (!problems.isEmpty()) {
      throw new PushcheckException.InvalidConfig(
          file
              + (Character.isDigit(problems.get(0).charAt(0)) ? ":" : ": ")
              + problems.get(0)
              + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
    }
    return document;
  }
}
