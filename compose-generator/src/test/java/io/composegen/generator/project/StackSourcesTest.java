package io.composegen.generator.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackSourcesTest {

  private static final Stack INFERRED = ProjectInference.infer(new ProjectFacts("orders", "1.0.0", null, null, "jar",
      "21", 8080, List.of("org.postgresql:postgresql"), false, false), true);

  private static Stack described(String text) {
    ReadResult<Stack> read = DescriptorReader.create().read(text, "stack.yaml");
    assertThat(read.problems()).isEmpty();
    return read.value();
  }

  @Test
  void addsTheDescriptorsServicesAfterTheInferredOnes() {
    Stack described = described("""
        services:
          cache: {preset: redis}
          proxy: {image: "nginx:1.27"}
        layers:
          dev:
            services:
              orders: {environment: {LOG_LEVEL: debug}}
        """);

    Stack stack = StackSources.overlay(INFERRED, described);

    assertThat(stack.name()).isEqualTo("orders");
    assertThat(stack.services()).containsOnlyKeys("orders", "db", "cache", "proxy");
    assertThat(List.copyOf(stack.services().keySet())).containsExactly("orders", "db", "cache", "proxy");
    assertThat(stack.services().get("orders")).isEqualTo(INFERRED.services().get("orders"));
    assertThat(stack.volumes()).containsOnlyKeys("db-data", "redis-data");
    assertThat(stack.secrets()).isEqualTo(INFERRED.secrets());
    assertThat(List.copyOf(stack.layers().keySet())).containsExactly("prod", "dev");
    assertThat(StackSources.keptFromInference(INFERRED, described)).containsExactly("orders", "db");
  }

  @Test
  void replacesInferredEntriesOfTheSameNameInTheirPlace() {
    Stack described = described("""
        name: shop
        base_file: docker-compose.yml
        services:
          db: {image: "postgres:16"}
        layers:
          prod:
            services:
              "*": {restart: always}
        """);

    Stack stack = StackSources.overlay(INFERRED, described);

    assertThat(stack.name()).isEqualTo("shop");
    assertThat(stack.baseFileName()).isEqualTo("docker-compose.yml");
    assertThat(List.copyOf(stack.services().keySet())).containsExactly("orders", "db");
    assertThat(stack.services().get("db")).isEqualTo(Service.builder("db").image("postgres:16").build());
    assertThat(stack.layers().get("prod")).isEqualTo(Layer.prod().allServices(s -> s.restart(Restart.ALWAYS)).build());
    assertThat(StackSources.keptFromInference(INFERRED, described)).containsExactly("orders");
  }

  @Test
  void keepsTheModelsRules() {
    Stack described = described("""
        layers:
          prod:
            services:
              orders: {image_of: db}
        """);

    assertThatThrownBy(() -> StackSources.overlay(INFERRED, described)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("layers.prod.services.orders: a layer cannot change how a base service's image is"
            + " built");
  }
}
