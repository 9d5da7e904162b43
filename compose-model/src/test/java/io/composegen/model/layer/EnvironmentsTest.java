package io.composegen.model.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.Stack;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {

  private static Stack stack() {
    return Stack.builder("shop")
        .service(Service.builder("web").image("shop-web:1.0").port("8080:8080").env("LOG_LEVEL", "info"))
        .service(Service.builder("db").image("postgres:16").port("5432:5432"))
        .layer(Layer.dev().service("web", web -> web.env("DEBUG", "1")))
        .layer(Layer.prod()
            .allServices(s -> s.restart(Restart.UNLESS_STOPPED))
            .service("db", db -> db.reset("ports")))
        .build();
  }

  @Test
  void resolvesEveryEnvironmentAsTheStackDoes() {
    Stack stack = stack();
    Environments environments = Environments.of(stack);

    assertThat(environments.names()).containsExactly(Stack.BASE, "dev", "prod");
    for (String name : stack.environments()) {
      assertThat(environments.resolved(name)).isEqualTo(stack.resolve(name));
    }
    assertThat(environments.resolved().keySet()).containsExactlyElementsOf(stack.environments());
  }

  @Test
  void factorsTheLayersAsLayersDoes() {
    Stack stack = stack();

    assertThat(Environments.of(stack).files()).isEqualTo(Layers.factor(stack));
    assertThat(Environments.of(stack).stack()).isSameAs(stack);
  }

  @Test
  void factorsAStackWithoutLayersAsLayersDoes() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("shop-web:1.0").port("8080:8080").env("LOG_LEVEL", "info")
            .reset("ports"))
        .service(Service.builder("db").image("postgres:16").port("5432:5432"))
        .build();

    assertThat(Environments.of(stack).files()).isEqualTo(Layers.factor(stack));
    assertThat(Environments.of(stack).resolved(Stack.BASE)).isEqualTo(stack.resolve(Stack.BASE));
  }

  @Test
  void rejectsAnEnvironmentTheStackLacks() {
    assertThatThrownBy(() -> Environments.of(stack()).resolved("staging"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no environment \"staging\"; this stack has [base, dev, prod]");
  }
}
