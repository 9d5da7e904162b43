package io.composegen.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {

  @TempDir
  Path dir;

  private static Stack stack(String image) {
    return Stack.builder("app")
        .service(Service.builder("web").image(image))
        .layer(Layer.dev().service("web", w -> w.env("DEBUG", "1")))
        .build();
  }

  @Test
  void reportsNothingWhenTheFilesAreUpToDate() {
    ComposeGenerator generator = ComposeGenerator.create();
    generator.generate(stack("web:1"), dir);

    assertThat(generator.check(stack("web:1"), dir)).noneMatch(Drift::drifted).hasSize(3);
  }

  @Test
  void reportsMissingFiles() {
    List<Drift> drift = ComposeGenerator.create().check(stack("web:1"), dir);

    assertThat(drift).extracting(Drift::status)
        .containsExactly(Drift.Status.MISSING, Drift.Status.MISSING, Drift.Status.MISSING);
    assertThat(drift.get(0).diff()).contains("+    image: web:1");
  }

  @Test
  void showsAUnifiedDiffOfAChangedModel() {
    ComposeGenerator generator = ComposeGenerator.create();
    generator.generate(stack("web:1"), dir);

    Drift base = generator.check(stack("web:2"), dir).get(0);

    assertThat(base.status()).isEqualTo(Drift.Status.DIFFERENT);
    assertThat(base.diff()).contains("--- a/compose.yaml", "+++ b/compose.yaml", "-    image: web:1",
        "+    image: web:2");
  }

  @Test
  void reportsGeneratedFilesThatAreNoLongerGenerated() throws IOException {
    ComposeGenerator generator = ComposeGenerator.create();
    generator.generate(stack("web:1").toBuilder().layer(Layer.named("staging")
        .service("web", w -> w.env("A", "1"))).build(), dir);
    Files.writeString(dir.resolve("compose.handwritten.yaml"), "services: {}\n");

    List<Drift> drift = generator.check(stack("web:1"), dir);

    assertThat(drift).filteredOn(Drift::drifted).extracting(d -> d.path().getFileName().toString())
        .containsExactly("README.Docker.md", "compose.staging.yaml"); // the README lists the layers
  }
}
