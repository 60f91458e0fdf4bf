package dev.pushcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding's equals and hashCode are written out; they must stay those of a record. */
class FindingTest {
  private static final Finding FINDING =
      new Finding(Severity.ERROR, Rule.TYPE, "/a", "s#/x", "string", "integer", "d", 2, 3);

  static List<UnaryOperator<Finding>> changes() {
    return List.of(
        f -> f.withSeverity(Severity.WARNING),
        f -> new Finding(f.severity(), Rule.ENUM, "/a", "s#/x", "string", "integer", "d", 2, 3),
        f -> new Finding(f.severity(), f.rule(), "/b", "s#/x", "string", "integer", "d", 2, 3),
        f -> new Finding(f.severity(), f.rule(), "/a", "s#/y", "string", "integer", "d", 2, 3),
        f -> new Finding(f.severity(), f.rule(), "/a", "s#/x", "number", "integer", "d", 2, 3),
        f -> new Finding(f.severity(), f.rule(), "/a", "s#/x", "string", "boolean", "d", 2, 3),
        f -> new Finding(f.severity(), f.rule(), "/a", "s#/x", "string", "integer", "e", 2, 3),
        f -> f.at(4, 3),
        f -> f.at(2, 4));
  }

  @ParameterizedTest
  @MethodSource("changes")
  void findingsDifferingInOneComponentDiffer(UnaryOperator<Finding> change) {
    assertThat(change.apply(FINDING)).isNotEqualTo(FINDING);
  }

  @ParameterizedTest
  @MethodSource("changes")
  void equalFindingsHaveEqualHashCodes(UnaryOperator<Finding> change) {
    Finding copy = change.apply(FINDING);
    Finding same =
        new Finding(
            copy.severity(),
            copy.rule(),
            copy.pointer(),
            copy.schemaLocation(),
            copy.expected(),
            copy.actual(),
            copy.detail(),
            copy.line(),
            copy.column());

    assertThat(same).isEqualTo(copy).hasSameHashCodeAs(copy);
  }
}
