package dev.pushcheck.internal.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the paths a user named into the input files to read. */
public final class InputFiles {
  private static final List<String> CAPTURE_SUFFIXES =
      List.of(".json", ".jsonl", ".ndjson", ".har", ".zhar");

  /**
   * @param files the files to read, in order
   * @param problems the paths that could not be expanded, and why
   */
  public record Expansion(List<Path> files, List<PathProblem> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /** A path that could not be expanded into files. */
  public record PathProblem(Path path, String message) {}

  private InputFiles() {}

  /**
   * Files are kept as given; directories are walked recursively, sorted by path, keeping the files
   * whose names look like captures; missing paths become problems, so the other paths are read.
   */
  public static Expansion expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<PathProblem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> isCaptureName(file.getFileName().toString()))
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          problems.add(
              new PathProblem(
                  path, "cannot list directory: " + InputProblems.firstLine(e.getMessage())));
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        problems.add(new PathProblem(path, "no such file or directory"));
      }
    }
    return new Expansion(files, problems);
  }

  static boolean isCaptureName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    String name = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    return CAPTURE_SUFFIXES.stream().anyMatch(name::endsWith);
  }
}
