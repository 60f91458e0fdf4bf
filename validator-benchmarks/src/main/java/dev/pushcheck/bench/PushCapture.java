package dev.pushcheck.bench;

import dev.pushcheck.SchemaSets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the capture of the engine benchmark against ajv ({@code bench/ajv.sh}): COUNT pushes of
 * API 3.6 in JSON Lines, the example of every push of the version in turn (or of ACTION only), one
 * line in a hundred with one defect that any JSON Schema validator sees (an envelope {@code type}
 * outside its enum, or a {@code version} that is a number). No responses, no malformed lines: both
 * validators see the same messages and must give the same verdicts.
 *
 * <pre>
 * java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.PushCapture OUT.jsonl COUNT [ACTION]
 * </pre>
 */
public final class PushCapture {
  private PushCapture() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: PushCapture OUT.jsonl COUNT [ACTION]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long count = Long.parseLong(args[1]);
    String only = args.length == 3 ? args[2] : null;
    List<String> pushes = new ArrayList<>();
    for (String action : SchemaSets.actions("3.6")) {
      if (only == null || action.equals(only)) {
        pushes.add(
            ValidateBenchmark.Samples.read("3.6/" + action + ".json").replaceAll("\\s*\n\\s*", ""));
      }
    }
    if (pushes.isEmpty()) {
      System.err.println("no 3.6 example push named " + only);
      System.exit(2);
    }
    long bytes = 0;
    long defects = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long n = 0; n < count; n++) {
        String line = pushes.get((int) (n % pushes.size()));
        if (n % 100 == 99) {
          defects++;
          line =
              n % 200 == 99
                  ? line.replaceFirst("\"type\":\\s*\"push\"", "\"type\":\"pushh\"")
                  : line.replaceFirst("\"version\":\\s*\"3.6\"", "\"version\":36");
        }
        w.write(line);
        w.write('\n');
        bytes += line.length() + 1;
      }
    }
    System.out.printf(
        "%s: %d pushes (%d kinds, %d with a defect), %d MB%n",
        out, count, pushes.size(), defects, bytes >> 20);
  }
}
