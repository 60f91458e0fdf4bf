package dev.pushcheck.spark;

import dev.pushcheck.RunSteps;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Turns the paths a user named into the parts the tasks read, on the driver, in the order and with
 * the names {@code Check.run} gives the same local paths: each path's problem, then its files;
 * directories walked and sorted, keeping the files whose names look like captures.
 */
final class Inputs {
  private Inputs() {}

  static List<InputPart> parts(List<String> paths, Configuration conf, long splitBytes)
      throws IOException {
    List<InputPart> parts = new ArrayList<>();
    for (String arg : paths) {
      Path path = new Path(arg);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        parts.add(
            InputPart.problem(parts.isEmpty() ? 0 : next(parts), arg, "no such file or directory"));
        continue;
      }
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus status : matched) {
        if (status.isDirectory()) {
          List<FileStatus> found = new ArrayList<>();
          RemoteIterator<LocatedFileStatus> walk = fs.listFiles(status.getPath(), true);
          while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            if (file.isFile() && RunSteps.readsFileNamed(file.getPath().getName())) {
              found.add(file);
            }
          }
          found.sort(Comparator.comparing(f -> sortKey(f.getPath())));
          files.addAll(found);
        } else {
          files.add(status);
        }
      }
      for (FileStatus file : files) {
        addFile(parts, fs, file, name(arg, file.getPath()), splitBytes);
      }
    }
    return parts;
  }

  private static int next(List<InputPart> parts) {
    return parts.get(parts.size() - 1).sourceIndex() + 1;
  }

  private static void addFile(
      List<InputPart> parts, FileSystem fs, FileStatus file, String name, long splitBytes)
      throws IOException {
    int index = parts.isEmpty() ? 0 : next(parts);
    String uri = file.getPath().toString();
    long length = file.getLen();
    if (length <= splitBytes || !RunSteps.readableInParts(name, head(fs, file.getPath()))) {
      parts.add(InputPart.whole(index, name, uri));
      return;
    }
    int part = 0;
    for (long start = 0; start < length; start += splitBytes, part++) {
      long end = Math.min(length, start + splitBytes);
      parts.add(new InputPart(index, name, uri, part, start, end, end == length, ""));
    }
  }

  private static byte[] head(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      return in.readNBytes(2);
    }
  }

  /**
   * The name {@code Check.run} gives the file: a local path as the user wrote it (relative paths
   * stay relative to the working directory), any other file system's URI as it is.
   */
  static String name(String arg, Path file) {
    String scheme = file.toUri().getScheme();
    boolean local = scheme == null || scheme.equals("file");
    boolean argHasScheme = new Path(arg).toUri().getScheme() != null;
    if (!local || argHasScheme) {
      return file.toString();
    }
    java.nio.file.Path absolute = java.nio.file.Path.of(file.toUri().getPath());
    if (java.nio.file.Path.of(arg).isAbsolute()) {
      return absolute.toString();
    }
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    return cwd.relativize(absolute).toString();
  }

  private static String sortKey(Path path) {
    return path.toUri().getPath();
  }
}
