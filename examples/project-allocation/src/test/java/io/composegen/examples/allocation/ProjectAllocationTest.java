package io.composegen.examples.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.check.Drift;
import io.composegen.generator.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectAllocationTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", "."));

  @Test
  void modelIsValidInEveryEnvironmentWithEveryWarningAcknowledged() {
    ValidationReport report = ProjectAllocation.generator().validate(ProjectAllocation.stack());

    assertThat(report.errors() + report.warnings()).as(report.toText()).isZero();
  }

  @Test
  void everyCommittedComposeFileValidatesAgainstTheComposeSchema() {
    List<Path> files = ComposeSchema.composeFiles(DIR);

    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("compose.yaml", "compose.override.yaml", "compose.prod.yaml");
    for (Path file : files) {
      assertThat(ComposeSchema.get().validate(file)).as("schema errors in %s", file.getFileName()).isEmpty();
    }
  }

  @Test
  void committedFilesAreWhatTheModelGenerates() {
    List<Drift> drifted = ProjectAllocation.generator().check(ProjectAllocation.stack(), DIR).stream()
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
