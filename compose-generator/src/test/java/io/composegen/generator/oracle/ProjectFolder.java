package io.composegen.generator.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scratch project folders for oracle runs: copies of read-only samples, and generated files written beside them, so
 * that {@link DockerComposeCli} resolves relative paths of the original and of the generated files alike.
 */
public final class ProjectFolder {

  private ProjectFolder() {
  }

  /**
   * Copies the folder {@code from} with everything in it to {@code to} (created when missing), so that a test may
   * add build contexts and overwrite files without touching the original.
   *
   * @return {@code to}
   */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  /**
   * Writes {@code files} (relative name to content, as {@code ComposeGenerator#render} returns them) into
   * {@code dir}, creating folders and replacing files of the same names.
   */
  public static void write(Path dir, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + dir, e);
    }
  }
}
