package dev.pushcheck.schemagen;

import java.util.List;
import java.util.stream.Collectors;

/** The schema sources cannot be compiled; lists every problem found, sorted. */
final class SchemaSourceException extends RuntimeException {

  private final List<SourceProblem> problems;

  SchemaSourceException(List<SourceProblem> problems) {
    super(render(problems));
    this.problems = problems.stream().sorted().distinct().toList();
  }

  List<SourceProblem> problems() {
    return problems;
  }

  private static String render(List<SourceProblem> problems) {
    List<SourceProblem> sorted = problems.stream().sorted().distinct().toList();
    return sorted.size()
        + " problem(s) in the schema sources:"
        + sorted.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
