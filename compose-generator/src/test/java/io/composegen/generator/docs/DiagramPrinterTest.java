package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DiagramPrinter} prints what the shipped {@code graph.mmd.ftl} and {@code graph.dot.ftl}, rendered by
 * FreeMarker through the real {@link TemplateEngine}, print for the same view: the templates are the specification
 * of the built-in layouts.
 */
class DiagramPrinterTest {

  private static final TemplateEngine TEMPLATES = TemplateEngine.create();

  /** Returns the text of the shipped template for the graph, and checks that the printer's is the same. */
  private static String printsAsTheTemplate(StackGraph graph, String title, GraphFormat format) {
    DiagramView view = Diagrams.view(graph, title, format);
    String template = TEMPLATES.render(Diagrams.template(format), Map.of("diagram", view));
    String printed = format == GraphFormat.MERMAID ? DiagramPrinter.mermaid(view) : DiagramPrinter.dot(view);
    assertThat(printed).isEqualTo(template);
    assertThat(Diagrams.render(graph, title, format, TEMPLATES)).as("what the README and graph draw").isEqualTo(template);
    return template;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("io.composegen.generator.docs.DiagramGoldenTest#diagrams")
  void drawsEveryGoldenEnvironmentAsTheTemplateDoes(String name, String environment, GraphFormat format) {
    Stack stack = SeedStacks.all().get(name);

    String text = printsAsTheTemplate(StackGraph.of(stack.resolve(environment)), "stack " + name, format);

    assertThat(text).contains("svc_");
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void drawsAnEmptyGraphAsTheTemplateDoes(GraphFormat format) {
    String text = printsAsTheTemplate(new StackGraph(List.of(), List.of()), "stack, environment base", format);

    assertThat(text).isEqualTo(format == GraphFormat.MERMAID
        ? "flowchart LR\n%% stack, environment base\n"
        : """
            digraph "stack, environment base" {
                graph [rankdir=LR, fontname="Helvetica"];
                node [fontname="Helvetica", fontsize=11];
                edge [fontname="Helvetica", fontsize=10];
            }
            """);
  }

  @Test
  void drawsEveryShapeAndLineAsTheTemplateDoes() {
    List<StackGraph.Node> nodes = new ArrayList<>();
    for (StackGraph.Kind kind : StackGraph.Kind.values()) {
      nodes.add(new StackGraph.Node(kind, StackGraph.id(kind, "a"), "a \"b\" #c", List.of("d<e>", "f\\g")));
    }
    List<StackGraph.Edge> edges = new ArrayList<>();
    for (StackGraph.EdgeKind kind : StackGraph.EdgeKind.values()) {
      edges.add(new StackGraph.Edge(kind, "svc_a", "net_a", ""));
      edges.add(new StackGraph.Edge(kind, "svc_a", "vol_a", "label |x|"));
    }
    StackGraph graph = new StackGraph(nodes, edges);

    assertThat(printsAsTheTemplate(graph, "t", GraphFormat.MERMAID))
        .contains("    svc_a[\"a #quot;b#quot; #35;c<br/>d#lt;e#gt;<br/>f#92;g\"]\n")
        .contains("    svc_a -.- net_a\n")
        .contains("    svc_a ---|\"label #124;x#124;\"| vol_a\n");
    assertThat(printsAsTheTemplate(graph, "t", GraphFormat.DOT))
        .contains("    svc_a [shape=box, style=rounded, label=\"a \\\"b\\\" #c\\nd<e>\\nf\\\\g\"];\n")
        .contains("    svc_a -> vol_a [label=\"label |x|\", arrowhead=none];\n");
  }

  @Property(tries = 300)
  void drawsAnyGraphAsTheTemplateDoes(@ForAll("graphs") StackGraph graph, @ForAll("texts") String title) {
    for (GraphFormat format : GraphFormat.values()) {
      printsAsTheTemplate(graph, title, format);
    }
  }

  /** Text with the characters Mermaid and DOT escape, line breaks, and nothing at all. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\u2028\u00e9").ofMaxLength(8),
        Arbitraries.of("", "end", "{x}", "%%{init}%%", "a\"b", "\ud83d\ude00"));
  }

  @Provide
  Arbitrary<StackGraph> graphs() {
    Arbitrary<String> text = texts();
    Arbitrary<StackGraph.Node> node = Combinators.combine(Arbitraries.of(StackGraph.Kind.class), text,
        text.list().ofMaxSize(3)).as((kind, name, details) -> new StackGraph.Node(kind, StackGraph.id(kind, name),
            name, details));
    Arbitrary<StackGraph.Edge> edge = Combinators.combine(Arbitraries.of(StackGraph.EdgeKind.class), text, text,
        text).as((kind, from, to, label) -> new StackGraph.Edge(kind, StackGraph.id(StackGraph.Kind.SERVICE, from),
            StackGraph.id(StackGraph.Kind.NETWORK, to), label));
    return Combinators.combine(node.list().ofMaxSize(8), edge.list().ofMaxSize(8)).as(StackGraph::new);
  }
}
