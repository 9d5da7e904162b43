package io.composegen.examples.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.check.Drift;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectAllocationTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", "."));

  @Test
  void committedFilesAreWhatTheModelGenerates() {
    List<Drift> drifted = ComposeGenerator.create().check(ProjectAllocation.stack(), DIR).stream()
        .filter(Drift::drifted)
        .toList();

    assertThat(drifted)
        .as("regenerate with: ./mvnw -pl examples/project-allocation exec:java")
        .isEmpty();
  }

  @Test
  void oneImageServesTheThreePythonServices() {
    String base = ComposeGenerator.create().render(ProjectAllocation.stack()).get("compose.yaml");

    assertThat(base).contains("  web:\n    image: allocation-web\n    build:\n");
    assertThat(base).contains("  worker:\n    image: allocation-web\n");
    assertThat(base).contains("  dashboard:\n    image: allocation-web\n");
  }
}
