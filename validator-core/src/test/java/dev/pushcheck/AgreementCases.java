package dev.pushcheck;

import dev.pushcheck.internal.input.JsonInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what the ajv agreement ({@code src/test/ajv/check.mjs}, profile {@code ajv-agreement})
 * checks: every version's published schemas, exported as a user would ({@link SchemaSets#export}),
 * and every example and generated mutation with pushcheck's verdict. Written fresh by the same
 * build that runs ajv, so ajv never reads cases that a filtered test run left behind.
 *
 * <p>Usage: {@code AgreementCases OUT_DIR} writes {@code OUT_DIR/schemas/<version>/} and {@code
 * OUT_DIR/cases.jsonl}.
 */
public final class AgreementCases {
  private AgreementCases() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    for (String version : SchemaSets.versions()) {
      SchemaSets.export(version, out.resolve("schemas").resolve(version));
    }
    int cases = 0;
    try (BufferedWriter writer =
        Files.newBufferedWriter(out.resolve("cases.jsonl"), StandardCharsets.UTF_8)) {
      for (Examples.Example example : Examples.all()) {
        PushValidator validator = PushValidator.forVersion(example.version());
        JsonNode message = JsonInput.readValue(example.text());
        write(writer, example, example.name(), message, validator);
        cases++;
        for (Mutation m : MutationGenerator.mutations(example.kind(), example.version(), message)) {
          write(writer, example, example.name() + ": " + m.description(), m.message(), validator);
          cases++;
        }
      }
    }
    System.out.printf("ajv agreement: %d cases written to %s%n", cases, out);
  }

  private static void write(
      BufferedWriter writer,
      Examples.Example example,
      String name,
      JsonNode message,
      PushValidator validator)
      throws IOException {
    ObjectNode c = JsonInput.MAPPER.createObjectNode();
    c.put("name", name);
    c.put("version", example.version());
    c.put("kind", example.kind().label());
    c.set("message", message);
    c.put("pushcheckValid", validator.validate(message.toString(), example.kind()).isValid());
    writer.write(c.toString());
    writer.newLine();
  }
}
