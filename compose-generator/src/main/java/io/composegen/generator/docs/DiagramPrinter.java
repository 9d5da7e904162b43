package io.composegen.generator.docs;

import java.util.List;

/**
 * Prints a {@link DiagramView} in the built-in layouts, character for character what the shipped templates
 * {@code graph.mmd.ftl} and {@code graph.dot.ftl} print for the same {@code diagram}; {@link Diagrams} uses it unless
 * the user's template folder holds its own copy of the template.
 *
 * <p>The templates stay the reference: tests render both for the same views and compare the texts. The text is
 * measured first and written into one buffer of that size. Stateless and thread-safe.
 */
final class DiagramPrinter {

  private static final String MERMAID_HEAD = "flowchart LR\n%% ";
  private static final String DOT_ATTRIBUTES = """
       {
          graph [rankdir=LR, fontname="Helvetica"];
          node [fontname="Helvetica", fontsize=11];
          edge [fontname="Helvetica", fontsize=10];
      """;
  private static final String INDENT = "    ";

  private DiagramPrinter() {}

  /** Returns the text {@code graph.mmd.ftl} prints for {@code view}. */
  static String mermaid(DiagramView view) {
    StringBuilder out = new StringBuilder(mermaidLength(view)).append(MERMAID_HEAD).append(view.title()).append('\n');
    for (DiagramView.NodeView node : view.nodes()) {
      out.append(INDENT).append(node.id()).append(node.shape()).append(node.label()).append(node.shapeEnd())
          .append('\n');
    }
    for (DiagramView.EdgeView edge : view.edges()) {
      out.append(INDENT).append(edge.from()).append(' ').append(edge.line()).append(' ').append(edge.to())
          .append('\n');
    }
    return out.toString();
  }

  /** Returns the length of the text {@link #mermaid} prints for {@code view}, without printing it. */
  static int mermaidLength(DiagramView view) {
    int length = MERMAID_HEAD.length() + view.title().length() + 1;
    for (DiagramView.NodeView node : view.nodes()) {
      length += INDENT.length() + node.id().length() + node.shape().length() + node.label().length()
          + node.shapeEnd().length() + 1;
    }
    return length + edgesLength(view.edges(), 2);
  }

  /** Returns the text {@code graph.dot.ftl} prints for {@code view}. */
  static String dot(DiagramView view) {
    int length = "digraph ".length() + view.title().length() + DOT_ATTRIBUTES.length() + "}\n".length();
    for (DiagramView.NodeView node : view.nodes()) {
      length += INDENT.length() + node.id().length() + " [".length() + node.shape().length() + ", label=".length()
          + node.label().length() + "];\n".length();
    }
    length += edgesLength(view.edges(), " -> ".length() + ";".length());
    StringBuilder out = new StringBuilder(length).append("digraph ").append(view.title()).append(DOT_ATTRIBUTES);
    for (DiagramView.NodeView node : view.nodes()) {
      out.append(INDENT).append(node.id()).append(" [").append(node.shape()).append(", label=").append(node.label())
          .append("];\n");
    }
    for (DiagramView.EdgeView edge : view.edges()) {
      out.append(INDENT).append(edge.from()).append(" -> ").append(edge.to()).append(edge.line()).append(";\n");
    }
    return out.append("}\n").toString();
  }

  /** Returns the length of the edge lines: their parts, the indentation and line break, and {@code syntax} more. */
  private static int edgesLength(List<DiagramView.EdgeView> edges, int syntax) {
    int length = 0;
    for (DiagramView.EdgeView edge : edges) {
      length += INDENT.length() + edge.from().length() + edge.line().length() + edge.to().length() + syntax + 1;
    }
    return length;
  }
}
