package dev.pushcheck.spark;

import java.io.Serializable;

/**
 * One task's share of the inputs: a whole input, a part of a plain JSON Lines input, or a path that
 * could not be expanded (its problem).
 *
 * @param sourceIndex the input's place among the run's inputs
 * @param source the input's name in results and reports
 * @param path the input's Hadoop path ({@code file:/…}, {@code s3a://…}), else {@code ""}
 * @param part the part's place in its input (0 for a whole input)
 * @param start the part's first byte (a part starts at the first line that starts at or after it)
 * @param end the part's end: it reads the lines that start before it ({@code -1}: a whole input)
 * @param lastPart whether the input ends with this part
 * @param problem why the path could not be expanded, else {@code ""}
 */
record InputPart(
    int sourceIndex,
    String source,
    String path,
    int part,
    long start,
    long end,
    boolean lastPart,
    String problem)
    implements Serializable {

  static InputPart whole(int sourceIndex, String source, String path) {
    return new InputPart(sourceIndex, source, path, 0, 0, -1, true, "");
  }

  static InputPart problem(int sourceIndex, String source, String problem) {
    return new InputPart(sourceIndex, source, "", 0, 0, -1, true, problem);
  }

  boolean linesPart() {
    return end >= 0;
  }
}
