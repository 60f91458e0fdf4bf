package dev.pushcheck.schemagen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of text files as a sorted map relative-path -> text, read, compared or written in one
 * go.
 */
final class GeneratedTree {

  private GeneratedTree() {}

  static SortedMap<String, String> read(Path root) throws IOException {
    SortedMap<String, String> tree = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return tree;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        tree.put(relative(root, file), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return tree;
  }

  /**
   * One line per file that is missing, unexpected or different in {@code actual}; empty when equal.
   */
  static List<String> differences(
      SortedMap<String, String> expected, SortedMap<String, String> actual) {
    List<String> differences = new ArrayList<>();
    SortedMap<String, String> all = new TreeMap<>(expected);
    actual.forEach(all::putIfAbsent);
    for (String path : all.keySet()) {
      if (!actual.containsKey(path)) {
        differences.add("missing:    " + path);
      } else if (!expected.containsKey(path)) {
        differences.add("unexpected: " + path);
      } else if (!expected.get(path).equals(actual.get(path))) {
        differences.add("differs:    " + path);
      }
    }
    return differences;
  }

  /**
   * Makes {@code root} hold exactly {@code tree}: changed files rewritten, stale ones and empty
   * folders deleted.
   */
  static void write(Path root, Map<String, String> tree) throws IOException {
    SortedMap<String, String> existing = read(root);
    for (String stale : existing.keySet()) {
      if (!tree.containsKey(stale)) {
        Files.delete(root.resolve(stale));
      }
    }
    for (Map.Entry<String, String> file : tree.entrySet()) {
      if (!file.getValue().equals(existing.get(file.getKey()))) {
        Path target = root.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    try (Stream<Path> folders = Files.walk(root)) {
      for (Path folder :
          folders.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
        try (Stream<Path> children = Files.list(folder)) {
          if (children.findAny().isEmpty() && !folder.equals(root)) {
            Files.delete(folder);
          }
        }
      }
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
  }
}
