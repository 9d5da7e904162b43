package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.EnvFile;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.Service;
import org.junit.jupiter.api.Test;

class LegacyCompatibilityTest {

  @Test
  void acceptsAStackThatDockerCompose1Reads() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("web:1").port("127.0.0.1:8080:80").dependsOn("db"))
        .service(Service.builder("db").image("postgres:15"))
        .build();

    assertThat(LegacyCompatibility.problems(stack)).isEmpty();
    assertThat(ComposeGenerator.builder().legacy(true).build().render(stack).get("compose.yaml"))
        .doesNotContain("name: shop");
  }

  @Test
  void listsEveryUnsupportedUseWithItsPath() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("web:1")
            .port(PortMapping.of(8080, 80).withHostIp("127.0.0.1").withMode("host"))
            .dependsOn("db", Dependency.healthy().withRequired(false))
            .envFile(new EnvFile("web.env", false))
            .config("nginx_conf"))
        .service(Service.builder("db").image("postgres:15")
            .healthcheck(Healthcheck.builder().testPart("CMD").testPart("true")
                .startInterval(io.composegen.model.units.ComposeDuration.parse("1s")).build()))
        .layer(Layer.prod().service("web", w -> w.port(PortMapping.of(9090, 90).withName("admin"))))
        .build();

    assertThat(LegacyCompatibility.problems(stack)).containsExactly(
        "services.web.depends_on.db.required: depends_on required",
        "services.web.ports[0]: host_ip in the long port syntax (use the short syntax \"ip:published:target\" "
            + "without mode, name or app_protocol)",
        "services.web.env_file[0]: env_file entries with required",
        "services.web.configs[0]: service configs (docker-compose 1.x reads them but mounts nothing outside a swarm; "
            + "bind-mount the file in volumes instead)",
        "services.db.healthcheck.start_interval: healthcheck start_interval",
        "layers.prod.services.web.ports[0].name: named ports");
  }

  @Test
  void legacyRenderingFailsListingTheProblems() {
    Stack stack = Stack.builder(null)
        .service(Service.builder("web").image("web:1").dependsOn("db", new Dependency(null, true, null)))
        .service(Service.builder("db").image("postgres:15"))
        .build();

    assertThatThrownBy(() -> ComposeGenerator.builder().legacy(true).build().render(stack))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("docker-compose 1.x cannot read what this stack uses:\n"
            + "  services.web.depends_on.db.restart: depends_on restart\n"
            + "Render for Compose v2 (docker compose) instead, or remove these settings.");
  }
}
