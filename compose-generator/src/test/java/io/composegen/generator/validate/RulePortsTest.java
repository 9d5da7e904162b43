package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import org.junit.jupiter.api.Test;

/** CG120: host ports published twice. */
class RulePortsTest {

  @Test
  void reportsSamePortPublishedTwice() {
    Stack stack = base(Service.builder("api").image("acme/api:1.0").port("8080:8080"),
        Service.builder("web").image("nginx:1.27").port("80:80").port("8080:80"));

    assertOnly(stack, "CG120", "services.web.ports[1]",
        "host port 8080/tcp is published twice (also by services.api.ports[0])");
  }

  @Test
  void reportsAddressOnAllInterfacesCollidingWithOneAddress() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").port("8080:80"),
        Service.builder("api").image("acme/api:1.0").port("127.0.0.1:8080:8080"));

    assertOnly(stack, "CG120", "services.api.ports[0]",
        "host port 127.0.0.1:8080/tcp is published twice (also by services.web.ports[0])");
  }

  @Test
  void reportsOverlappingRanges() {
    Stack stack = base(Service.builder("media").image("acme/media:1.0").port("8000-8010:8000-8010"),
        Service.builder("rtp").image("acme/rtp:1.0").port("8010-8012:5000-5002"));

    assertOnly(stack, "CG120", "services.rtp.ports[0]",
        "host ports 8010-8012/tcp overlap host ports 8000-8010/tcp (published by services.media.ports[0])");
  }

  @Test
  void acceptsOtherProtocolOtherAddressAndEphemeralPorts() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").port("127.0.0.1:8080:80").port("53:53/udp")
            .port("80"),
        Service.builder("api").image("acme/api:1.0").port("127.0.0.2:8080:8080").port("53:53").port("80")
            .port("8000-8100:9000"),
        Service.builder("admin").image("acme/admin:1.0").port("8050:80"));

    assertNone(stack, "CG120");
  }

  @Test
  void locatesCollisionInTheLayerFileThatAddsIt() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").port("8080:80")).toBuilder()
        .layer(Layer.dev().service(Service.builder("docs").image("squidfunk/mkdocs-material:9.5").port("8080:8000")))
        .build();

    assertThat(problems(stack, "CG120")).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("compose.override.yaml");
      assertThat(p.path()).hasToString("services.docs.ports[0]");
      assertThat(p.message())
          .isEqualTo("host port 8080/tcp is published twice (also by compose.yaml services.web.ports[0])");
      assertThat(p.environments()).containsExactly("dev");
    });
  }
}
