package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackCommandsTest {

  private static Stack stack(String base, Layer.Builder... layers) {
    Stack.Builder b = Stack.builder("app").baseFileName(base).service(Service.builder("web").image("nginx:1.27"));
    for (Layer.Builder layer : layers) {
      b.layer(layer);
    }
    return b.build();
  }

  @Test
  void runsTheLayerInTheOverrideFileByDefault() {
    Stack stack = stack(null, Layer.dev(), Layer.prod());

    assertThat(StackCommands.defaultEnvironment(stack)).isEqualTo("dev");
    assertThat(StackCommands.command(stack, "dev", List.of(), "up")).isEqualTo("docker compose up");
    assertThat(StackCommands.command(stack, "base", List.of(), "up")).isEqualTo("docker compose -f compose.yaml up");
    assertThat(StackCommands.command(stack, "prod", List.of("test"), "up"))
        .isEqualTo("docker compose -f compose.yaml -f compose.prod.yaml --profile test up -d");
  }

  @Test
  void findsTheOverrideFileOfEachNameComposeLooksFor() {
    assertThat(StackCommands.defaultEnvironment(stack("docker-compose.yml",
        Layer.dev().fileName("docker-compose.override.yml")))).isEqualTo("dev");
    assertThat(StackCommands.defaultEnvironment(stack("compose.yml",
        Layer.named("local").fileName("compose.override.yml")))).isEqualTo("local");
    assertThat(StackCommands.defaultEnvironment(stack("docker-compose.yml", Layer.dev()))).isEqualTo("base");
    assertThat(StackCommands.defaultEnvironment(stack("stack.yaml", Layer.dev()))).isEqualTo("base");
  }

  @Test
  void namesTheBaseWhenComposeWouldNotFindIt() {
    Stack stack = stack("stack.yaml");

    assertThat(StackCommands.command(stack, "base", List.of(), "up")).isEqualTo("docker compose -f stack.yaml up");
  }

  @Test
  void quotesWordsTheShellWouldSplitOrExpand() {
    assertThat(StackCommands.shellWord("compose.prod.yaml")).isEqualTo("compose.prod.yaml");
    assertThat(StackCommands.shellWord("my file's $HOME.yaml")).isEqualTo("'my file'\\''s $HOME.yaml'");
  }
}
