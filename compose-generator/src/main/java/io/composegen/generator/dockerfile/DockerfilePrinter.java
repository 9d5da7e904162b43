package io.composegen.generator.dockerfile;

import io.composegen.generator.dockerfile.DockerfileView.DockerignoreView;
import io.composegen.generator.dockerfile.DockerfileView.InstructionView;
import io.composegen.generator.dockerfile.DockerfileView.Section;
import io.composegen.generator.dockerfile.DockerfileView.StageView;
import java.util.List;

/**
 * Prints a {@link DockerfileView} and a {@link DockerignoreView} in the built-in layouts, character for character
 * what the shipped templates {@code Dockerfile.ftl} and {@code dockerignore.ftl} print for the same view;
 * {@link DockerfileRenderer} uses it unless the user's template folder holds its own copy of the template.
 *
 * <p>The templates stay the reference: tests render both for the same views and compare the texts. The text is
 * measured first and written into one buffer of that size. Stateless and thread-safe.
 */
final class DockerfilePrinter {

  private static final String SYNTAX = "# syntax=docker/dockerfile:1\n";
  private static final String FROM = "\nFROM ";
  /** What joins the lines of one instruction: a continuation and the indentation of the next line. */
  private static final String CONTINUATION = " \\\n    ";
  private static final String TITLE = "# ";

  private DockerfilePrinter() {}

  /** Returns the text {@code Dockerfile.ftl} prints for {@code view}, without the generated mark. */
  static String dockerfile(DockerfileView view) {
    int length = SYNTAX.length();
    for (StageView stage : view.stages()) {
      length += FROM.length() + stage.from().length() + 1;
      for (InstructionView instruction : stage.instructions()) {
        List<String> lines = instruction.lines();
        length += instruction.keyword().length() + 1 + CONTINUATION.length() * (lines.size() - 1) + 1;
        for (String line : lines) {
          length += line.length();
        }
      }
    }
    StringBuilder out = new StringBuilder(length).append(SYNTAX);
    for (StageView stage : view.stages()) {
      out.append(FROM).append(stage.from()).append('\n');
      for (InstructionView instruction : stage.instructions()) {
        out.append(instruction.keyword()).append(' ');
        List<String> lines = instruction.lines();
        for (int i = 0; i < lines.size(); i++) {
          if (i > 0) {
            out.append(CONTINUATION);
          }
          out.append(lines.get(i));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Returns the text {@code dockerignore.ftl} prints for {@code view}, without the generated mark. */
  static String dockerignore(DockerignoreView view) {
    List<Section> sections = view.sections();
    int length = Math.max(0, sections.size() - 1);
    for (Section section : sections) {
      length += TITLE.length() + section.title().length() + 1;
      for (String entry : section.entries()) {
        length += entry.length() + 1;
      }
    }
    StringBuilder out = new StringBuilder(length);
    for (int s = 0; s < sections.size(); s++) {
      if (s > 0) {
        out.append('\n');
      }
      Section section = sections.get(s);
      out.append(TITLE).append(section.title()).append('\n');
      for (String entry : section.entries()) {
        out.append(entry).append('\n');
      }
    }
    return out.toString();
  }
}
