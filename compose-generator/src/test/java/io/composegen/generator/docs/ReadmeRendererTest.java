package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.check.Drift;
import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Secret;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceFileRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README.Docker.md, read back with a CommonMark parser (GitHub's tables included) as the oracle. */
class ReadmeRendererTest {

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static String readme(Stack stack) {
    String text = ComposeGenerator.create().render(stack).get(ReadmeRenderer.FILE_NAME);
    assertThat(GeneratedMark.inspect(text)).isEqualTo(MarkStatus.INTACT);
    return text;
  }

  @Test
  void runsEachEnvironmentWithTheStacksOwnFileNames() {
    Stack stack = Stack.builder("app").baseFileName("docker-compose.yml")
        .service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.dev().fileName("docker-compose.override.yml").service("web", w -> w.port("8080:80")))
        .layer(Layer.prod().fileName("docker-compose.production.yml").service("web", w -> w.port("80:80")))
        .build();

    List<String> blocks = codeBlocks(readme(stack), "sh");

    assertThat(blocks).containsExactly(
        "docker compose -f docker-compose.yml up\ndocker compose -f docker-compose.yml down\n",
        "docker compose up\ndocker compose down\n",
        "docker compose -f docker-compose.yml -f docker-compose.production.yml up -d\n"
            + "docker compose -f docker-compose.yml -f docker-compose.production.yml down\n");
  }

  @Test
  void namesEveryFileWhenComposeWouldNotFindThem() {
    Stack stack = Stack.builder("app").baseFileName("stack.yaml")
        .service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.dev().service("web", w -> w.port("8080:80")))
        .build();

    assertThat(codeBlocks(readme(stack), "sh")).containsExactly(
        "docker compose -f stack.yaml up\ndocker compose -f stack.yaml down\n",
        "docker compose -f stack.yaml -f compose.override.yaml up\n"
            + "docker compose -f stack.yaml -f compose.override.yaml down\n");
  }

  @Test
  void quotesFileNamesTheShellWouldSplit() {
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.named("qa").fileName("compose qa's.yaml").service("web", w -> w.port("8080:80")))
        .build();

    assertThat(codeBlocks(readme(stack), "sh")).contains(
        "docker compose -f compose.yaml -f 'compose qa'\\''s.yaml' up\n"
            + "docker compose -f compose.yaml -f 'compose qa'\\''s.yaml' down\n");
  }

  @Test
  void tellsHowToStartTheServicesOfAProfile() {
    Stack stack = Stack.builder("app")
        .service(Service.builder("web").image("nginx:1.27"))
        .service(Service.builder("e2e").image("e2e:1").profile("test"))
        .service(Service.builder("load").image("k6:1").profile("test"))
        .build();

    assertThat(readme(stack)).contains("- `docker compose --profile test up` also starts `e2e`, `load`\n");
  }

  @Test
  void keepsEveryTableCellIntactWhateverTheValues() {
    Stack stack = DiagramsTest.hostileStack();
    Node document = PARSER.parse(readme(stack));

    List<List<String>> rows = tableRows(document, 0);
    assertThat(rows.get(0)).containsExactly("Service", "Image", "Ports (host:container)", "Depends on",
        "Environments");
    assertThat(rows).hasSize(1 + stack.services().size());
    int i = 1;
    for (Service service : stack.services().values()) {
      List<String> row = rows.get(i++);
      assertThat(row).as("row of %s", service.name()).hasSize(5);
      assertThat(row.get(0)).isEqualTo(service.name());
      String image = service.image().replace('\n', ' ');
      assertThat(row.get(1)).isEqualTo("base: " + image + "; prod: other");
    }
  }

  @Test
  void drawsOneDiagramWhenEveryEnvironmentLooksTheSame() {
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27").port("8080:80"))
        .layer(Layer.dev().service("web", w -> w.env("DEBUG", "1")))
        .layer(Layer.prod().allServices(s -> s.env("MODE", "prod")))
        .build();

    String text = readme(stack);

    assertThat(codeBlocks(text, "mermaid")).hasSize(1);
    assertThat(text).doesNotContain("### Environment");
  }

  @Test
  void drawsADiagramPerGroupOfEnvironmentsThatLookAlike() {
    assertThat(codeBlocks(readme(SeedStacks.allocation()), "mermaid")).hasSize(3);
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.dev().service("web", w -> w.port("8080:80")))
        .layer(Layer.prod().allServices(s -> s.env("MODE", "prod")))
        .build();

    String text = readme(stack);

    assertThat(codeBlocks(text, "mermaid")).hasSize(2);
    assertThat(headings(text)).contains("Environments base, prod", "Environment dev");
  }

  @Test
  void leavesOutADiagramLongerThanMermaidDrawsAndSaysHowToDrawIt() {
    Layer.Builder prod = Layer.prod();
    for (int i = 0; i < 300; i++) { // 300 edges, fewer than Mermaid draws, in a text longer than it draws
      prod.service(Service.builder("worker-" + i).image("registry.example.com/" + "team/".repeat(30) + "worker:1.0")
          .dependsOn("web"));
    }
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27")).layer(prod).build();
    int length = Diagrams.render(stack, Layer.PROD, GraphFormat.MERMAID,
        TemplateEngine.create()).length();

    String text = readme(stack);

    assertThat(length).isGreaterThan(50_000);
    assertThat(codeBlocks(text, "mermaid")).hasSize(1).allSatisfy(diagram -> assertThat(diagram).hasSizeLessThan(1000));
    assertThat(headings(text)).contains("Environment base", "Environment prod");
    assertThat(text).contains("This diagram is left out: it is " + length + " characters of Mermaid, more than the "
        + "50000 that Mermaid draws with its default settings (`maxTextSize`)")
        .contains("`mvn compose:graph -Dcompose.graph.environment=prod` writes it to `target/compose-graph.mmd`");
  }

  @Test
  void leavesOutADiagramOfMoreEdgesThanMermaidDrawsHoweverShort() {
    Stack drawn = DiagramsTest.fanIn(500);
    Stack tooMany = DiagramsTest.fanIn(501);
    int length = Diagrams.render(StackGraph.of(tooMany), "", GraphFormat.MERMAID, TemplateEngine.create()).length();

    assertThat(length).isLessThan(50_000);
    assertThat(codeBlocks(readme(drawn), "mermaid")).hasSize(1);
    String text = readme(tooMany);
    assertThat(codeBlocks(text, "mermaid")).isEmpty();
    assertThat(text).contains("This diagram is left out: it has 501 edges, more than the 500 that Mermaid draws "
        + "with its default settings (`maxEdges`), so GitHub and GitLab would show an error in its place. "
        + "`mvn compose:graph -Dcompose.graph.environment=base` writes it to `target/compose-graph.mmd`");
  }

  @Test
  void givesAnEnvironmentOfTooManyEdgesASectionOfItsOwn() {
    Layer.Builder prod = Layer.prod();
    for (int i = 0; i < 501; i++) {
      prod.service(Service.builder("worker-" + i).image("busybox:1.36").dependsOn("web"));
    }
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.dev()).layer(prod).build();

    String text = readme(stack);

    assertThat(headings(text)).contains("Environments base, dev", "Environment prod");
    assertThat(codeBlocks(text, "mermaid")).hasSize(1);
    assertThat(text).contains("it has 501 edges").contains("-Dcompose.graph.environment=prod");
  }

  @Test
  void drawsADiagramOfFiftyThousandCharactersAndLeavesOutOneLonger() {
    assertThat(ReadmeRenderer.omitted(50_001, "dev")).startsWith("This diagram is left out: it is 50001 characters");
    StackGraph graph = StackGraph.of(Stack.builder("app").service(Service.builder("web").image("nginx:1.27")).build());
    TemplateEngine templates = TemplateEngine.create();
    String title = "t".repeat(50_000);
    int shortest = Diagrams.render(graph, "", GraphFormat.MERMAID, templates).length();

    assertThat(Diagrams.mermaidForReadme(graph, title.substring(0, 50_000 - shortest), templates).text())
        .hasSize(50_000);
    assertThat(Diagrams.mermaidForReadme(graph, title.substring(0, 50_001 - shortest), templates))
        .isEqualTo(new Diagrams.Sized(null, 50_001));
  }

  @Test
  void measuresADiagramOfTheUsersTemplateByRenderingIt(@TempDir Path dir) throws Exception {
    StackGraph graph = StackGraph.of(Stack.builder("app").service(Service.builder("web").image("nginx:1.27")).build());
    Files.writeString(dir.resolve("graph.mmd.ftl"),
        "flowchart LR\n<#list 1..(diagram.nodes?size * 60000) as i>x</#list>\n");

    assertThat(Diagrams.mermaidForReadme(graph, "t", TemplateEngine.withOverrides(dir)))
        .isEqualTo(new Diagrams.Sized(null, "flowchart LR\n".length() + 60_000 + 1));
    Files.writeString(dir.resolve("graph.mmd.ftl"), "flowchart LR\n    short\n");
    assertThat(Diagrams.mermaidForReadme(graph, "t", TemplateEngine.withOverrides(dir)).text())
        .isEqualTo("flowchart LR\n    short\n");
  }

  @Test
  void listsTheVariablesAndTheFilesToKeepOutOfVersionControl() {
    Stack stack = Stack.builder("app")
        .service(Service.builder("web").image("web:${TAG:-1.0}").env("DB_PASSWORD", "${DB_PASSWORD:?set it}")
            .secret(ServiceFileRef.of("api_key")))
        .secret("api_key", Secret.fromFile("./secrets/api key.txt"))
        .build();

    String text = readme(stack);

    assertThat(tableRows(PARSER.parse(text), 1)).containsExactly(
        List.of("Variable", "Default", "Notes"),
        List.of("DB_PASSWORD", "none", "required; secret: set it in .env only"),
        List.of("TAG", "1.0", ""));
    assertThat(codeBlocks(text, "gitignore")).containsExactly(".env\nsecrets/api key.txt\n");
  }

  @Test
  void leavesTheReadmeOutWhenTurnedOff() {
    Map<String, String> files = ComposeGenerator.builder().readme(false).build().render(SeedStacks.allocation());

    assertThat(files).doesNotContainKey(ReadmeRenderer.FILE_NAME).containsKey("compose.yaml");
  }

  @Test
  void writesTheReadmeRefusesHandEditsAndReportsDrift(@TempDir Path dir) throws Exception {
    Stack stack = SeedStacks.allocation();
    ComposeGenerator.create().generate(stack, dir);
    Path readme = dir.resolve(ReadmeRenderer.FILE_NAME);
    assertThat(readme).isRegularFile();
    Files.writeString(readme, Files.readString(readme) + "\nA note added by hand.\n", StandardCharsets.UTF_8);

    assertThat(ComposeGenerator.create().check(stack, dir))
        .filteredOn(d -> d.path().equals(readme)).singleElement()
        .extracting(Drift::status).isEqualTo(Drift.Status.DIFFERENT);
    assertThatThrownBy(() -> ComposeGenerator.create().generate(stack, dir))
        .isInstanceOf(FileConflictException.class)
        .hasMessageContaining(ReadmeRenderer.FILE_NAME);
  }

  @Test
  void reportsAGeneratedReadmeAsStaleOnceTurnedOff(@TempDir Path dir) {
    Stack stack = SeedStacks.allocation();
    ComposeGenerator.create().generate(stack, dir);

    assertThat(ComposeGenerator.builder().readme(false).build().check(stack, dir))
        .filteredOn(Drift::drifted).singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo(dir.resolve(ReadmeRenderer.FILE_NAME)))
        .extracting(Drift::status).isEqualTo(Drift.Status.STALE);
  }

  @Test
  void rejectsALayerFileThatWouldOverwriteTheReadme() {
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.named("docs").fileName("README.Docker.md").service("web", w -> w.port("8080:80")))
        .build();

    assertThatThrownBy(() -> ComposeGenerator.create().render(stack))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a compose file of this stack is named README.Docker.md");
  }

  private static List<String> codeBlocks(String markdown, String info) {
    List<String> out = new ArrayList<>();
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        if (block.getInfo().equals(info)) {
          out.add(block.getLiteral());
        }
      }
    });
    return out;
  }

  private static List<String> headings(String markdown) {
    List<String> out = new ArrayList<>();
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        out.add(text(heading));
      }
    });
    return out;
  }

  /** Returns the rows of the table at {@code index} as the text of each cell. */
  private static List<List<String>> tableRows(Node document, int index) {
    List<TableBlock> tables = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomBlock block) {
        if (block instanceof TableBlock table) {
          tables.add(table);
        }
      }
    });
    List<List<String>> rows = new ArrayList<>();
    collectRows(tables.get(index), rows);
    return rows;
  }

  private static void collectRows(Node node, List<List<String>> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(text((TableCell) cell));
        }
        rows.add(cells);
      } else {
        collectRows(child, rows);
      }
    }
  }

  /** Returns what a reader sees of a node: its text and code spans, markup gone. */
  private static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        out.append(code.getLiteral());
      }
    });
    return out.toString();
  }
}
