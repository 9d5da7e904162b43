package io.composegen.generator.docs;

import io.composegen.generator.render.TemplateEngine;
import io.composegen.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws one environment of a stack as a Mermaid flowchart or a Graphviz digraph: services, networks, named volumes,
 * published ports, and {@code depends_on} with its conditions.
 *
 * <p>Ids are made from names by an injective encoding into letters, digits and {@code _} behind a prefix per kind
 * ({@code svc_}, {@code net_}, {@code vol_}, {@code port_}), so any name is a safe id and never a keyword; labels
 * are quoted and escaped for the language (Mermaid entity codes, DOT backslash escapes). The text has no
 * generated mark; the caller stamps it. Stateless and thread-safe.
 */
public final class Diagrams {

  private static final String MERMAID_TEMPLATE = "graph.mmd.ftl";
  private static final String DOT_TEMPLATE = "graph.dot.ftl";

  /**
   * The most characters of diagram text Mermaid draws with its default configuration ({@code maxTextSize}); GitHub
   * and GitLab draw with it and show an error in place of a longer diagram.
   */
  static final int MERMAID_MAX_TEXT = 50_000;

  /**
   * The most edges Mermaid draws in a flowchart with its default configuration ({@code maxEdges}); past it, Mermaid
   * stops with "Edge limit exceeded" in place of the diagram, however short its text.
   */
  static final int MERMAID_MAX_EDGES = 500;

  private Diagrams() {}

  /**
   * A Mermaid diagram for a README: its text, or none when it is longer than {@link #MERMAID_MAX_TEXT}.
   *
   * @param text the text, or null when too long to be drawn where the README is read
   * @param length the text's length in characters
   */
  record Sized(String text, int length) {}

  /**
   * Returns the Mermaid text of {@code graph} when Mermaid draws it with its default configuration, else only its
   * length. The built-in layout is measured without being printed; a user's template is rendered and measured.
   */
  static Sized mermaidForReadme(StackGraph graph, String title, TemplateEngine templates) {
    DiagramView view = view(graph, title, GraphFormat.MERMAID);
    if (templates.overrides(MERMAID_TEMPLATE)) {
      String text = templates.render(MERMAID_TEMPLATE, Map.of("diagram", view));
      return text.length() > MERMAID_MAX_TEXT ? new Sized(null, text.length()) : new Sized(text, text.length());
    }
    int length = DiagramPrinter.mermaidLength(view);
    return length > MERMAID_MAX_TEXT ? new Sized(null, length) : new Sized(DiagramPrinter.mermaid(view), length);
  }

  /**
   * Returns the length of the built-in Mermaid layout of {@code graph} with an empty title, without printing it; with
   * {@link #mermaidLength(int, String)}, the length under any title.
   */
  static int untitledMermaidLength(StackGraph graph) {
    return DiagramPrinter.mermaidLength(view(graph, "", GraphFormat.MERMAID));
  }

  /** Returns the length of a Mermaid diagram given its {@link #untitledMermaidLength} and its title. */
  static int mermaidLength(int untitledLength, String title) {
    return untitledLength + mermaidComment(title).length();
  }

  /**
   * Returns what keeps Mermaid, with the default settings GitHub and GitLab draw with, from drawing {@code text}, the
   * Mermaid diagram of {@code environment} of {@code stack} (as {@link #render} gives it): more than
   * {@value #MERMAID_MAX_EDGES} edges ({@code maxEdges}) or more than {@value #MERMAID_MAX_TEXT} characters
   * ({@code maxTextSize}); empty when neither.
   *
   * @throws IllegalArgumentException when the stack has no such environment
   */
  public static Optional<String> beyondMermaidDefaults(Stack stack, String environment, String text) {
    int edges = StackGraph.edgeCount(stack.resolve(Objects.requireNonNull(environment, "environment")));
    if (edges > MERMAID_MAX_EDGES) {
      return Optional.of(String.format(Locale.ROOT, "the diagram has %d edges, more than the %d Mermaid draws with its "
          + "default settings (maxEdges)", edges, MERMAID_MAX_EDGES));
    }
    if (text.length() > MERMAID_MAX_TEXT) {
      return Optional.of(String.format(Locale.ROOT, "the diagram is %d characters, more than the %d Mermaid draws "
          + "with its default settings (maxTextSize)", text.length(), MERMAID_MAX_TEXT));
    }
    return Optional.empty();
  }

  /**
   * Returns the diagram of {@code environment} of {@code stack} in {@code format}.
   *
   * @param stack the stack, as the user modelled it (generated builds and image references are described as such)
   * @param environment {@code base} or the name of a layer
   * @throws IllegalArgumentException when the stack has no such environment
   */
  public static String render(Stack stack, String environment, GraphFormat format, TemplateEngine templates) {
    Objects.requireNonNull(format, "format");
    StackGraph graph = StackGraph.of(stack.resolve(Objects.requireNonNull(environment, "environment")));
    String title = (stack.name() == null ? "stack" : "stack " + stack.name()) + ", environment " + environment;
    return render(graph, title, format, templates);
  }

  /**
   * Returns the text of a graph in {@code format}; the README draws its diagram blocks with it. The built-in layout is
   * printed by {@link DiagramPrinter}; a template of the same name in the user's folder is rendered instead.
   */
  static String render(StackGraph graph, String title, GraphFormat format, TemplateEngine templates) {
    DiagramView view = view(graph, title, format);
    String template = template(format);
    if (templates.overrides(template)) {
      return templates.render(template, Map.of("diagram", view));
    }
    return format == GraphFormat.MERMAID ? DiagramPrinter.mermaid(view) : DiagramPrinter.dot(view);
  }

  /** Returns the name of the template that lays out diagrams in {@code format}. */
  static String template(GraphFormat format) {
    return format == GraphFormat.MERMAID ? MERMAID_TEMPLATE : DOT_TEMPLATE;
  }

  /** Returns what the template of {@code format} prints: the graph's ids, labels and syntax, escaped. */
  static DiagramView view(StackGraph graph, String title, GraphFormat format) {
    return format == GraphFormat.MERMAID ? mermaid(graph, title) : dot(graph, title);
  }

  private static DiagramView mermaid(StackGraph graph, String title) {
    List<DiagramView.NodeView> nodes = new ArrayList<>();
    for (StackGraph.Node node : graph.nodes()) {
      StringBuilder label = new StringBuilder("\"").append(mermaidText(node.title()));
      node.details().forEach(d -> label.append("<br/>").append(mermaidText(d)));
      label.append('"');
      String[] shape = switch (node.kind()) {
        case SERVICE -> new String[] {"[", "]"};
        case NETWORK -> new String[] {"{{", "}}"};
        case VOLUME -> new String[] {"[(", ")]"};
        case PORT -> new String[] {"([", "])"};
      };
      nodes.add(new DiagramView.NodeView(node.id(), label.toString(), shape[0], shape[1]));
    }
    List<DiagramView.EdgeView> edges = new ArrayList<>();
    for (StackGraph.Edge edge : graph.edges()) {
      String line = switch (edge.kind()) {
        case DEPENDS_ON -> "-->";
        case NETWORK -> "-.-";
        case VOLUME -> "---";
        case PORT -> "-.->";
      };
      String label = edge.label().isEmpty() ? "" : "|\"" + mermaidText(edge.label()) + "\"|";
      edges.add(new DiagramView.EdgeView(edge.from(), edge.to(), line + label));
    }
    return new DiagramView(mermaidComment(title), nodes, edges);
  }

  private static DiagramView dot(StackGraph graph, String title) {
    List<DiagramView.NodeView> nodes = new ArrayList<>();
    for (StackGraph.Node node : graph.nodes()) {
      StringBuilder label = new StringBuilder("\"").append(dotText(node.title()));
      node.details().forEach(d -> label.append("\\n").append(dotText(d)));
      label.append('"');
      String shape = switch (node.kind()) {
        case SERVICE -> "shape=box, style=rounded";
        case NETWORK -> "shape=hexagon";
        case VOLUME -> "shape=cylinder";
        case PORT -> "shape=ellipse, style=dashed";
      };
      nodes.add(new DiagramView.NodeView(node.id(), label.toString(), shape, ""));
    }
    List<DiagramView.EdgeView> edges = new ArrayList<>();
    for (StackGraph.Edge edge : graph.edges()) {
      String style = switch (edge.kind()) {
        case DEPENDS_ON -> "";
        case NETWORK -> "style=dashed, arrowhead=none";
        case VOLUME -> "arrowhead=none";
        case PORT -> "style=dashed";
      };
      String label = edge.label().isEmpty() ? "" : "label=\"" + dotText(edge.label()) + "\"";
      String attributes = style.isEmpty() ? label : label.isEmpty() ? style : label + ", " + style;
      edges.add(new DiagramView.EdgeView(edge.from(), edge.to(), attributes.isEmpty() ? "" : " [" + attributes + "]"));
    }
    return new DiagramView("\"" + dotText(title) + "\"", nodes, edges);
  }

  /**
   * Returns {@code text} for inside a double-quoted Mermaid label: every character that Mermaid or the HTML it
   * renders to could read as syntax becomes an entity code ({@code #quot;}, {@code #35;}, ...), line breaks a space.
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '&' -> out.append("#amp;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '|' -> out.append("#124;");
        case '`' -> out.append("#96;");
        case '%' -> out.append("#37;");
        case ';' -> out.append("#59;");
        case '\\' -> out.append("#92;");
        default -> appendOneLine(out, c);
      }
    }
    return out.toString();
  }

  /** Returns {@code text} for a Mermaid {@code %%} comment line: one line, and never a {@code %%{} directive. */
  private static String mermaidComment(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> appendOneLine(out, (char) c));
    return out.toString().replace("{", "(").replace("}", ")");
  }

  /** Returns {@code text} for inside a double-quoted DOT string: {@code \} and {@code "} escaped, one line. */
  static String dotText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> appendOneLine(out, c);
      }
    }
    return out.toString();
  }

  private static void appendOneLine(StringBuilder out, char c) {
    boolean lineBreak = c == '\u2028' || c == '\u2029' || c == '\u0085';
    out.append(Character.isISOControl(c) || lineBreak ? ' ' : c);
  }
}
