package io.composegen.generator.dockerfile;

import java.util.List;

/**
 * What {@code Dockerfile.ftl} prints: stages of instructions whose text is already escaped and split into
 * lines; immutable.
 *
 * @param stages the stages in build order; never null
 */
public record DockerfileView(List<StageView> stages) {

  /** Copies the stages. */
  public DockerfileView {
    stages = List.copyOf(stages);
  }

  /**
   * One stage.
   *
   * @param from the text after {@code FROM}: platform flag, base and {@code AS name}; never null
   * @param instructions the instructions in order; never null
   */
  public record StageView(String from, List<InstructionView> instructions) {

    /** Copies the instructions. */
    public StageView {
      instructions = List.copyOf(instructions);
    }
  }

  /**
   * One instruction: the keyword and its arguments, split into the lines the template joins with a
   * {@code  \} continuation and an indent.
   *
   * @param keyword the keyword in upper case, such as {@code RUN}; never null
   * @param lines the argument text, one element per physical line; at least one; never null
   */
  public record InstructionView(String keyword, List<String> lines) {

    /** Copies the lines. */
    public InstructionView {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(keyword + " needs at least one line of arguments");
      }
    }
  }

  /**
   * What {@code dockerignore.ftl} prints: titled groups of patterns.
   *
   * @param sections the groups in order; never null
   */
  public record DockerignoreView(List<Section> sections) {

    /** Copies the sections. */
    public DockerignoreView {
      sections = List.copyOf(sections);
    }
  }

  /**
   * A titled group of {@code .dockerignore} patterns.
   *
   * @param title the comment above the group, without {@code #}; never null
   * @param entries the patterns in order; never null
   */
  public record Section(String title, List<String> entries) {

    /** Copies the entries. */
    public Section {
      entries = List.copyOf(entries);
    }
  }
}
