package dev.pushcheck.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Reads the inputs of {@link PushcheckFixtures} into one named {@link PushFixture} per message. */
final class PushcheckFixturesProvider
    implements ArgumentsProvider, AnnotationConsumer<PushcheckFixtures> {
  private PushcheckFixtures fixtures;

  @Override
  public void accept(PushcheckFixtures annotation) {
    this.fixtures = annotation;
  }

  // The one-argument form is what JUnit 5.10 to 5.12 call (Spring Boot 3.x); 5.13+ still call it.
  @Override
  @SuppressWarnings("deprecation")
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    Optional<String> apiVersion =
        fixtures.apiVersion().isEmpty() ? Optional.empty() : Optional.of(fixtures.apiVersion());
    List<PushFixture> all = new ArrayList<>();
    for (String input : fixtures.value()) {
      all.addAll(
          PushFixture.read(Path.of(input), apiVersion, fixtures.strict(), fixtures.pushesOnly()));
    }
    return all.stream().map(f -> Arguments.of(Named.of(f.name(), f)));
  }
}
