package io.composegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackTest {

  @Test
  void keepsDeclarationOrder() {
    Stack stack = Stack.builder("s")
        .service(Service.builder("zeta").image("z:1"))
        .service(Service.builder("alpha").image("a:1"))
        .service(Service.builder("mid").image("m:1"))
        .build();

    assertThat(stack.services().keySet()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  void replacesAServiceAddedTwice() {
    Stack stack = Stack.builder("s")
        .service(Service.builder("web").image("a:1"))
        .service(Service.builder("web").image("b:1"))
        .build();

    assertThat(stack.services().get("web").image()).isEqualTo("b:1");
  }

  @Test
  void isImmutable() {
    Map<String, Service> services = new LinkedHashMap<>();
    services.put("web", Service.builder("web").image("a:1").build());
    Stack stack = new Stack("s", null, services, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    services.clear();

    assertThat(stack.services()).hasSize(1);
    assertThatThrownBy(() -> stack.services().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsProjectNamesComposeRejects() {
    assertThatThrownBy(() -> Stack.builder("My App").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid project name \"My App\": use lower-case letters, digits, '-' and '_', starting with a letter or digit");
  }

  @Test
  void rejectsAMapKeyThatDiffersFromTheServiceName() {
    assertThatThrownBy(() -> new Stack(null, null, Map.of("web", Service.builder("api").image("a").build()),
        Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("services.web holds service api");
  }

  @Test
  void rejectsExtensionKeysWithoutXPrefix() {
    assertThatThrownBy(() -> Stack.builder("s").extension("defaults", 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stack: extension key \"defaults\" must start with \"x-\"");
  }

  @Test
  void copiesExtensionValuesDeeply() {
    List<Object> list = new java.util.ArrayList<>(List.of("a"));
    Stack stack = Stack.builder("s").extension("x-list", list).build();
    list.add("b");

    assertThat(stack.extensions().get("x-list")).isEqualTo(List.of("a"));
  }

  @Test
  void rejectsExtensionValuesYamlCannotCarry() {
    assertThatThrownBy(() -> Stack.builder("s").extension("x-thread", new Object()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stack.x-thread: Object is not a YAML value (use strings, numbers, booleans, lists or maps)");
  }

  @Test
  void listsEnvironmentsBaseFirst() {
    Stack stack = Stack.builder("s").layer(Layer.dev()).layer(Layer.named("staging")).layer(Layer.prod()).build();

    assertThat(stack.environments()).containsExactly("base", "dev", "staging", "prod");
  }

  @Test
  void mergesTopLevelResourcesPerName() {
    Stack stack = Stack.builder("s")
        .network("front", Network.builder().driver("bridge").label("a", "1").build())
        .volume("data", Volume.defaults())
        .secret("db", Secret.fromFile("./db.txt"))
        .layer(Layer.prod()
            .network("front", Network.builder().label("b", "2").build())
            .secret("db", Secret.externalSecret("prod_db")))
        .build();

    Stack prod = stack.resolve("prod");

    assertThat(prod.networks().get("front")).isEqualTo(
        Network.builder().driver("bridge").label("a", "1").label("b", "2").build());
    assertThat(prod.secrets().get("db")).isEqualTo(Secret.externalSecret("prod_db"));
    assertThat(prod.volumes()).containsOnlyKeys("data");
  }

  @Test
  void rejectsLayerNamedBase() {
    assertThatThrownBy(() -> Layer.named("base").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid layer name \"base\": it names the stack without layers");
  }
}
