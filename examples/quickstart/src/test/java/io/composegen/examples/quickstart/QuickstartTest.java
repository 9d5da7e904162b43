package io.composegen.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.examples.support.DockerComposeConfig;
import io.composegen.generator.check.Drift;
import io.composegen.generator.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the example promises: the model validates in every environment, the committed files in {@code stack/} are
 * what it generates, each is valid against the Compose schema, and docker-compose accepts the base alone and with
 * each layer.
 */
class QuickstartTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", "stack")).toAbsolutePath().normalize();
  private static final DockerComposeConfig COMPOSE = new DockerComposeConfig(DIR, "shop",
      Map.of("DATABASE_PASSWORD", "secret"));

  @Test
  void modelIsValidInEveryEnvironmentWithEveryWarningAcknowledged() {
    ValidationReport report = Quickstart.generator().validate(Quickstart.stack());

    assertThat(report.environments()).containsExactly("base", "dev", "prod");
    assertThat(report.errors() + report.warnings()).as(report.toText()).isZero();
  }

  @Test
  void committedFilesAreWhatTheModelGenerates() {
    List<Drift> drifted = Quickstart.generator().check(Quickstart.stack(), DIR).stream()
        .filter(Drift::drifted)
        .toList();

    assertThat(drifted).as("regenerate with: ./mvnw -pl examples/quickstart compile exec:java").isEmpty();
  }

  @Test
  void everyCommittedComposeFileValidatesAgainstTheComposeSchema() {
    List<Path> files = ComposeSchema.composeFiles(DIR);

    assertThat(files).extracting(file -> file.getFileName().toString())
        .containsExactly("compose.yaml", "compose.override.yaml", "compose.prod.yaml");
    for (Path file : files) {
      assertThat(ComposeSchema.get().validate(file)).as("schema errors in %s", file.getFileName()).isEmpty();
    }
  }

  @Test
  void dockerComposeAcceptsTheBaseAndEachLayer() {
    for (String[] layers : List.of(new String[0], new String[] {"compose.override.yaml"},
        new String[] {"compose.prod.yaml"})) {
      assertThat(COMPOSE.services(layers)).containsOnlyKeys("web", "db");
    }
    assertThat(COMPOSE.services("compose.prod.yaml").get("web")).containsEntry("restart", "unless-stopped");
  }
}
