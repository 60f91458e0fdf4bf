package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API ({@code dev.pushcheck} and {@code dev.pushcheck.report}) exposes no internal,
 * Jackson or networknt type, so the engine can change (or be relocated) without breaking users.
 */
class PublicApiTest {
  private static final List<String> API_PACKAGES = List.of("dev.pushcheck", "dev.pushcheck.report");
  private static final List<String> FORBIDDEN =
      List.of("dev.pushcheck.internal.", "tools.jackson.", "com.fasterxml.", "com.networknt.");

  @Test
  void publicSignaturesNameOnlyApiAndJdkTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      List<String> signatures = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
          signatures.add(m.toGenericString());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          signatures.add(c.toGenericString());
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers())) {
          signatures.add(f.toGenericString());
        }
      }
      if (type.isRecord()) {
        for (RecordComponent r : type.getRecordComponents()) {
          signatures.add(type.getName() + "." + r.getGenericType().getTypeName());
        }
      }
      signatures.add(String.valueOf(type.getGenericSuperclass()));
      for (var i : type.getGenericInterfaces()) {
        signatures.add(i.getTypeName());
      }
      for (String signature : signatures) {
        if (FORBIDDEN.stream().anyMatch(signature::contains)) {
          leaks.add(signature);
        }
      }
    }
    assertThat(leaks).as("public API signatures naming non-API types").isEmpty();
  }

  @Test
  void theJsonReportSchemaListsEveryRule() {
    JsonNode schema =
        JsonMapper.builder()
            .build()
            .readTree(
                Objects.requireNonNull(
                    PublicApiTest.class
                        .getClassLoader()
                        .getResourceAsStream("pushcheck/schemas/report/report.schema.json")));
    List<String> listed = new ArrayList<>();
    schema.at("/$defs/finding/properties/rule/enum").forEach(r -> listed.add(r.asString()));

    assertThat(listed)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::name).toList());
  }

  @Test
  void theCheckFindsTheApiClasses() throws Exception {
    assertThat(apiClasses()).contains(PushValidator.class, Finding.Builder.class);
  }

  private static List<Class<?>> apiClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(PushValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : API_PACKAGES) {
      Path dir = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = file.getFileName().toString().replace(".class", "");
          out.add(Class.forName(pkg + "." + name));
        }
      }
    }
    return out;
  }
}
