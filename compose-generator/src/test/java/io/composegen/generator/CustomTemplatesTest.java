package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.Stack;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of the user's templates replaces built-in templates of the same name, and is held to the read-back check. */
class CustomTemplatesTest {

  @TempDir
  Path templates;

  private static final Stack STACK = Stack.builder("shop").service(Service.builder("web").image("web:1")).build();

  private static String builtIn() throws IOException {
    try (var in = CustomTemplatesTest.class.getResourceAsStream(
        "/io/composegen/generator/templates/compose.yaml.ftl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aTemplateOfTheSameNameReplacesTheBuiltInOne() throws IOException {
    String layout = builtIn().replace("<#sep>\n\n</#sep>", "<#sep>\n# ----\n</#sep>");
    Files.writeString(templates.resolve("compose.yaml.ftl"), layout);
    Stack two = STACK.toBuilder().service(Service.builder("db").image("postgres:15")).build();

    String text = ComposeGenerator.builder().templates(templates).build().render(two).get("compose.yaml");

    assertThat(text).contains("    image: web:1\n# ----\n  db:\n");
  }

  @Test
  void namesTheBuiltInTemplatesFallBackWhenTheFolderLacksThem() throws IOException {
    Files.writeString(templates.resolve("unrelated.ftl"), "x");

    assertThat(ComposeGenerator.builder().templates(templates).build().render(STACK))
        .isEqualTo(ComposeGenerator.create().render(STACK));
  }

  @Test
  void aTemplateThatChangesWhatTheFileSaysFailsTheReadBackCheck() throws IOException {
    Files.writeString(templates.resolve("compose.yaml.ftl"), "name: shop\nservices:\n  web:\n    image: other:2\n");

    assertThatThrownBy(() -> ComposeGenerator.builder().templates(templates).build().render(STACK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("compose.yaml")
        .hasMessageContaining("services.web.image")
        .hasMessageContaining("check the templates in " + templates);
  }
}
