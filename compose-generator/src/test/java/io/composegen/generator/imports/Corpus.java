package io.composegen.generator.imports;

import io.composegen.testkit.ComposeSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real compose files of the shared corpus, for tests that compare two ways of reading each. */
final class Corpus {

  private Corpus() {}

  /** Returns every YAML file of the corpus, in path order (a JUnit method source). */
  static Stream<Path> files() throws IOException {
    Path root = ComposeSchema.sharedFolder().resolve("corpus");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList().stream();
    }
  }
}
