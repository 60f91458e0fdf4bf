package dev.pushcheck.schemagen;

/** One defect of the schema sources: the source file, a JSON pointer into it, and what is wrong. */
record SourceProblem(String file, String pointer, String message)
    implements Comparable<SourceProblem> {

  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  @Override
  public int compareTo(SourceProblem other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return file + "#" + pointer + ": " + message;
  }
}
