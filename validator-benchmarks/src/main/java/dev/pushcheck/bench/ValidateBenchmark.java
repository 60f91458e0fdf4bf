package dev.pushcheck.bench;

import dev.pushcheck.PushValidator;
import dev.pushcheck.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages per second of one shared validator (parse + envelope + payload + undocumented-field
 * walk), by push action, on 3.6 example pushes.
 *
 * <pre>java -jar validator-benchmarks/target/benchmarks.jar ValidateBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
  @Param({
    "incoming_chat",
    "incoming_event",
    "routing_status_set",
    "customer_updated",
    "incoming_customers"
  })
  public String action;

  @Param({"valid", "invalid"})
  public String variant;

  private PushValidator validator;
  private String message;

  @Setup
  public void setUp() throws IOException {
    validator = PushValidator.forVersion("3.6");
    String valid = Samples.read("3.6/" + action + ".json");
    // The invalid variant has a required envelope field of the wrong type and an undocumented one.
    message =
        variant.equals("valid")
            ? valid
            : valid
                .replaceFirst("\"type\"\\s*:\\s*\"push\"", "\"type\": \"push\", \"extra\": 1")
                .replaceFirst("\"version\"\\s*:\\s*\"3.6\"", "\"version\": 36");
    ValidationResult check = validator.validate(message);
    if (check.isValid() != variant.equals("valid")) {
      throw new IllegalStateException(action + " " + variant + ": " + check.findings());
    }
  }

  @Benchmark
  public ValidationResult validate() {
    return validator.validate(message);
  }

  static final class Samples {
    private Samples() {}

    static String read(String name) throws IOException {
      try (InputStream in =
          ValidateBenchmark.class.getResourceAsStream("/pushcheck/examples/" + name)) {
        if (in == null) {
          throw new IOException("no sample " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
