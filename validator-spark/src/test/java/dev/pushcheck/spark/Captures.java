package dev.pushcheck.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A generated multi-file capture made of the examples' messages: plain JSON Lines files (split in
 * parts when the split size is small), gzip'd ones, HAR captures, in nested directories, with
 * blank, malformed, CRLF and over-long lines, conversations that cross part boundaries, and files
 * of no message.
 */
final class Captures {
  private Captures() {}

  /** Writes about {@code messages} messages under {@code dir}; returns how many files it wrote. */
  static int generate(Path dir, int messages, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../examples/pushes.jsonl"))) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    String har = Files.readString(Path.of("../examples/agent-session.har"));
    List<String> conversation = conversationLines();
    int files = 0;
    int written = 0;
    while (written < messages) {
      int n = 200 + random.nextInt(6_000);
      String sub = "day-" + (files % 4);
      Files.createDirectories(dir.resolve(sub));
      switch (files % 7) {
        case 5 -> {
          Files.writeString(dir.resolve(sub).resolve("session-" + files + ".har"), har);
          written += 30;
        }
        case 6 -> {
          try (OutputStream out =
                  new GZIPOutputStream(
                      Files.newOutputStream(
                          dir.resolve(sub).resolve("pushes-" + files + ".jsonl.gz")));
              Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            written += writeLines(w, n, lines, conversation, random);
          }
        }
        default -> {
          try (Writer w =
              Files.newBufferedWriter(dir.resolve(sub).resolve("pushes-" + files + ".jsonl"))) {
            written += writeLines(w, n, lines, conversation, random);
          }
        }
      }
      files++;
    }
    Files.writeString(dir.resolve("empty.jsonl"), "");
    Files.writeString(dir.resolve("blank.ndjson"), "\n \n");
    Files.writeString(dir.resolve("notes.txt"), "not a capture: not read in a directory\n");
    return files + 2;
  }

  private static int writeLines(
      Writer w, int n, List<String> lines, List<String> conversation, Random random)
      throws IOException {
    int messages = 0;
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(1000);
      if (pick < 5) {
        w.write("\n"); // blank: no message
        continue;
      }
      if (pick < 8) {
        w.write("{\"action\": \"incoming_chat\", \"payload\": \n");
      } else if (pick < 10) {
        w.write(lines.get(random.nextInt(lines.size())) + "\r\n");
      } else if (pick < 20) {
        for (String line : conversation) {
          w.write(line + "\n");
          messages++;
        }
        continue;
      } else {
        w.write(lines.get(random.nextInt(lines.size())) + "\n");
      }
      messages++;
    }
    return messages;
  }

  /** The HAR's frames as JSON Lines: requests answered a few lines later. */
  private static List<String> conversationLines() throws IOException {
    // Spark's own Jackson 2 reads the HAR here: the tests' class path has it anyway.
    var har =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Path.of("../examples/agent-session.har").toFile());
    List<String> frames = new ArrayList<>();
    for (var entry : har.path("log").path("entries")) {
      for (var frame : entry.path("_webSocketMessages")) {
        String data = frame.path("data").asText();
        if (data.startsWith("{")) {
          frames.add(data);
        }
      }
    }
    return frames;
  }
}
