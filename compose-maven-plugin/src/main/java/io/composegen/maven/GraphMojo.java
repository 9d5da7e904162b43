package io.composegen.maven;

import io.composegen.generator.docs.Diagrams;
import io.composegen.generator.docs.GraphFormat;
import io.composegen.generator.docs.StackCommands;
import io.composegen.generator.write.WriteReport;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a diagram of one environment of the project's stack: services, networks, volumes, published ports and
 * {@code depends_on} with its conditions, as a Mermaid flowchart or a Graphviz DOT digraph.
 *
 * <p>The file carries the generated mark like every generated file: it is rewritten only when the stack changed, and
 * never over a file written by hand or edited since unless {@code compose.force} is set. Not bound to a phase; run
 * {@code mvn compose:graph}, then e.g. {@code dot -Tsvg target/compose-graph.dot -o stack.svg}.
 *
 * @since 0.1.0
 */
@Mojo(name = "graph", threadSafe = true)
public class GraphMojo extends AbstractComposeMojo {

  /**
   * The diagram language: {@code mermaid} (a {@code .mmd} flowchart, rendered by GitHub and GitLab) or {@code dot}
   * (Graphviz).
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.graph.format", defaultValue = "mermaid")
  protected String format;

  /**
   * The file to write; by default {@code compose-graph.mmd} or {@code compose-graph.dot} in the build folder.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.graph.output")
  protected File output;

  /**
   * The environment to draw: {@code base} or the name of a layer; by default the one {@code docker compose up} runs
   * (the layer in {@code compose.override.yaml} when there is one, else the base).
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.graph.environment")
  protected String environment;

  /**
   * Overwrites a file that composegen did not write or that was edited since, keeping its old content in
   * {@code <file>.bak}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.force", defaultValue = "false")
  protected boolean force;

  @Override
  protected void run(Stack stack) {
    GraphFormat graphFormat;
    try {
      graphFormat = GraphFormat.ofLabel(format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("<format> (compose.graph.format) is \"" + format + "\"; use mermaid or dot");
    }
    String env = environment == null || environment.isBlank() ? StackCommands.defaultEnvironment(stack) : environment;
    if (!stack.environments().contains(env)) {
      throw new IllegalArgumentException("<environment> (compose.graph.environment) is \"" + env
          + "\"; this stack has " + String.join(", ", stack.environments()));
    }
    File file = output != null ? output
        : new File(project.getBuild().getDirectory(), "compose-graph." + graphFormat.extension());
    WriteReport report = generator(force).writeGraph(stack, env, graphFormat, file.toPath());
    String status = report.entries().stream()
        .filter(e -> e.status() != WriteStatus.BACKED_UP)
        .map(e -> e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .findFirst().orElse("written");
    getLog().info("composegen: " + graphFormat.name().toLowerCase(java.util.Locale.ROOT) + " diagram of environment "
        + env + " " + status + ": " + shown(file)
        + (report.paths(WriteStatus.BACKED_UP).isEmpty() ? "" : "; old content kept in its .bak file"));
    if (graphFormat == GraphFormat.MERMAID) {
      warnBeyondMermaidDefaults(stack, env, file);
    }
  }

  /** Warns when Mermaid with its default settings, as GitHub and GitLab use them, would not draw the diagram. */
  private void warnBeyondMermaidDefaults(Stack stack, String env, File file) {
    String text;
    try {
      text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return; // written just now; a file that cannot be read back has nothing to warn about
    }
    Diagrams.beyondMermaidDefaults(stack, env, text).ifPresent(why -> getLog().warn("composegen: " + why
        + ", so GitHub and GitLab show an error in its place; draw it with -Dcompose.graph.format=dot (Graphviz), "
        + "or with a Mermaid renderer set to larger limits"));
  }
}
