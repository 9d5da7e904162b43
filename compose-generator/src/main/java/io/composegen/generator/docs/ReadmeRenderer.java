package io.composegen.generator.docs;

import io.composegen.generator.env.EnvExampleRenderer;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.model.Stack;
import io.composegen.model.layer.Environments;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.Service;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Renders {@code README.Docker.md}: the stack's services, how to run each environment with the stack's own file
 * names, the variables {@code .env.example} asks for, what to keep out of version control, and a Mermaid diagram per
 * environment that looks different.
 *
 * <p>Environments are compared as {@link Stack#resolve(String)} gives them. Every user string is escaped for
 * Markdown; the diagram's ids and labels for Mermaid. The text has no generated mark; the caller stamps it.
 * Stateless and thread-safe.
 */
public final class ReadmeRenderer {

  /** The file name the rendered text is written to, beside the compose files. */
  public static final String FILE_NAME = "README.Docker.md";

  private static final String TEMPLATE = "README.Docker.md.ftl";

  private ReadmeRenderer() {}

  /**
   * Returns the text of {@code README.Docker.md}.
   *
   * @param stack the stack as the user modelled it, with generated builds and image references
   * @param plain the same stack in plain Compose terms, as its compose files say it (for the variables)
   * @param buildFiles the Dockerfiles and {@code .dockerignore} files generation writes, by relative path
   * @param envExample whether generation writes {@code .env.example}
   */
  public static String render(Stack stack, Stack plain, List<String> buildFiles, boolean envExample,
      TemplateEngine templates) {
    return render(Environments.of(stack), EnvExampleRenderer.summarize(plain), buildFiles, envExample, templates);
  }

  /**
   * Returns the text of {@code README.Docker.md} from what a generation run has already computed.
   *
   * @param environments the environments of the stack as the user modelled it, with generated builds and image
   *     references
   * @param variables what {@code .env.example} says about the same stack in plain Compose terms
   * @param buildFiles the Dockerfiles and {@code .dockerignore} files generation writes, by relative path
   * @param envExample whether generation writes {@code .env.example}
   */
  public static String render(Environments environments, EnvExampleRenderer.Summary variables,
      List<String> buildFiles, boolean envExample, TemplateEngine templates) {
    Stack stack = environments.stack();
    Map<String, Stack> resolved = environments.resolved();

    String title = stack.name() == null ? "Running this stack with Docker Compose"
        : "Running " + Markdown.code(stack.name()) + " with Docker Compose";
    List<String> ignored = ignored(variables);
    ReadmeView view = new ReadmeView(title, files(stack, buildFiles, envExample), services(resolved),
        environmentSections(stack, resolved), envExample, variables(variables), ignored,
        Markdown.fence(String.join("\n", ignored)), diagrams(stack, resolved, templates));
    return templates.overrides(TEMPLATE) ? templates.render(TEMPLATE, Map.of("readme", view))
        : ReadmePrinter.print(view);
  }

  private static List<String> files(Stack stack, List<String> buildFiles, boolean envExample) {
    List<String> out = new ArrayList<>();
    out.add(Markdown.code(stack.effectiveBaseFileName()) + ": the base, part of every environment");
    Layer automatic = StackCommands.automaticOverride(stack).orElse(null);
    for (Layer layer : stack.layers().values()) {
      String what = "environment " + Markdown.code(layer.name()) + (layer.production() ? " (production)" : "")
          + ", laid over the base"
          + (layer == automatic ? "; " + Markdown.code("docker compose") + " reads it without being asked" : "");
      out.add(Markdown.code(layer.effectiveFileName()) + ": " + what);
    }
    if (envExample) {
      out.add(Markdown.code(EnvExampleRenderer.FILE_NAME) + ": the variables the compose files read; copy it to "
          + Markdown.code(".env") + " and fill it in");
    }
    for (String file : buildFiles) {
      boolean ignore = file.equals(".dockerignore") || file.endsWith("/.dockerignore");
      out.add(Markdown.code(file) + (ignore ? ": what the image build leaves out of its context"
          : ": the generated Dockerfile of an image"));
    }
    return out;
  }

  private static List<ReadmeView.ServiceRow> services(Map<String, Stack> resolved) {
    Set<String> names = new LinkedHashSet<>();
    resolved.values().forEach(s -> names.addAll(s.services().keySet()));
    List<ReadmeView.ServiceRow> out = new ArrayList<>();
    for (String name : names) {
      Map<String, String> image = new LinkedHashMap<>();
      Map<String, String> ports = new LinkedHashMap<>();
      Map<String, String> dependsOn = new LinkedHashMap<>();
      resolved.forEach((env, stack) -> {
        Service service = stack.services().get(name);
        if (service != null) {
          image.put(env, ServiceFacts.imageMarkdown(service));
          ports.put(env, ports(service));
          dependsOn.put(env, dependsOn(service));
        }
      });
      String runsIn = image.size() == resolved.size() ? "all"
          : image.keySet().stream().map(Markdown::code).collect(Collectors.joining(", "));
      out.add(new ReadmeView.ServiceRow(Markdown.cell(Markdown.code(name)), Markdown.cell(perEnvironment(image)),
          Markdown.cell(perEnvironment(ports)), Markdown.cell(perEnvironment(dependsOn)), Markdown.cell(runsIn)));
    }
    return out;
  }

  private static String ports(Service service) {
    if (service.ports().isEmpty()) {
      return "none";
    }
    List<String> out = new ArrayList<>();
    for (PortMapping port : service.ports()) {
      out.add(Markdown.code(port.toString()));
    }
    return String.join(", ", out);
  }

  private static String dependsOn(Service service) {
    if (service.dependsOn().isEmpty()) {
      return "none";
    }
    List<String> out = new ArrayList<>();
    service.dependsOn().forEach((target, dependency) ->
        out.add(Markdown.code(target) + " (" + StackGraph.condition(dependency) + ")"));
    return String.join(", ", out);
  }

  /** Returns the value when every environment agrees, else {@code `base`, `dev`: a; `prod`: b}. */
  private static String perEnvironment(Map<String, String> byEnvironment) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    byEnvironment.forEach((env, value) -> groups.computeIfAbsent(value, k -> new ArrayList<>()).add(env));
    if (groups.size() == 1) {
      return groups.keySet().iterator().next();
    }
    List<String> parts = new ArrayList<>();
    groups.forEach((value, envs) ->
        parts.add(envs.stream().map(Markdown::code).collect(Collectors.joining(", ")) + ": " + value));
    return String.join("; ", parts);
  }

  private static List<ReadmeView.EnvironmentSection> environmentSections(Stack stack, Map<String, Stack> resolved) {
    String defaultEnvironment = StackCommands.defaultEnvironment(stack);
    List<ReadmeView.EnvironmentSection> out = new ArrayList<>();
    resolved.forEach((env, environment) -> {
      Layer layer = stack.layers().get(env);
      boolean production = layer != null && layer.production();
      String heading = Markdown.code(env) + (env.equals(Stack.BASE) ? " (the base alone)" : "")
          + (production ? " (production)" : "") + (env.equals(defaultEnvironment) ? " (the default)" : "");
      List<String> files = StackCommands.files(stack, env);
      StringBuilder description = new StringBuilder("Reads ")
          .append(files.stream().map(Markdown::code).collect(Collectors.joining(" and "))).append('.');
      if (env.equals(defaultEnvironment) && StackCommands.command(stack, env, List.of(), "up")
          .equals("docker compose up")) {
        description.append(" Plain ").append(Markdown.code("docker compose")).append(" finds ")
            .append(files.size() == 1 ? "it" : "them").append(" by their names.");
      }
      if (production) {
        description.append(" Production runs detached; follow the logs with ")
            .append(Markdown.code(StackCommands.command(stack, env, List.of(), "logs -f"))).append('.');
      }
      String commands = StackCommands.command(stack, env, List.of(), "up") + "\n"
          + StackCommands.command(stack, env, List.of(), "down");
      Map<String, List<String>> profiles = new LinkedHashMap<>();
      environment.services().values().forEach(s -> s.profiles().forEach(p ->
          profiles.computeIfAbsent(p, k -> new ArrayList<>()).add(s.name())));
      List<String> profileLines = new ArrayList<>();
      profiles.forEach((profile, services) -> profileLines.add(
          Markdown.code(StackCommands.command(stack, env, List.of(profile), "up")) + " also starts "
              + services.stream().map(Markdown::code).collect(Collectors.joining(", "))));
      out.add(new ReadmeView.EnvironmentSection(heading, description.toString(), commands, Markdown.fence(commands),
          profileLines));
    });
    return out;
  }

  private static List<ReadmeView.VariableRow> variables(EnvExampleRenderer.Summary summary) {
    List<ReadmeView.VariableRow> out = new ArrayList<>();
    for (EnvExampleRenderer.Variable variable : summary.variables()) {
      String value = variable.defaultValue() == null ? "none" : Markdown.code(variable.defaultValue());
      List<String> notes = new ArrayList<>();
      if (variable.required()) {
        notes.add("required");
      }
      if (variable.secret()) {
        notes.add("secret: set it in " + Markdown.code(".env") + " only");
      }
      out.add(new ReadmeView.VariableRow(Markdown.cell(Markdown.code(variable.name())), Markdown.cell(value),
          Markdown.cell(String.join("; ", notes))));
    }
    return out;
  }

  /** Returns {@code .env} and each secret file as a {@code .gitignore} line. */
  private static List<String> ignored(EnvExampleRenderer.Summary summary) {
    Set<String> out = new LinkedHashSet<>();
    out.add(".env");
    for (EnvExampleRenderer.SecretFileEntry file : summary.secretFiles()) {
      String path = file.file().replace('\\', '/');
      while (path.startsWith("./")) {
        path = path.substring(2);
      }
      StringBuilder line = new StringBuilder();
      path.chars().forEach(c -> line.append(Character.isISOControl(c) ? '?' : (char) c));
      if (line.length() > 0 && (line.charAt(0) == '#' || line.charAt(0) == '!')) {
        line.insert(0, '\\');
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
        line.insert(line.length() - 1, '\\');
      }
      if (line.length() > 0) {
        out.add(line.toString());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns one diagram per group of environments whose graphs are equal, drawn only when the list is read.
   *
   * <p>On a stack of thousands of services every environment's graph, and every diagram's text, is several
   * megabytes, so neither is kept: environments are grouped by their graphs' hash codes (a match is confirmed by
   * building the earlier graph again and comparing in full), and each diagram is drawn when the template prints it.
   * A diagram larger than Mermaid draws with its default settings is left out, its section saying so. An environment
   * of more edges than that is counted without building its graph and gets a section of its own; with the built-in
   * layout, a diagram's length is measured while grouping, so that its graph is not built again.
   */
  private static List<ReadmeView.DiagramSection> diagrams(Stack stack, Map<String, Stack> resolved,
      TemplateEngine templates) {
    List<Group> groups = new ArrayList<>();
    boolean builtIn = !templates.overrides(Diagrams.template(GraphFormat.MERMAID));
    Map<Integer, List<Group>> byHash = new HashMap<>();
    resolved.forEach((env, environment) -> {
      int edges = StackGraph.edgeCount(environment);
      if (edges > Diagrams.MERMAID_MAX_EDGES) {
        groups.add(new Group(env, -1, omitted(String.format(Locale.ROOT, "it has %d edges, more than the %d",
            edges, Diagrams.MERMAID_MAX_EDGES), "`maxEdges`", env)));
        return;
      }
      StackGraph graph = StackGraph.of(environment);
      List<Group> sameHash = byHash.computeIfAbsent(graph.hashCode(), k -> new ArrayList<>());
      for (Group group : sameHash) {
        if (StackGraph.of(resolved.get(group.environments.get(0))).equals(graph)) {
          group.environments.add(env);
          return;
        }
      }
      Group group = new Group(env, builtIn ? Diagrams.untitledMermaidLength(graph) : -1, null);
      sameHash.add(group);
      groups.add(group);
    });
    String name = stack.name() == null ? "stack" : "stack " + stack.name();
    return new DrawnOnRead(groups.size(), i -> {
      List<String> envs = groups.get(i).environments;
      String heading = groups.size() == 1 ? ""
          : (envs.size() == 1 ? "Environment " : "Environments ")
              + envs.stream().map(Markdown::code).collect(Collectors.joining(", "));
      if (groups.get(i).omitted != null) {
        return new ReadmeView.DiagramSection(heading, "", groups.get(i).omitted);
      }
      String title = name + ", " + (envs.size() == 1 ? "environment " : "environments ") + String.join(", ", envs);
      int untitled = groups.get(i).untitledLength;
      int length = untitled < 0 ? -1 : Diagrams.mermaidLength(untitled, title);
      if (length > Diagrams.MERMAID_MAX_TEXT) {
        return new ReadmeView.DiagramSection(heading, "", omitted(length, envs.get(0)));
      }
      Diagrams.Sized diagram = Diagrams.mermaidForReadme(StackGraph.of(resolved.get(envs.get(0))), title, templates);
      return diagram.text() != null ? new ReadmeView.DiagramSection(heading, diagram.text(), "")
          : new ReadmeView.DiagramSection(heading, "", omitted(diagram.length(), envs.get(0)));
    });
  }

  /**
   * Environments that share one diagram: the built-in layout's length without a title (-1 when not measured), or
   * why the diagram is left out before its graph was built.
   */
  private static final class Group {
    private final List<String> environments = new ArrayList<>();
    private final int untitledLength;
    private final String omitted;

    Group(String environment, int untitledLength, String omitted) {
      environments.add(environment);
      this.untitledLength = untitledLength;
      this.omitted = omitted;
    }
  }

  /** Says why a diagram of {@code length} characters is left out, and how to draw it for {@code environment}. */
  static String omitted(int length, String environment) {
    return omitted(String.format(Locale.ROOT, "it is %d characters of Mermaid, more than the %d", length,
        Diagrams.MERMAID_MAX_TEXT), "`maxTextSize`", environment);
  }

  /**
   * Says that a diagram is left out because {@code what} (its size, "more than the" limit) Mermaid draws with the
   * default {@code setting}, and how to draw it for {@code environment}.
   */
  private static String omitted(String what, String setting, String environment) {
    return "This diagram is left out: " + what + " that Mermaid draws with its default settings (" + setting
        + "), so GitHub and GitLab would show an error in its place. "
        + Markdown.code("mvn compose:graph -Dcompose.graph.environment=" + environment)
        + " writes it to `target/compose-graph.mmd`; with `-Dcompose.graph.format=dot` it is Graphviz DOT, which "
        + "draws large graphs.";
  }

  /** An unmodifiable list of diagram sections that draws each one when it is read and keeps none. */
  static final class DrawnOnRead extends AbstractList<ReadmeView.DiagramSection> implements RandomAccess {
    private final int size;
    private final IntFunction<ReadmeView.DiagramSection> draw;

    DrawnOnRead(int size, IntFunction<ReadmeView.DiagramSection> draw) {
      this.size = size;
      this.draw = draw;
    }

    @Override
    public ReadmeView.DiagramSection get(int index) {
      Objects.checkIndex(index, size);
      return draw.apply(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
