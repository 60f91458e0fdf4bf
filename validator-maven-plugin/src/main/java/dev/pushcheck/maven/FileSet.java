package dev.pushcheck.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * A directory with Ant-style {@code includes} and {@code excludes} patterns relative to it, scanned
 * as Maven scans its own file sets (plexus-utils' {@code DirectoryScanner}, default excludes
 * applied). With no {@code includes}, the goal's default fixture patterns apply.
 */
public class FileSet {
  /** The directory to search; relative paths are resolved against the project directory. */
  private File directory;

  /** Patterns of files to check, e.g. {@code **}{@code /*.har}. */
  private List<String> includes = new ArrayList<>();

  /** Patterns of files to leave out, e.g. {@code broken/**}. */
  private List<String> excludes = new ArrayList<>();

  public FileSet() {}

  FileSet(File directory, List<String> includes) {
    this.directory = directory;
    this.includes = new ArrayList<>(includes);
  }

  public File getDirectory() {
    return directory;
  }

  public void setDirectory(File directory) {
    this.directory = directory;
  }

  public List<String> getIncludes() {
    return includes;
  }

  public void setIncludes(List<String> includes) {
    this.includes = includes;
  }

  public List<String> getExcludes() {
    return excludes;
  }

  public void setExcludes(List<String> excludes) {
    this.excludes = excludes;
  }

  /**
   * The files of all sets, in order; without sets, {@code src/test/resources} with the defaults. A
   * configured directory that does not exist is a configuration error; the default one is not.
   */
  static List<Path> expand(
      List<FileSet> sets,
      Path basedir,
      List<String> defaultIncludes,
      Function<Path, String> display)
      throws MojoExecutionException {
    boolean configured = sets != null && !sets.isEmpty();
    List<FileSet> all =
        configured ? sets : List.of(new FileSet(new File("src/test/resources"), defaultIncludes));
    List<Path> files = new ArrayList<>();
    for (FileSet set : all) {
      if (set.directory == null) {
        throw new MojoExecutionException("pushcheck: a <source> has no <directory>");
      }
      Path root = basedir.resolve(set.directory.toPath()).normalize();
      if (!Files.isDirectory(root)) {
        if (configured) {
          throw new MojoExecutionException(
              "pushcheck: source directory " + display.apply(root) + " does not exist");
        }
        continue;
      }
      List<String> in =
          set.includes == null || set.includes.isEmpty() ? defaultIncludes : set.includes;
      try {
        files.addAll(scan(root, in, set.excludes == null ? List.of() : set.excludes));
      } catch (IllegalStateException e) {
        throw new MojoExecutionException(
            "pushcheck: cannot list " + display.apply(root) + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /**
   * The matching regular files under {@code root}, sorted by their relative path. Maven's own
   * scanner: Ant patterns, and its default excludes ({@code .git/**}, editor backups, ...).
   */
  static List<Path> scan(Path root, List<String> includes, List<String> excludes) {
    DirectoryScanner scanner = new DirectoryScanner();
    scanner.setBasedir(root.toFile());
    scanner.setIncludes(includes.toArray(String[]::new));
    scanner.setExcludes(excludes.toArray(String[]::new));
    scanner.addDefaultExcludes();
    scanner.scan();
    return Arrays.stream(scanner.getIncludedFiles()).sorted().map(root::resolve).toList();
  }

  /** A relative path with {@code /} separators, as reports use. */
  static String slashes(Path relative) {
    return relative.toString().replace(File.separatorChar, '/');
  }
}
