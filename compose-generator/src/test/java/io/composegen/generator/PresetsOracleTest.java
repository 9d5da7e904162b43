package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.model.Stack;
import io.composegen.model.preset.Preset;
import io.composegen.model.preset.Presets;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every preset, wired to a client, renders to a file that the schema and docker-compose accept. */
class PresetsOracleTest {

  @TempDir
  Path dir;

  private static Stack stackOf(Preset preset, boolean spring) {
    Service.Builder app = Service.builder("app").image("ghcr.io/acme/app:1.0.0");
    preset.connect(app, spring);
    return Stack.builder("presets").service(app).service(preset).build();
  }

  private static List<Preset> all() {
    return List.of(Presets.postgres(), Presets.redis(), Presets.mysql(), Presets.mariadb(), Presets.mongo(),
        Presets.kafka(), Presets.rabbitmq(), Presets.elasticsearch());
  }

  @Test
  void everyPresetValidatesAgainstTheComposeSchema() {
    ComposeSchema schema = ComposeSchema.get();
    for (Preset preset : all()) {
      for (boolean spring : new boolean[] {true, false}) {
        String text = ComposeGenerator.create().render(stackOf(preset, spring)).get("compose.yaml");
        assertThat(schema.validate(text)).as(preset.name() + " spring=" + spring).isEmpty();
      }
    }
  }

  @Test
  void everyPresetIsAcceptedByDockerCompose() throws IOException {
    DockerComposeCli.assumeAvailable();
    for (Preset preset : all()) {
      Path project = Files.createDirectories(dir.resolve(preset.service().image().replaceAll("[^a-z0-9]", "-")));
      Map<String, String> files = ComposeGenerator.builder().legacy(true).build().render(stackOf(preset, true));
      Files.writeString(project.resolve("compose.yaml"), files.get("compose.yaml"));
      Files.createDirectories(project.resolve("secrets"));
      for (String secret : preset.secrets().keySet()) {
        Files.writeString(project.resolve("secrets/" + secret + ".txt"), "not-a-real-password\n");
      }

      DockerComposeCli.Result result = DockerComposeCli.config(project, List.of("compose.yaml"));

      assertThat(result.exitCode()).as(preset.name() + ": " + result.stderr()).isZero();
    }
  }
}
