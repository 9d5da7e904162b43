package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramsTest {

  /** Service names Mermaid or DOT could misread as keywords, arrows or ports, and names that encode alike. */
  private static final List<String> TRICKY_NAMES = List.of("end", "graph", "subgraph", "style", "click", "node",
      "edge", "o", "x", "1st", "a.b", "a-b", "a_b", "a__b", "a_2eb", "A", "a", "a_p0", "a.p");

  /** Strings that break careless quoting in Markdown, Mermaid or DOT. */
  private static final List<String> HOSTILE = List.of("say \"hi\"", "a|b", "`tick` ``two``", "<b>&amp;</b>",
      "# not a heading", "50%% {x}", "semi;colon", "back\\slash\\", "new\nline", "données ✓", "$HOME ${X:-y}",
      "-->|x| y", "end");

  static Stack hostileStack() {
    Stack.Builder stack = Stack.builder("hostile");
    int i = 0;
    for (String name : TRICKY_NAMES) {
      String hostile = HOSTILE.get(i++ % HOSTILE.size());
      Service.Builder service = Service.builder(name).image("img:" + hostile);
      service.network("net " + hostile);
      service.volume(ServiceVolume.volume("data-" + name.replace('.', '-'), "/srv/" + hostile));
      service.port("127.0.0.1:" + (8000 + i) + ":80");
      if (i > 1) {
        service.dependsOn(TRICKY_NAMES.get(i - 2), Condition.HEALTHY);
      }
      service.profile(hostile);
      stack.service(service);
    }
    return stack.layer(Layer.prod().allServices(s -> s.image("other"))).build();
  }

  static Stream<Stack> stacks() {
    List<Stack> out = new ArrayList<>(SeedStacks.all().values());
    out.add(hostileStack());
    out.add(Stack.builder(null).build());
    return out.stream();
  }

  /** A stack of {@code edges} services that depend on one more: a graph of exactly that many edges. */
  static Stack fanIn(int edges) {
    Stack.Builder stack = Stack.builder("fan").service(Service.builder("web").image("nginx:1.27"));
    for (int i = 0; i < edges; i++) {
      stack.service(Service.builder("w" + i).image("busybox:1.36").dependsOn("web"));
    }
    return stack.build();
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void countsTheEdgesOfAGraphWithoutBuildingIt(Stack stack) {
    for (String env : stack.environments()) {
      Stack resolved = stack.resolve(env);
      assertThat(StackGraph.edgeCount(resolved)).as(env).isEqualTo(StackGraph.of(resolved).edges().size());
    }
    assertThat(StackGraph.edgeCount(fanIn(501))).isEqualTo(501);
  }

  @Test
  void saysWhenMermaidWithItsDefaultsWouldNotDrawADiagram() {
    TemplateEngine templates = TemplateEngine.create();
    Stack drawn = fanIn(500);
    Stack tooMany = fanIn(501);

    assertThat(Diagrams.beyondMermaidDefaults(drawn, Stack.BASE,
        Diagrams.render(drawn, Stack.BASE, GraphFormat.MERMAID, templates))).isEmpty();
    assertThat(Diagrams.beyondMermaidDefaults(tooMany, Stack.BASE, "")).hasValue(
        "the diagram has 501 edges, more than the 500 Mermaid draws with its default settings (maxEdges)");
    assertThat(Diagrams.beyondMermaidDefaults(drawn, Stack.BASE, "x".repeat(50_001))).hasValue(
        "the diagram is 50001 characters, more than the 50000 Mermaid draws with its default settings (maxTextSize)");
  }

  private static final String ID = "(?:svc|net|vol|port)_[A-Za-z0-9_]+";
  private static final String MERMAID_LABEL = "\"((?:[^\"#&<>|`%;\\\\\\n]|#[a-z]+;|#[0-9]+;|<br/>)*)\"";
  private static final Pattern MERMAID_NODE = Pattern.compile(
      "    (" + ID + ")(\\[|\\{\\{|\\[\\(|\\(\\[)" + MERMAID_LABEL + "(\\]|\\}\\}|\\)\\]|\\]\\))");
  private static final Pattern MERMAID_EDGE = Pattern.compile(
      "    (" + ID + ") (-->|-\\.-|---|-\\.->)(?:\\|" + MERMAID_LABEL + "\\|)? (" + ID + ")");
  private static final Pattern MERMAID_COMMENT = Pattern.compile("%%(?!\\{)[^\\n]*");

  @ParameterizedTest
  @MethodSource("stacks")
  void drawsMermaidThatFollowsTheFlowchartGrammar(Stack stack) {
    for (String env : stack.environments()) {
      String text = ComposeGenerator.create().graph(stack, env, GraphFormat.MERMAID);
      assertThat(GeneratedMark.inspect(text)).isEqualTo(MarkStatus.INTACT);
      List<String> lines = text.lines().toList();
      assertThat(lines.get(0)).isEqualTo("flowchart LR");
      Set<String> declared = new HashSet<>();
      for (String line : lines.subList(1, lines.size())) {
        Matcher node = MERMAID_NODE.matcher(line);
        Matcher edge = MERMAID_EDGE.matcher(line);
        if (node.matches()) {
          String open = node.group(2);
          String close = node.group(4);
          assertThat(close).as(line).isEqualTo(new StringBuilder(open).reverse().toString()
              .replace('[', ']').replace('(', ')').replace('{', '}'));
          assertThat(declared.add(node.group(1))).as("id declared twice: %s", line).isTrue();
        } else if (edge.matches()) {
          assertThat(declared).as("edge between declared nodes: %s", line).contains(edge.group(1), edge.group(4));
        } else {
          assertThat(line).as("a line of the flowchart").matches(MERMAID_COMMENT);
        }
      }
    }
  }

  private static final String DOT_STRING = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
  private static final Pattern DOT_NODE = Pattern.compile(
      "    (" + ID + ") \\[shape=[a-z]+(?:, style=[a-z]+)?, label=" + DOT_STRING + "\\];");
  private static final Pattern DOT_EDGE = Pattern.compile(
      "    (" + ID + ") -> (" + ID + ")(?: \\[(?:label=" + DOT_STRING + ")?(?:, )?[a-z=, ]*\\])?;");

  @ParameterizedTest
  @MethodSource("stacks")
  void drawsDotThatFollowsTheDotGrammar(Stack stack) {
    for (String env : stack.environments()) {
      String text = ComposeGenerator.create().graph(stack, env, GraphFormat.DOT);
      assertThat(GeneratedMark.inspect(text)).isEqualTo(MarkStatus.INTACT);
      List<String> lines = text.lines().toList();
      assertThat(lines.get(0)).startsWith(GeneratedMark.PREFIX);
      assertThat(lines.get(1)).matches("digraph " + DOT_STRING + " \\{");
      assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
      Set<String> declared = new HashSet<>();
      for (String line : lines.subList(5, lines.size() - 1)) {
        Matcher node = DOT_NODE.matcher(line);
        Matcher edge = DOT_EDGE.matcher(line);
        if (node.matches()) {
          assertThat(declared.add(node.group(1))).as("id declared twice: %s", line).isTrue();
        } else {
          assertThat(edge.matches()).as("a node or an edge: %s", line).isTrue();
          assertThat(declared).as(line).contains(edge.group(1), edge.group(2));
        }
      }
    }
  }

  /** Graphviz itself is the oracle when it is installed ({@code .ci/run} installs it). */
  @ParameterizedTest
  @MethodSource("stacks")
  void drawsDotThatGraphvizRenders(Stack stack, @TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(dotInstalled(), "Graphviz (dot) is not installed; skipping the Graphviz oracle");
    for (String env : stack.environments()) {
      Path file = dir.resolve(env + ".dot");
      Files.writeString(file, ComposeGenerator.create().graph(stack, env, GraphFormat.DOT), StandardCharsets.UTF_8);
      Process dot = new ProcessBuilder("dot", "-Tsvg", "-o", dir.resolve(env + ".svg").toString(), file.toString())
          .redirectErrorStream(true).start();
      String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(dot.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(dot.exitValue()).as("dot -Tsvg %s: %s", file, output).isZero();
      assertThat(output).as("dot warnings").isEmpty();
    }
  }

  @Test
  void keepsHostileLabelsReadableInSvg(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(dotInstalled(), "Graphviz (dot) is not installed; skipping the Graphviz oracle");
    Stack stack = Stack.builder("s").service(Service.builder("web").image("img:\"q\" back\\slash\\")).build();
    Path file = dir.resolve("g.dot");
    Files.writeString(file, ComposeGenerator.create().graph(stack, Stack.BASE, GraphFormat.DOT));
    Process dot = new ProcessBuilder("dot", "-Tsvg", file.toString()).start();
    String svg = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    dot.waitFor(60, TimeUnit.SECONDS);

    assertThat(svg).contains(">img:&quot;q&quot; back\\slash\\</text>");
  }

  @Test
  void encodesNamesIntoDistinctIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (String name : TRICKY_NAMES) {
      assertThat(StackGraph.encode(name)).matches("[A-Za-z0-9_]+");
      assertThat(ids.add(StackGraph.encode(name))).as(name).isTrue();
    }
    assertThat(StackGraph.encode("a_b")).isEqualTo("a__b");
    assertThat(StackGraph.encode("a.b")).isEqualTo("a_2eb");
    assertThat(StackGraph.encode("é")).isEqualTo("_e9");
    assertThat(StackGraph.encode("✓")).isEqualTo("_u2713_");
    assertThat(StackGraph.encode("_p")).isEqualTo("__p");
  }

  @Test
  void escapesMermaidLabelsWithEntityCodes() {
    assertThat(Diagrams.mermaidText("a \"b\" | <c> & `d` #1 50% x;y\nz"))
        .isEqualTo("a #quot;b#quot; #124; #lt;c#gt; #amp; #96;d#96; #35;1 50#37; x#59;y z");
  }

  @Test
  void escapesDotStrings() {
    assertThat(Diagrams.dotText("a \"b\" \\N c\nd")).isEqualTo("a \\\"b\\\" \\\\N c d");
  }

  @Test
  void drawsDependenciesWithTheirConditions() {
    Stack stack = Stack.builder("s")
        .service(Service.builder("web").image("web:1").port("8080:80").dependsOn("db", Condition.HEALTHY)
            .dependsOn("migrate", Condition.COMPLETED_SUCCESSFULLY).dependsOn("cache"))
        .service(Service.builder("db").image("postgres:16").volume("db-data:/var/lib/postgresql/data"))
        .service(Service.builder("migrate").image("web:1"))
        .service(Service.builder("cache").image("redis:7"))
        .volume("db-data")
        .build();

    String mermaid = ComposeGenerator.create().graph(stack, Stack.BASE, GraphFormat.MERMAID);

    assertThat(mermaid.substring(mermaid.indexOf('\n', mermaid.indexOf("%% Generated")) + 1)).isEqualTo("""
        %% stack s, environment base
            svc_web["web<br/>web:1"]
            svc_db["db<br/>postgres:16"]
            svc_migrate["migrate<br/>web:1"]
            svc_cache["cache<br/>redis:7"]
            vol_db_2ddata[("volume db-data")]
            port_web_p0(["port 8080"])
            svc_web -->|"healthy"| svc_db
            svc_web -->|"completed"| svc_migrate
            svc_web -->|"started"| svc_cache
            svc_db ---|"/var/lib/postgresql/data"| vol_db_2ddata
            port_web_p0 -.->|"80"| svc_web
        """);
  }

  @Test
  void rejectsAnUnknownEnvironment() {
    assertThatThrownBy(() -> ComposeGenerator.create().graph(SeedStacks.allocation(), "staging", GraphFormat.DOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no environment \"staging\"; this stack has [base, dev, prod]");
  }

  @Test
  void readsFormatLabels() {
    assertThat(GraphFormat.ofLabel("Mermaid")).isEqualTo(GraphFormat.MERMAID);
    assertThat(GraphFormat.ofLabel("dot")).isEqualTo(GraphFormat.DOT);
    assertThatThrownBy(() -> GraphFormat.ofLabel("svg")).hasMessage("no diagram format \"svg\"; use mermaid or dot");
  }

  private static boolean dotInstalled() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
