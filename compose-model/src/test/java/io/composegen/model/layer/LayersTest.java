package io.composegen.model.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.Stack;
import io.composegen.model.resource.Network;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayersTest {

  private static Stack allocation() {
    return Stack.builder("allocation")
        .service(Service.builder("web").build("./app").image("allocation-web:1.0")
            .command("gunicorn -b :5000 main:app").port("5050:5000").port("127.0.0.1:9000:9000")
            .bind("./app", "/app").volume("cache:/cache").env("LOG_LEVEL", "info")
            .containerName("web").dependsOn("redis", Condition.HEALTHY))
        .service(Service.builder("redis").image("redis:7.0").port("6379:6379"))
        .volume("cache")
        .layer(Layer.dev()
            .service("web", web -> web.env("FLASK_DEBUG", "1").command("flask run --host=0.0.0.0")))
        .layer(Layer.prod()
            .allServices(s -> s.restart(Restart.UNLESS_STOPPED).reset("container_name"))
            .service("web", web -> web.reset("volumes", "/app").reset("ports", "127.0.0.1:9000:9000"))
            .service("redis", redis -> redis.reset("ports"))
            .service(Service.builder("proxy").image("nginx:1.22").port("80:80"))
            .network("edge", Network.defaults()))
        .build();
  }

  @Test
  void resolvesTheDevLayerByMergingIntoTheBase() {
    Service web = allocation().resolve("dev").services().get("web");

    assertThat(web.command().parts()).containsExactly("flask run --host=0.0.0.0");
    assertThat(web.environment()).containsEntry("LOG_LEVEL", "info").containsEntry("FLASK_DEBUG", "1");
    assertThat(web.containerName()).isEqualTo("web");
    assertThat(web.volumes()).hasSize(2);
  }

  @Test
  void resolvesTheProdLayerWithRemovalsAndAllServicesFragment() {
    Stack prod = allocation().resolve("prod");
    Service web = prod.services().get("web");

    assertThat(web.containerName()).isNull();
    assertThat(web.restart()).isEqualTo(Restart.UNLESS_STOPPED);
    assertThat(web.volumes()).containsExactly(ServiceVolume.volume("cache", "/cache"));
    assertThat(web.ports()).extracting(Object::toString).containsExactly("5050:5000");
    assertThat(prod.services().get("redis").ports()).isEmpty();
    assertThat(prod.services().get("redis").restart()).isEqualTo(Restart.UNLESS_STOPPED);
    assertThat(prod.services().get("proxy").restart()).isEqualTo(Restart.UNLESS_STOPPED);
    assertThat(prod.networks()).containsKey("edge");
    assertThat(prod.layers()).isEmpty();
  }

  @Test
  void resolvesBaseAsTheStackWithoutLayers() {
    Stack base = allocation().resolve("base");

    assertThat(base.services().get("web").containerName()).isEqualTo("web");
    assertThat(base.layers()).isEmpty();
  }

  @Test
  void rejectsAnUnknownEnvironmentNamingTheKnownOnes() {
    assertThatThrownBy(() -> allocation().resolve("staging"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no environment \"staging\"; this stack has [base, dev, prod]");
  }

  @Test
  void factoringKeepsRemovedElementsOutOfTheBaseFile() {
    Stack files = Layers.factor(allocation());
    Service web = files.services().get("web");

    assertThat(web.containerName()).isNull();
    assertThat(web.volumes()).containsExactly(ServiceVolume.volume("cache", "/cache"));
    assertThat(web.ports()).extracting(Object::toString).containsExactly("5050:5000");
    assertThat(files.services().get("redis").ports()).isEmpty();
  }

  @Test
  void factoringCarriesRemovedElementsInTheLayersThatKeepThem() {
    Stack files = Layers.factor(allocation());
    Service devWeb = files.layers().get("dev").services().get("web");

    assertThat(devWeb.containerName()).isEqualTo("web");
    assertThat(devWeb.volumes()).containsExactly(ServiceVolume.bind("./app", "/app"));
    assertThat(devWeb.ports()).extracting(Object::toString).containsExactly("127.0.0.1:9000:9000");
    assertThat(files.layers().get("dev").services().get("redis").ports())
        .extracting(Object::toString).containsExactly("6379:6379");
  }

  @Test
  void factoredFilesMergeBackToEveryEnvironment() {
    Stack stack = allocation();
    Stack files = Layers.factor(stack);

    for (String env : stack.layers().keySet()) {
      assertThat(Layers.canonical(Layers.resolve(files, files.layers().get(env))))
          .as(env)
          .isEqualTo(Layers.canonical(stack.resolve(env)));
    }
  }

  @Test
  void comparesFilesWithAnEnvironmentServiceByServiceAsTheMergedStackCompares() {
    Stack stack = allocation();
    Stack files = Layers.factor(stack);
    for (String env : stack.layers().keySet()) {
      Layer file = files.layers().get(env);
      Stack meant = stack.resolve(env);
      Service web = meant.services().get("web");
      List<Stack> variants = List.of(
          meant,
          meant.toBuilder().service(web.toBuilder().image("allocation-web:2.0")).build(),
          meant.toBuilder().service(Service.builder("extra").image("busybox:1.36")).build(),
          new Stack(meant.name(), meant.baseFileName(), Map.of("web", web), meant.networks(), meant.volumes(),
              meant.secrets(), meant.configs(), meant.extensions(), meant.layers()),
          reversed(meant),
          meant.toBuilder().network("other", Network.defaults()).build(),
          meant.toBuilder().extension("x-team", "a").build(),
          new Stack("other", meant.baseFileName(), meant.services(), meant.networks(), meant.volumes(),
              meant.secrets(), meant.configs(), meant.extensions(), meant.layers()));
      for (Stack variant : variants) {
        assertThat(Layers.resolvesTo(files, file, variant)).as("%s: %s", env, variant)
            .isEqualTo(Layers.canonical(Layers.resolve(files, file)).equals(Layers.canonical(variant)));
      }
      assertThat(Layers.resolvesTo(files, file, meant)).as(env).isTrue();
      assertThat(Layers.resolvesTo(files, file, reversed(meant))).as(env).isTrue();
      assertThat(Layers.resolvesTo(files, file, variants.get(1))).as(env).isFalse();
    }
  }

  /** Returns {@code stack} with its services in reverse order. */
  private static Stack reversed(Stack stack) {
    List<String> names = new ArrayList<>(stack.services().keySet());
    Collections.reverse(names);
    Map<String, Service> services = new LinkedHashMap<>();
    names.forEach(name -> services.put(name, stack.services().get(name)));
    return new Stack(stack.name(), stack.baseFileName(), services, stack.networks(), stack.volumes(), stack.secrets(),
        stack.configs(), stack.extensions(), stack.layers());
  }

  @Test
  void factoredLayersHoldNoResetsAndNoAllServicesFragment() {
    Stack files = Layers.factor(allocation());

    for (Layer layer : files.layers().values()) {
      assertThat(layer.allServices()).isNull();
      assertThat(layer.services().values()).allSatisfy(s -> assertThat(s.resets()).isEmpty());
    }
  }

  @Test
  void aLayerWithoutRemovalsFactorsToItself() {
    Stack stack = Stack.builder("s")
        .service(Service.builder("web").image("web:1"))
        .layer(Layer.dev().service("web", w -> w.env("A", "1")))
        .build();

    Stack files = Layers.factor(stack);

    assertThat(files.services()).isEqualTo(stack.services());
    assertThat(files.layers().get("dev").services().get("web")).isEqualTo(Service.builder("web").env("A", "1").build());
  }

  @Test
  void aLayerBuilderKeepsServicesGivenWholeAndEditsThemInTheirPlace() {
    Service web = Service.builder("web").image("web:1").env("A", "1").build();
    Service db = Service.builder("db").image("postgres:16").build();
    Layer.Builder builder = Layer.dev().service(web).service("cache", c -> c.image("redis:7")).service(db)
        .service("web", w -> w.env("B", "2"));
    builder.service("web", w -> w.env("C", "3"));

    Layer layer = builder.build();

    assertThat(layer.services().keySet()).containsExactly("web", "cache", "db");
    assertThat(layer.services().get("web"))
        .isEqualTo(Service.builder("web").image("web:1").env("A", "1").env("B", "2").env("C", "3").build());
    assertThat(layer.services().get("db")).isSameAs(db);
    assertThat(builder.build()).isEqualTo(layer);
    Layer again = layer.toBuilder().build();
    assertThat(again).isEqualTo(layer);
    layer.services().forEach((name, service) -> assertThat(again.services().get(name)).isSameAs(service));
    assertThat(layer.toBuilder().service("db", d -> d.env("X", "1")).build().services().get("db"))
        .isEqualTo(db.toBuilder().env("X", "1").build());
    assertThat(layer.services().get("db")).isSameAs(db); // the layer did not change
  }

  @Test
  void usesConventionalFileNames() {
    assertThat(Layer.dev().build().effectiveFileName()).isEqualTo("compose.override.yaml");
    assertThat(Layer.prod().build().effectiveFileName()).isEqualTo("compose.prod.yaml");
    assertThat(Layer.named("staging").build().effectiveFileName()).isEqualTo("compose.staging.yaml");
    assertThat(Layer.dev().fileName("docker-compose-development.yml").build().effectiveFileName())
        .isEqualTo("docker-compose-development.yml");
    assertThat(Layer.prod().build().production()).isTrue();
    assertThat(Layer.dev().build().production()).isFalse();
  }

  @Test
  void rejectsAResetOfAnUnknownAttribute() {
    assertThatThrownBy(() -> Service.builder("web").reset("colour"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reset: \"colour\" is not a service attribute");
  }

  @Test
  void rejectsAnElementResetOfAScalarAttribute() {
    assertThatThrownBy(() -> Service.builder("web").reset("image", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reset: the elements of \"image\" cannot be removed one by one; remove the whole attribute");
  }

  @Test
  void normalisesPortResetKeysFromShortSyntax() {
    Service fragment = Service.builder("web").reset("ports", "8080:80").build();

    assertThat(fragment.resets().get(0).key()).isEqualTo("0.0.0.0:8080:80/tcp");
  }
}
