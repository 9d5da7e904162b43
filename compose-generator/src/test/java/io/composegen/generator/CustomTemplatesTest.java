package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.docs.GraphFormat;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.model.Stack;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of the user's templates replaces built-in templates of the same name, those printed in Java too (compose
 * files, diagrams, generated Dockerfiles and {@code .dockerignore} files, the README), and is held to the read-back
 * check.
 */
class CustomTemplatesTest {

  @TempDir
  Path templates;

  private static final Stack STACK = Stack.builder("shop").service(Service.builder("web").image("web:1")).build();

  private static String builtIn() throws IOException {
    return builtIn("compose.yaml.ftl");
  }

  private static String builtIn(String name) throws IOException {
    try (var in = CustomTemplatesTest.class.getResourceAsStream("/io/composegen/generator/templates/" + name)) {
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
  void aMermaidTemplateOfTheSameNameDrawsTheGraphsAndTheReadmesDiagrams() throws IOException {
    Files.writeString(templates.resolve("graph.mmd.ftl"), builtIn("graph.mmd.ftl").replace("flowchart LR", "flowchart TB"));
    ComposeGenerator generator = ComposeGenerator.builder().templates(templates).build();

    assertThat(generator.graph(STACK, Stack.BASE, GraphFormat.MERMAID)).startsWith("flowchart TB\n");
    assertThat(generator.render(STACK).get("README.Docker.md")).contains("```mermaid\nflowchart TB\n")
        .doesNotContain("flowchart LR");
    assertThat(generator.graph(STACK, Stack.BASE, GraphFormat.DOT))
        .isEqualTo(ComposeGenerator.create().graph(STACK, Stack.BASE, GraphFormat.DOT));
  }

  @Test
  void aDotTemplateOfTheSameNameDrawsTheDotGraphs() throws IOException {
    Files.writeString(templates.resolve("graph.dot.ftl"), builtIn("graph.dot.ftl").replace("rankdir=LR", "rankdir=TB"));
    ComposeGenerator generator = ComposeGenerator.builder().templates(templates).build();

    assertThat(generator.graph(STACK, Stack.BASE, GraphFormat.DOT)).contains("    graph [rankdir=TB, ");
    assertThat(generator.graph(STACK, Stack.BASE, GraphFormat.MERMAID))
        .isEqualTo(ComposeGenerator.create().graph(STACK, Stack.BASE, GraphFormat.MERMAID));
  }

  @Test
  void aDockerfileTemplateOfTheSameNameWritesTheGeneratedDockerfiles() throws IOException {
    Files.writeString(templates.resolve("Dockerfile.ftl"), builtIn("Dockerfile.ftl")
        .replace("\nFROM ${stage.from}", "\n# stage ${stage?counter}\nFROM ${stage.from}"));
    Stack built = STACK.toBuilder().service(Service.builder("api").build(".", Recipes.pythonPip().build())).build();

    Map<String, String> files = ComposeGenerator.builder().templates(templates).build().render(built);
    Map<String, String> builtInFiles = ComposeGenerator.create().render(built);

    assertThat(files.get("Dockerfile")).contains("\n# stage 1\nFROM ").contains("\n# stage 2\nFROM ")
        .startsWith("# syntax=docker/dockerfile:1\n" + GeneratedMark.PREFIX);
    assertThat(builtInFiles.get("Dockerfile")).doesNotContain("# stage");
    assertThat(files.get(".dockerignore")).isEqualTo(builtInFiles.get(".dockerignore"));
    assertThat(files.get("compose.yaml")).isEqualTo(builtInFiles.get("compose.yaml"));
  }

  @Test
  void aDockerignoreTemplateOfTheSameNameWritesTheDockerignoreFiles() throws IOException {
    Files.writeString(templates.resolve("dockerignore.ftl"), builtIn("dockerignore.ftl").replace("# ${section.title}",
        "## ${section.title?upper_case}"));
    Stack built = STACK.toBuilder().service(Service.builder("api").build(".", Recipes.node().build())).build();

    Map<String, String> files = ComposeGenerator.builder().templates(templates).build().render(built);

    assertThat(files.get(".dockerignore")).contains("\n## SECRETS: NEVER PART OF AN IMAGE\n")
        .doesNotContain("\n# Secrets");
    assertThat(files.get("Dockerfile")).isEqualTo(ComposeGenerator.create().render(built).get("Dockerfile"));
  }

  @Test
  void aReadmeTemplateOfTheSameNameWritesTheReadme() throws IOException {
    Files.writeString(templates.resolve("README.Docker.md.ftl"), builtIn("README.Docker.md.ftl")
        .replace("## Files", "## The files"));
    ComposeGenerator generator = ComposeGenerator.builder().templates(templates).build();

    assertThat(generator.render(STACK).get("README.Docker.md")).contains("\n## The files\n")
        .contains("```mermaid\nflowchart LR\n");
    assertThat(ComposeGenerator.create().render(STACK).get("README.Docker.md")).contains("\n## Files\n");
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
