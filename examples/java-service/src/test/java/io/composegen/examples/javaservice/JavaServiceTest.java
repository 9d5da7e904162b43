package io.composegen.examples.javaservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.examples.support.DockerComposeConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed files as Compose reads them: each is valid against the Compose schema, and docker-compose accepts
 * the base alone and with each layer. That they are what the pom generates is the build's {@code compose:check}.
 */
class JavaServiceTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", ".")).toAbsolutePath().normalize();
  private static final DockerComposeConfig COMPOSE = new DockerComposeConfig(DIR, "java-service");

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
      assertThat(COMPOSE.services(layers)).containsOnlyKeys("java-service", "db");
    }
    assertThat(COMPOSE.services("compose.prod.yaml").get("java-service")).containsEntry("restart", "unless-stopped");
  }
}
