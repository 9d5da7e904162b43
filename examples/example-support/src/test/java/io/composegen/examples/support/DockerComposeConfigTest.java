package io.composegen.examples.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerComposeConfigTest {

  @Test
  void dropsOnlyTheTopLevelName() {
    assertThat(DockerComposeConfig.withoutName("name: shop\nservices:\n  web:\n    image: nginx\nvolumes:\n  data:\n"
        + "    name: shop-data\n"))
        .isEqualTo("services:\n  web:\n    image: nginx\nvolumes:\n  data:\n    name: shop-data\n");
  }

  @Test
  void mergesTheBaseAndALayerWithTheGivenVariables(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), "name: shop\nservices:\n  web:\n    image: nginx:${TAG}\n");
    Files.writeString(dir.resolve("compose.prod.yaml"), "services:\n  web:\n    restart: unless-stopped\n");
    DockerComposeConfig compose = new DockerComposeConfig(dir, "shop", Map.of("TAG", "1.27"));

    assertThat(compose.services()).containsOnlyKeys("web");
    assertThat(compose.services().get("web")).containsEntry("image", "nginx:1.27").doesNotContainKey("restart");
    assertThat(compose.services("compose.prod.yaml").get("web")).containsEntry("restart", "unless-stopped");
    assertThat(compose.text("compose.prod.yaml")).contains("restart: unless-stopped");
  }

  @Test
  void failsWithWhatDockerComposeSaysWhenItRejectsTheFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx\n    depends_on:\n      - db\n");

    assertThatThrownBy(() -> new DockerComposeConfig(dir, "shop").text())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docker-compose rejects compose.yaml:")
        .hasMessageContaining("db");
  }
}
