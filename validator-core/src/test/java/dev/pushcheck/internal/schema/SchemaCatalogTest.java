package dev.pushcheck.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pushcheck.PushcheckException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {
  private static final ClassLoader LOADER = SchemaCatalogTest.class.getClassLoader();

  @Test
  void refusesHttpReferenceWhenTheSetIsCompiled() {
    SchemaCatalog catalog = new SchemaCatalog("catalogs/http-ref/", LOADER);

    assertThatThrownBy(() -> catalog.version("9.9"))
        .isInstanceOf(PushcheckException.class)
        .hasMessageContaining("schema set 9.9")
        .hasMessageContaining("http://127.0.0.1:9/metadata.schema.json")
        .hasMessageContaining("not allowed to be loaded");
  }

  @Test
  void refusesFileReferenceWhenTheSetIsCompiled() {
    SchemaCatalog catalog = new SchemaCatalog("catalogs/file-ref/", LOADER);

    assertThatThrownBy(() -> catalog.version("9.9"))
        .isInstanceOf(PushcheckException.class)
        .hasMessageContaining("file:///etc/passwd")
        .hasMessageContaining("not allowed to be loaded");
  }

  @Test
  void unknownVersionNamesTheBundledOnes() {
    assertThatThrownBy(() -> SchemaCatalog.bundled().version("2.0"))
        .isInstanceOf(PushcheckException.UnknownApiVersion.class)
        .hasMessageContaining("unknown API version '2.0'")
        .hasMessageContaining("3.6");
  }

  @Test
  void bundledCatalogListsVersionsOldestFirstWithTheStableOneBeforeThePreviews() {
    CatalogIndex index = SchemaCatalog.bundled().index();
    List<String> versions = index.versions();

    assertThat(versions).startsWith("3.1-beta").doesNotHaveDuplicates();
    assertThat(versions).contains(index.stable());
    for (String preview : index.preview()) {
      assertThat(versions.indexOf(preview)).isGreaterThan(versions.indexOf(index.stable()));
    }
    for (String version : versions) {
      assertThat(index.actions(version)).as("pushes of %s", version).isNotEmpty();
    }
  }
}
