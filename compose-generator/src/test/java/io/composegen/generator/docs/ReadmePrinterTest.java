package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.docs.ReadmeView.DiagramSection;
import io.composegen.generator.docs.ReadmeView.EnvironmentSection;
import io.composegen.generator.docs.ReadmeView.ServiceRow;
import io.composegen.generator.docs.ReadmeView.VariableRow;
import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.model.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ReadmePrinter} prints what the shipped {@code README.Docker.md.ftl}, rendered by FreeMarker through the real
 * {@link TemplateEngine}, prints for the same view: the template is the specification of the built-in layout. The
 * generator's READMEs of the golden cases, the examples and arbitrary stacks are compared end to end in
 * {@code BuiltInLayoutsTest}.
 */
class ReadmePrinterTest {

  private static final String TEMPLATE = "README.Docker.md.ftl";
  private static final TemplateEngine TEMPLATES = TemplateEngine.create();

  @TempDir
  Path templates;

  /** Returns the text of the shipped template for {@code readme}, and checks that the printer's is the same. */
  private static String printsAsTheTemplate(ReadmeView readme) {
    String template = TEMPLATES.render(TEMPLATE, Map.of("readme", readme));
    assertThat(ReadmePrinter.print(readme)).isEqualTo(template);
    return template;
  }

  static List<String> goldenCases() {
    return SeedStacks.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void printsTheReadmeOfEveryGoldenCaseAsTheTemplateDoes(String name) throws IOException {
    Stack stack = SeedStacks.all().get(name);
    Path folder = Files.createDirectories(templates.resolve("readme"));
    try (InputStream in = ReadmePrinterTest.class.getResourceAsStream("/io/composegen/generator/templates/"
        + TEMPLATE)) {
      Files.write(folder.resolve(TEMPLATE), in.readAllBytes());
    }
    TemplateEngine shippedCopy = TemplateEngine.withOverrides(folder);

    for (boolean envExample : List.of(true, false)) {
      String printed = ReadmeRenderer.render(stack, stack, List.of("app/Dockerfile"), envExample, TEMPLATES);
      assertThat(printed).as("env example: %s", envExample)
          .isEqualTo(ReadmeRenderer.render(stack, stack, List.of("app/Dockerfile"), envExample, shippedCopy))
          .contains("```mermaid\n");
    }
  }

  @Test
  void printsEveryOptionalPartAsTheTemplateDoes() {
    ReadmeView full = new ReadmeView("Running `shop` with Docker Compose",
        List.of("`compose.yaml`: the base", "`Dockerfile`"),
        List.of(new ServiceRow("web", "web:1", "8080:80", "db (healthy)", "base, dev"),
            new ServiceRow("db", "postgres:16", "", "", "base")),
        List.of(new EnvironmentSection("Base", "Only `compose.yaml`.", "docker compose up -d\ndocker compose down",
                "```", List.of("`docker compose --profile tools up -d`")),
            new EnvironmentSection("dev", "With the override.", "docker compose up", "````", List.of())),
        true,
        List.of(new VariableRow("DB_PASSWORD", "(none)", "required, secret"), new VariableRow("TAG", "latest", "")),
        List.of(".env", "secrets/db.txt"), "```",
        List.of(new DiagramSection("Environment `base`", "flowchart LR\n    a\n", ""),
            new DiagramSection("Environments `dev`, `prod`", "flowchart LR\n", ""),
            new DiagramSection("Environment `test`", "", "This diagram is left out.")));

    String text = printsAsTheTemplate(full);

    assertThat(text).startsWith("# Running `shop` with Docker Compose\n\nThis folder holds")
        .contains("\n- `Dockerfile`\n\n## Services\n\n| Service |")
        .contains("\n| db | postgres:16 |  |  | base |\n\n## Environments\n\n### Base\n\nOnly `compose.yaml`.\n\n```sh\n")
        .contains("named:\n\n- `docker compose --profile tools up -d`\n\n### dev\n")
        .contains("\n| TAG | latest |  |\n\n## Keep secrets")
        .contains("```gitignore\n.env\nsecrets/db.txt\n```\n")
        .endsWith("lead to.\n\n### Environment `base`\n\n```mermaid\nflowchart LR\n    a\n```\n\n"
            + "### Environments `dev`, `prod`\n\n```mermaid\nflowchart LR\n```\n\n"
            + "### Environment `test`\n\nThis diagram is left out.\n");
  }

  @Test
  void printsAnEmptyViewAsTheTemplateDoes() {
    printsAsTheTemplate(new ReadmeView("t", List.of(), List.of(), List.of(), false, List.of(), List.of(), "```",
        List.of()));
    printsAsTheTemplate(new ReadmeView("t", List.of(), List.of(), List.of(), true, List.of(), List.of(), "```",
        List.of(new DiagramSection("", "", ""))));
  }

  @Property(tries = 300)
  void printsAnyViewAsTheTemplateDoes(@ForAll("views") ReadmeView readme) {
    printsAsTheTemplate(readme);
  }

  /** Any text, line breaks, backslashes, pipes, FreeMarker syntax and non-ASCII characters among it. */
  private static final Arbitrary<String> TEXT = Arbitraries.oneOf(
      Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(5),
      Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\\|\u00e9\ud83d\ude00").ofMaxLength(30),
      Arbitraries.of("", "```", "${x}", "<#if>", "\n"));

  @Provide
  Arbitrary<ReadmeView> views() {
    Arbitrary<ServiceRow> service = Combinators.combine(TEXT, TEXT, TEXT, TEXT, TEXT).as(ServiceRow::new);
    Arbitrary<EnvironmentSection> environment = Combinators.combine(TEXT, TEXT, TEXT, TEXT,
        TEXT.list().ofMaxSize(3)).as(EnvironmentSection::new);
    Arbitrary<VariableRow> variable = Combinators.combine(TEXT, TEXT, TEXT).as(VariableRow::new);
    Arbitrary<DiagramSection> diagram = Combinators.combine(TEXT, TEXT, Arbitraries.oneOf(Arbitraries.just(""), TEXT))
        .as(DiagramSection::new);
    return Combinators.combine(TEXT, TEXT.list().ofMaxSize(4), service.list().ofMaxSize(4),
            environment.list().ofMaxSize(4), Arbitraries.of(true, false), variable.list().ofMaxSize(4),
            TEXT.list().ofMaxSize(3), TEXT)
        .as((title, files, services, environments, envExample, variables, ignored, fence) -> new ReadmeView(title,
            files, services, environments, envExample, variables, ignored, fence, List.of()))
        .flatMap(readme -> diagram.list().ofMaxSize(3).map(diagrams -> new ReadmeView(readme.title(),
            readme.files(), readme.services(), readme.environments(), readme.envExample(), readme.variables(),
            readme.ignored(), readme.ignoredFence(), diagrams)));
  }
}
