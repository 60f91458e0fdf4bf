package dev.pushcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of pushcheck. */
public final class Pushcheck {
  private static final String VERSION = readVersion();

  private Pushcheck() {}

  /** The tool version, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = Pushcheck.class.getResourceAsStream("pushcheck.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
