package dev.pushcheck.internal.input;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

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
   * Files are kept as given (pipes and devices too); directories are walked recursively, following
   * symbolic links (a link back to a directory being walked is a problem, and the walk goes on),
   * sorted by path, keeping the files whose names look like captures; missing paths become
   * problems, so the other paths are read.
   */
  public static Expansion expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<PathProblem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        walk(path, files, problems);
      } else if (Files.exists(path)) {
        files.add(path);
      } else if (Files.isSymbolicLink(path)) {
        problems.add(new PathProblem(path, "broken symbolic link"));
      } else {
        problems.add(new PathProblem(path, "no such file or directory"));
      }
    }
    return new Expansion(files, problems);
  }

  private static void walk(Path directory, List<Path> files, List<PathProblem> problems) {
    List<Path> found = new ArrayList<>();
    List<PathProblem> failed = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && isCaptureName(file.getFileName().toString())) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof java.nio.file.NoSuchFileException)
                  || isCaptureName(file.getFileName().toString())) {
                failed.add(
                    new PathProblem(
                        file,
                        e instanceof FileSystemLoopException
                            ? "symbolic link loop: not walked again"
                            : "cannot list: " + InputProblems.describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failed.add(new PathProblem(directory, "cannot list directory: " + InputProblems.describe(e)));
    }
    found.sort(null);
    files.addAll(found);
    problems.addAll(failed);
  }

  public static boolean isCaptureName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    String name = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    return CAPTURE_SUFFIXES.stream().anyMatch(name::endsWith);
  }
}
