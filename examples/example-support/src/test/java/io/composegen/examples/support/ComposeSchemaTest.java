package io.composegen.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeSchemaTest {

  @Test
  void acceptsAValidFile() {
    assertThat(ComposeSchema.get().validate(
        "name: shop\nservices:\n  web:\n    image: nginx\n    healthcheck:\n      interval: 10s\n")).isEmpty();
  }

  @Test
  void reportsAnUnknownKeyAndAMalformedDuration() {
    assertThat(ComposeSchema.get().validate(
        "services:\n  web:\n    image: nginx\n    imagee: x\n    healthcheck:\n      interval: 10 seconds\n"))
        .anySatisfy(message -> assertThat(message).contains("$.services.web").contains("imagee"))
        .anySatisfy(message -> assertThat(message).contains("is not a Go duration"));
  }

  @Test
  void listsTheBaseFirstThenTheLayers(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"compose.prod.yaml", "compose.yaml", "compose.override.yaml", "other.yaml"}) {
      Files.writeString(dir.resolve(name), "services: {}\n");
    }
    assertThat(ComposeSchema.composeFiles(dir)).extracting(file -> file.getFileName().toString())
        .containsExactly("compose.yaml", "compose.override.yaml", "compose.prod.yaml");
  }
}
