package io.composegen.generator.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Command;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackStringsTest {

  private static final Stack STACK = Stack.builder("shop")
      .service(Service.builder("web").image("nginx:${TAG}")
          .env("PLAIN", "no dollar")
          .env("URL", "http://${HOST}:80")
          .port("${BIND}:8080:80")
          .volume("${DATA}:/data")
          .command(Command.exec("serve", "--name", "$NAME"))
          .healthcheck(Healthcheck.builder().testPart("CMD").testPart("curl ${HEALTH}").build())
          .label("team", "${TEAM}")
          .extension("x-meta", Map.of("owners", List.of("a", "${OWNER}"))))
      .service(Service.builder("db").image("postgres:16").command("postgres -c ${SETTING}"))
      .extension("x-top", "${TOP}")
      .layer(Layer.prod().service("web", s -> s.env("URL", "https://${HOST}")))
      .build();

  @Test
  void listsEveryStringWithADollarWhereComposeWritesIt() {
    List<String> found = StackStrings.of(STACK, Interpolation::hasDollar).stream()
        .map(o -> o.path() + " = " + o.value()).toList();

    assertThat(found).containsExactly(
        "services.web.image = nginx:${TAG}",
        "services.web.command[2] = $NAME",
        "services.web.environment.URL = http://${HOST}:80",
        "services.web.ports[0].host_ip = ${BIND}",
        "services.web.volumes[0].source = ${DATA}",
        "services.web.healthcheck.test[1] = curl ${HEALTH}",
        "services.web.labels.team = ${TEAM}",
        "services.web.x-meta.owners[1] = ${OWNER}",
        "services.db.command = postgres -c ${SETTING}",
        "x-top = ${TOP}");
  }

  @Test
  void listsEveryStringWithoutAFilterAndThoseOfALayer() {
    assertThat(StackStrings.of(STACK)).extracting(StackStrings.Occurrence::value)
        .contains("shop", "no dollar", "postgres:16", "serve", "--name");
    assertThat(StackStrings.of(STACK.layers().get(Layer.PROD))).extracting(o -> o.path() + " = " + o.value())
        .containsExactly("services.web.environment.URL = https://${HOST}");
  }
}
