package io.composegen.generator.docs;

import java.util.List;

/**
 * What the diagram templates ({@code graph.mmd.ftl}, {@code graph.dot.ftl}) and {@code DiagramPrinter}, which prints
 * their layouts in Java, print: nodes and edges with ids and labels already escaped for the diagram language, and
 * the syntax of each shape and line. Immutable.
 *
 * @param title the diagram's title, escaped; never null
 * @param nodes the nodes in drawing order; never null
 * @param edges the edges in drawing order; never null
 */
public record DiagramView(String title, List<NodeView> nodes, List<EdgeView> edges) {

  /** Copies the lists. */
  public DiagramView {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A node as the template prints it.
   *
   * @param id the node's id: letters, digits and {@code _} only, never a keyword of the language
   * @param label the node's label, escaped and quoted as the language needs
   * @param shape the language's shape syntax: for Mermaid the opening bracket run (its closing run is
   *     {@code shapeEnd}), for DOT the attributes
   * @param shapeEnd for Mermaid the closing bracket run; empty for DOT
   */
  public record NodeView(String id, String label, String shape, String shapeEnd) {}

  /**
   * An edge as the template prints it.
   *
   * @param from the id of the node it starts at
   * @param to the id of the node it ends at
   * @param line the language's line syntax with its label: for Mermaid e.g. {@code -->|"healthy"|}, for DOT the
   *     attribute list
   */
  public record EdgeView(String from, String to, String line) {}
}
