package dev.pushcheck.bench;

import dev.pushcheck.SchemaSets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a large, realistic JSON Lines capture for whole-process benchmarks: every 3.6 push in turn
 * (with its {@code version} field), one response per 10 pushes, and a few deliberate problems (an
 * undocumented field every 1,000 messages, a wrong envelope type every 5,000, a malformed line
 * every 50,000).
 *
 * <p>The layout follows the output name: {@code .jsonl}; {@code .har}, a browser HAR of one long
 * session whose frames are all in ONE entry (as Chrome records it); either gzipped with a {@code
 * .gz} suffix (SIZE_MB is then the uncompressed size).
 *
 * <pre>
 * java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.CaptureGenerator OUT.jsonl SIZE_MB
 * java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.CaptureGenerator OUT.har SIZE_MB
 * java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.CaptureGenerator OUT.jsonl.gz SIZE_MB
 * </pre>
 */
public final class CaptureGenerator {
  private static final String HAR_START =
      "{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": {\"name\": \"WebInspector\","
          + " \"version\": \"537.36\"},\n    \"entries\": [\n      {\n        \"request\": {\"method\":"
          + " \"GET\", \"url\": \"wss://api.livechatinc.com/v3.6/agent/rtm/ws\"},\n"
          + "        \"response\": {\"status\": 101},\n        \"_resourceType\": \"websocket\",\n"
          + "        \"_webSocketMessages\": [\n";
  private static final String HAR_END = "\n        ]\n      }\n    ]\n  }\n}\n";

  private CaptureGenerator() {}

  private static String jsonString(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CaptureGenerator OUT.{jsonl,har}[.gz] SIZE_MB");
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
    String name = out.getFileName().toString();
    boolean gzip = name.endsWith(".gz");
    boolean har = name.replaceFirst("\\.gz$", "").endsWith(".har");
    long written = 0;
    long n = 0;
    OutputStream file = Files.newOutputStream(out);
    if (gzip) {
      file = new GZIPOutputStream(file, 1 << 16);
    }
    try (BufferedWriter w =
        new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      if (har) {
        w.write(HAR_START);
        written += HAR_START.length();
      }
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
        if (har) {
          String frame =
              (n > 1 ? ",\n" : "")
                  + "        {\"type\": \""
                  + (n % 10 == 5 ? "send" : "receive")
                  + "\", \"time\": "
                  + (1_700_000_000L + n)
                  + ".5, \"opcode\": 1, \"data\": "
                  + jsonString(line)
                  + "}";
          w.write(frame);
          written += frame.length();
        } else {
          w.write(line);
          w.write('\n');
          written += line.length() + 1;
        }
      }
      if (har) {
        w.write(HAR_END);
      }
    }
    System.out.printf(
        "%s: %d messages, %d MB%s%n", out, n, written >> 20, gzip ? " before gzip" : "");
  }
}
