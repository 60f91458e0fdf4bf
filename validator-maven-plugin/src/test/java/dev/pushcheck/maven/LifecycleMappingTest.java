package dev.pushcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Eclipse m2e reads this file from the plugin jar to know what to do with pushcheck:validate. */
class LifecycleMappingTest {
  @Test
  void validateRunsOnFullBuildsNotOnIncrementalOnes() throws IOException {
    String metadata;
    try (InputStream in =
        ValidateMojo.class.getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      assertThat(in).as("lifecycle-mapping-metadata.xml in the plugin jar").isNotNull();
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(metadata.replaceAll("\\s+", ""))
        .contains("<goals><goal>validate</goal></goals>")
        .contains("<execute><runOnIncremental>false</runOnIncremental>");
  }
}
