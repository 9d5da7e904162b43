package io.composegen.generator.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks a folder of template overrides without touching FreeMarker, so that a generator can refuse a wrong folder
 * when it is built and still create its {@link TemplateEngine} only when it first renders.
 */
public final class TemplateFolders {

  private TemplateFolders() {}

  /**
   * Checks that {@code folder} is a directory.
   *
   * @throws IllegalArgumentException if {@code folder} does not exist or is not a directory
   */
  public static void check(Path folder) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.exists(folder)) {
      throw new IllegalArgumentException("The template override folder does not exist: " + folder.toAbsolutePath());
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("The template override folder is not a directory: " + folder.toAbsolutePath());
    }
  }
}
