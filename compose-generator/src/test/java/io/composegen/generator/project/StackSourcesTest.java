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
    assertThat(List.copyOf(stack.layers().keySet())).containsExactly("dev", "prod");
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

  /** Reads {@code text} as a descriptor whose layer {@code pom} holds the amendments, as the Maven plugin does. */
  private static Layer amendments(String text) {
    return described(text).layers().get("pom");
  }

  @Test
  void amendMergesServicesOfTheSameNameByComposeRules() {
    Layer pom = amendments("""
        layers:
          pom:
            services:
              orders:
                environment: {MAIL_HOST: mailhog}
                ports: ["9090:9090"]
              db: {image: "postgres:16"}
        """);

    ReadResult<Stack> amended = StackSources.amend(INFERRED, pom, List.of());

    assertThat(amended.problems()).isEmpty();
    Service orders = amended.value().services().get("orders");
    assertThat(orders.environment()).containsEntry("MAIL_HOST", "mailhog")
        .containsKey("DATABASE_URL");
    assertThat(orders.ports()).hasSize(2);
    assertThat(orders.generatedBuild()).isEqualTo(INFERRED.services().get("orders").generatedBuild());
    assertThat(amended.value().services().get("db").image()).isEqualTo("postgres:16");
    assertThat(amended.value().services().get("db").healthcheck())
        .isEqualTo(INFERRED.services().get("db").healthcheck());
    assertThat(List.copyOf(amended.value().services().keySet())).containsExactly("orders", "db");
  }

  @Test
  void amendAddsNewServicesAndTheirResourcesAfterTheOthers() {
    Layer pom = amendments("""
        layers:
          pom:
            services:
              mailhog: {image: "mailhog/mailhog:v1.0.1", volumes: ["mail-data:/maildir"]}
              cache: {preset: "redis:7.0"}
            volumes:
              mail-data: {}
        """);

    Stack stack = StackSources.amend(INFERRED, pom, List.of()).value();

    assertThat(List.copyOf(stack.services().keySet())).containsExactly("orders", "db", "mailhog", "cache");
    assertThat(List.copyOf(stack.volumes().keySet())).containsExactly("db-data", "mail-data", "redis-data");
  }

  @Test
  void amendLetsTheLaterSourceSayHowTheImageIsBuilt() {
    Layer pom = amendments("""
        layers:
          pom:
            services:
              orders: {image_of: worker}
              db: {recipe: {type: node}}
        """);

    Stack stack = StackSources.amend(INFERRED, pom, List.of()).value();

    assertThat(stack.services().get("orders").imageOf()).isEqualTo("worker");
    assertThat(stack.services().get("orders").generatedBuild()).isNull();
    assertThat(stack.services().get("db").generatedBuild()).isNotNull();
    assertThat(stack.services().get("db").image()).isEqualTo("postgres:15");
  }

  @Test
  void amendReportsNewServicesWithoutAnImageAndResetsThatRemoveNothing() {
    Layer pom = amendments("""
        layers:
          pom:
            services:
              ghost: {environment: {A: "1"}}
              shadow: {image: "busybox:1.36", reset: [ports]}
        """);

    ReadResult<Stack> amended = StackSources.amend(INFERRED, pom, List.of());

    assertThat(amended.problems()).extracting(Object::toString).containsExactly(
        "services.ghost: CG704 service \"ghost\" has neither image nor build, and no earlier source defines it"
            + " (set image, build, recipe, preset or image_of, or check the service's name)",
        "services.shadow: CG703 reset in service \"shadow\" removes nothing: no earlier source defines the service"
            + " (remove reset, or check the service's name)");
    assertThat(amended.value()).isEqualTo(INFERRED);
  }

  @Test
  void amendMergesLayersOfTheSameNameKeepingTheResetsOfBoth() {
    Stack stack = described("""
        services:
          web: {image: "nginx:1.27", ports: ["8080:80"], environment: {A: "1", B: "2"}}
        layers:
          dev:
            file: docker-compose.dev.yml
            services:
              web: {environment: {LOG: debug}, reset: [{environment: A}]}
        """);
    Layer dev = described("""
        layers:
          dev:
            services:
              web: {environment: {TRACE: "on"}, reset: [{environment: B}]}
              "*": {restart: "no"}
          staging: {}
        """).layers().get("dev");

    ReadResult<Stack> amended = StackSources.amend(stack, Layer.named("pom").build(), List.of(dev));

    assertThat(amended.problems()).isEmpty();
    Layer merged = amended.value().layers().get("dev");
    assertThat(merged.fileName()).isEqualTo("docker-compose.dev.yml");
    assertThat(merged.services().get("web").environment()).containsExactly(
        java.util.Map.entry("LOG", "debug"), java.util.Map.entry("TRACE", "on"));
    assertThat(amended.value().resolve("dev").services().get("web").environment())
        .containsOnlyKeys("LOG", "TRACE");
    assertThat(merged.services()).containsKey("*");
  }
}
