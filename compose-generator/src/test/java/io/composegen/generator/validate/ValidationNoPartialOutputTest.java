package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ComposeGenerator#generate} validates first and writes nothing when validation fails. */
class ValidationNoPartialOutputTest {

  @TempDir
  Path dir;

  /** A stack of three files whose second file, the dev layer, adds a service on a port the base publishes. */
  private static Stack secondFileFails() {
    return Stack.builder("app")
        .service(Service.builder("web").image("nginx:1.27").port("8080:80"))
        .layer(Layer.dev().service(Service.builder("docs").image("squidfunk/mkdocs-material:9.5").port("8080:8000")))
        .layer(Layer.prod().service("web", w -> w.env("MODE", "production")))
        .build();
  }

  @Test
  void writesNothingWhenTheSecondOfThreeFilesFailsValidation() throws IOException {
    assertThat(ComposeGenerator.create().render(secondFileFails()))
        .containsOnlyKeys("compose.yaml", "compose.override.yaml", "compose.prod.yaml", "README.Docker.md");

    assertThatThrownBy(() -> ComposeGenerator.create().generate(secondFileFails(), dir))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).startsWith(
            "compose.override.yaml services.docs.ports[0]: CG120 error: host port 8080/tcp is published twice"));

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void leavesFilesOnDiskUntouchedWhenValidationFails() throws IOException {
    Stack good = Stack.builder("app").service(Service.builder("web").image("nginx:1.27").port("8080:80")).build();
    ComposeGenerator.create().generate(good, dir);
    String before = Files.readString(dir.resolve("compose.yaml"));

    assertThatThrownBy(() -> ComposeGenerator.create().generate(secondFileFails(), dir))
        .isInstanceOf(ValidationException.class);

    assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("compose.yaml", "README.Docker.md");
    }
  }

  @Test
  void writesWhenOnlyWarningsRemainOrTheyAreAcknowledged() {
    Stack stack = Stack.builder("app")
        .service(Service.builder("watchtower").image("containrrr/watchtower:1.7.1")
            .volume("/var/run/docker.sock:/var/run/docker.sock"))
        .layer(Layer.prod())
        .build();
    ComposeGenerator strict = ComposeGenerator.builder()
        .validator(Validator.builder().failOn(Severity.WARNING).build()).build();
    ComposeGenerator acknowledging = ComposeGenerator.builder().validator(Validator.builder()
        .failOn(Severity.WARNING)
        .acknowledge("*", "CG203", "watchtower updates the other containers")
        .acknowledge("*", "CG404", "restarted by the host's systemd unit")
        .acknowledge("*", "CG405", "watchtower has no health endpoint")
        .acknowledge("*", "CG406", "tiny").build()).build();

    assertThat(ComposeGenerator.create().validate(stack).failed()).isFalse();
    assertThatThrownBy(() -> strict.generate(stack, dir)).isInstanceOf(ValidationException.class);
    assertThat(acknowledging.generate(stack, dir).entries()).hasSize(3);
  }
}
