package io.composegen.generator.docs;

import io.composegen.generator.docs.ReadmeView.DiagramSection;
import io.composegen.generator.docs.ReadmeView.EnvironmentSection;
import io.composegen.generator.docs.ReadmeView.ServiceRow;
import io.composegen.generator.docs.ReadmeView.VariableRow;

/**
 * Prints a {@link ReadmeView} in the built-in layout, character for character what the shipped template
 * {@code README.Docker.md.ftl} prints for the same {@code readme}; {@link ReadmeRenderer} uses it unless the user's
 * template folder holds its own copy of the template.
 *
 * <p>The template stays the reference: tests render both for the same views and compare the texts. Unlike the other
 * printers it does not measure the text first: the view's diagrams are drawn as they are read, and reading them twice
 * would draw them twice. Stateless and thread-safe.
 */
final class ReadmePrinter {

  private static final String INTRO = """

      This folder holds the Docker Compose files of the stack. composegen generated them from the project's model:
      change the model and generate again rather than editing them, since composegen refuses to overwrite a file
      edited by hand.

      ## Files

      """;
  private static final String SERVICES = """

      ## Services

      | Service | Image | Ports (host:container) | Depends on | Environments |
      | --- | --- | --- | --- | --- |
      """;
  private static final String PROFILES = """

      Services with a profile start only when it is named:

      """;
  private static final String ENV_EXAMPLE = """
      `.env.example` lists every variable the compose files read. Copy it to `.env` beside the compose files and set
      the values there; Docker Compose reads `.env` by itself.
      """;
  private static final String VARIABLES_TABLE = """

      | Variable | Default | Notes |
      | --- | --- | --- |
      """;
  private static final String NO_VARIABLES = "The compose files read no variables from the environment.\n";
  private static final String SECRETS = """

      ## Keep secrets out of version control

      Never commit `.env` or the files that hold secrets: they are where the real values live. Add them to
      `.gitignore`:

      """;
  private static final String DIAGRAM = """

      ## Diagram

      Services are boxes, networks hexagons, volumes cylinders and published host ports rounded ends. Solid arrows are
      `depends_on` with the condition waited for, dotted lines network membership, plain lines volume mounts with their
      path in the container, and dotted arrows published ports with the container port they lead to.
      """;

  private ReadmePrinter() {}

  /** Returns the text {@code README.Docker.md.ftl} prints for {@code readme}, without the generated mark. */
  static String print(ReadmeView readme) {
    StringBuilder out = new StringBuilder(4096).append("# ").append(readme.title()).append('\n').append(INTRO);
    for (String file : readme.files()) {
      out.append("- ").append(file).append('\n');
    }
    out.append(SERVICES);
    for (ServiceRow s : readme.services()) {
      out.append("| ").append(s.name()).append(" | ").append(s.image()).append(" | ").append(s.ports())
          .append(" | ").append(s.dependsOn()).append(" | ").append(s.environments()).append(" |\n");
    }
    out.append("\n## Environments\n");
    for (EnvironmentSection env : readme.environments()) {
      out.append("\n### ").append(env.heading()).append("\n\n").append(env.description()).append("\n\n")
          .append(env.fence()).append("sh\n").append(env.commands()).append('\n').append(env.fence()).append('\n');
      if (!env.profiles().isEmpty()) {
        out.append(PROFILES);
        for (String profile : env.profiles()) {
          out.append("- ").append(profile).append('\n');
        }
      }
    }
    out.append("\n## Variables\n\n");
    if (readme.envExample()) {
      out.append(ENV_EXAMPLE);
      if (!readme.variables().isEmpty()) {
        out.append(VARIABLES_TABLE);
        for (VariableRow v : readme.variables()) {
          out.append("| ").append(v.name()).append(" | ").append(v.defaultValue()).append(" | ").append(v.notes())
              .append(" |\n");
        }
      }
    } else {
      out.append(NO_VARIABLES);
    }
    out.append(SECRETS).append(readme.ignoredFence()).append("gitignore\n");
    for (String line : readme.ignored()) {
      out.append(line).append('\n');
    }
    out.append(readme.ignoredFence()).append('\n').append(DIAGRAM);
    for (DiagramSection diagram : readme.diagrams()) {
      if (!diagram.heading().isEmpty()) {
        out.append("\n### ").append(diagram.heading()).append('\n');
      }
      if (diagram.omitted().isEmpty()) {
        out.append("\n```mermaid\n").append(diagram.mermaid()).append("```\n");
      } else {
        out.append('\n').append(diagram.omitted()).append('\n');
      }
    }
    return out.toString();
  }
}
