package dev.pushcheck.spark;

import dev.pushcheck.RunSteps;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;

/**
 * What every task of an executor shares: one {@link RunSteps} per options (its schemas compiled
 * once per JVM, never serialised with the tasks).
 */
final class Shared {
  private static final Map<JobOptions, RunSteps> STEPS = new ConcurrentHashMap<>();

  private Shared() {}

  static RunSteps steps(JobOptions options) {
    return STEPS.computeIfAbsent(options, o -> RunSteps.of(o.toCheckOptions()));
  }

  static Configuration configuration(Map<String, String> entries) {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
