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
 * Writes a large, realistic JSON Lines capture for whole-process benchmarks: every 3.6 push in turn
 * (with its {@code version} field), one response per 10 pushes, and a few deliberate problems (an
 * undocumented field every 1,000 messages, a wrong envelope type every 5,000, a malformed line
 * every 50,000).
 *
 * <pre>
 * java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.CaptureGenerator OUT.jsonl SIZE_MB
 * </pre>
 */
public final class CaptureGenerator {
  private CaptureGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CaptureGenerator OUT.jsonl SIZE_MB");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long targetBytes = Long.parseLong(args[1]) << 20;
    List<String> pushes = new ArrayList<>();
    for (String action : SchemaSets.actions("3.6")) {
      pushes.add(
          ValidateBenchmark.Samples.read("3.6/" + action + ".json").replaceAll("\\s*\n\\s*", ""));
    }
    String response =
        "{\"request_id\":\"42\",\"action\":\"send_event\",\"type\":\"response\",\"success\":true,\"payload\":{\"event_id\":\"Q20163UAHO_2\"}}";
    long written = 0;
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      while (written < targetBytes) {
        n++;
        String line;
        if (n % 10 == 5) {
          line = response;
        } else {
          line = pushes.get((int) (n % pushes.size()));
          if (n % 50_000 == 0) {
            line = line.substring(0, line.length() / 2);
          } else if (n % 5_000 == 0) {
            line = line.replaceFirst("\"type\":\\s*\"push\"", "\"type\":\"pushh\"");
          } else if (n % 1_000 == 0) {
            line =
                line.replaceFirst(
                    "\"type\":\\s*\"push\"", "\"type\":\"push\",\"trace_id\":\"" + n + "\"");
          }
        }
        w.write(line);
        w.write('\n');
        written += line.length() + 1;
      }
    }
    System.out.printf("%s: %d messages, %d MB%n", out, n, written >> 20);
  }
}
