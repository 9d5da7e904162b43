package io.composegen.generator.docs;

import java.util.Locale;

/** The languages composegen draws stack diagrams in. */
public enum GraphFormat {

  /** A Mermaid flowchart, which GitHub and GitLab render in Markdown; files end in {@code .mmd}. */
  MERMAID("mmd"),

  /** A Graphviz DOT digraph, for {@code dot -Tsvg}; files end in {@code .dot}. */
  DOT("dot");

  private final String extension;

  GraphFormat(String extension) {
    this.extension = extension;
  }

  /** Returns the usual file name extension, without the dot: {@code mmd} or {@code dot}. */
  public String extension() {
    return extension;
  }

  /**
   * Returns the format named {@code label}, ignoring case: {@code mermaid} or {@code dot}.
   *
   * @throws IllegalArgumentException naming the formats there are, when there is no such format
   */
  public static GraphFormat ofLabel(String label) {
    String key = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "mermaid", "mmd" -> MERMAID;
      case "dot", "graphviz" -> DOT;
      default -> throw new IllegalArgumentException("no diagram format \"" + label + "\"; use mermaid or dot");
    };
  }
}
