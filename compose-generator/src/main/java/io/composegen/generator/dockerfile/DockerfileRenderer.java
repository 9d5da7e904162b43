package io.composegen.generator.dockerfile;

import io.composegen.generator.dockerfile.DockerfileView.DockerignoreView;
import io.composegen.generator.dockerfile.DockerfileView.Section;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.recipe.Recipe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders Dockerfiles and {@code .dockerignore} files from the model, stamped with the composegen mark.
 *
 * <p>A Dockerfile starts with the parser directive {@code # syntax=docker/dockerfile:1} (the BuildKit frontend that
 * understands {@code RUN --mount} and {@code COPY --chmod}), the mark on line 2, then the stages separated by
 * blank lines. The same model always gives the same bytes. Templates: {@code Dockerfile.ftl} and
 * {@code dockerignore.ftl}; pass an engine from {@link TemplateEngine#withOverrides} to use your own. The built-in
 * layouts are printed in Java, equal to the shipped templates; FreeMarker renders a template only when the engine's
 * folder {@link TemplateEngine#overrides(String) holds its own copy}.
 */
public final class DockerfileRenderer {

  /** The template of a Dockerfile. */
  public static final String DOCKERFILE_TEMPLATE = "Dockerfile.ftl";
  /** The template of a {@code .dockerignore}. */
  public static final String DOCKERIGNORE_TEMPLATE = "dockerignore.ftl";

  /**
   * The entries every build context should leave out, by group: version control and editor files (large, and
   * useless in an image), secrets (never in a layer), and the container files themselves (changing them should
   * not invalidate the {@code COPY . .} layer). Secret patterns match at any depth.
   */
  public static final List<Section> COMMON_SECTIONS = List.of(
      new Section("Version control, editors and operating systems",
          List.of(".git", ".hg", ".svn", ".idea", ".vscode", "*.iml", "**/.DS_Store")),
      new Section("Secrets: never part of an image",
          List.of("**/.env", "**/.env.*", "!**/.env.example", "**/*.pem", "**/*.key", "secrets/")),
      new Section("Container files",
          List.of("compose*.yaml", "compose*.yml", "docker-compose*.yaml", "docker-compose*.yml", "Dockerfile*",
              ".dockerignore", "README.Docker.md")));

  private DockerfileRenderer() {}

  /** Renders {@code dockerfile} in the built-in layout. */
  public static String render(Dockerfile dockerfile) {
    Objects.requireNonNull(dockerfile, "dockerfile");
    return GeneratedMark.stampAfterFirstLine(DockerfilePrinter.dockerfile(DockerfileViews.of(dockerfile)));
  }

  /**
   * Renders {@code dockerfile} with the given engine's {@code Dockerfile.ftl}: the user's copy when the engine's
   * folder {@link TemplateEngine#overrides(String) holds one}, else the built-in layout, printed in Java.
   */
  public static String render(Dockerfile dockerfile, TemplateEngine engine) {
    Objects.requireNonNull(dockerfile, "dockerfile");
    Objects.requireNonNull(engine, "engine");
    DockerfileView view = DockerfileViews.of(dockerfile);
    String text = engine.overrides(DOCKERFILE_TEMPLATE) ? engine.render(DOCKERFILE_TEMPLATE, view)
        : DockerfilePrinter.dockerfile(view);
    return GeneratedMark.stampAfterFirstLine(text);
  }

  /** Renders the {@code .dockerignore} of a recipe: the common entries, then the recipe's. */
  public static String renderDockerignore(Recipe recipe) {
    return renderDockerignore(recipe.dockerignore());
  }

  /**
   * Renders a {@code .dockerignore} with the common entries, then {@code projectEntries} (those already among the
   * common ones are left out), with the built-in template.
   *
   * @throws IllegalArgumentException if an entry is blank, spans lines, or starts with {@code #} (a comment)
   */
  public static String renderDockerignore(List<String> projectEntries) {
    Objects.requireNonNull(projectEntries, "projectEntries");
    return GeneratedMark.stamp(DockerfilePrinter.dockerignore(dockerignoreView(projectEntries)));
  }

  /**
   * Renders a {@code .dockerignore} like {@link #renderDockerignore(List)} with the given engine's
   * {@code dockerignore.ftl}: the user's copy when the engine's folder {@link TemplateEngine#overrides(String) holds
   * one}, else the built-in layout, printed in Java.
   */
  public static String renderDockerignore(List<String> projectEntries, TemplateEngine engine) {
    Objects.requireNonNull(projectEntries, "projectEntries");
    Objects.requireNonNull(engine, "engine");
    DockerignoreView view = dockerignoreView(projectEntries);
    String text = engine.overrides(DOCKERIGNORE_TEMPLATE) ? engine.render(DOCKERIGNORE_TEMPLATE, view)
        : DockerfilePrinter.dockerignore(view);
    return GeneratedMark.stamp(text);
  }

  static DockerignoreView dockerignoreView(List<String> projectEntries) {
    List<Section> sections = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Section common : COMMON_SECTIONS) {
      seen.addAll(common.entries());
      sections.add(common);
    }
    List<String> project = new ArrayList<>();
    for (int i = 0; i < projectEntries.size(); i++) {
      String entry = Objects.requireNonNull(projectEntries.get(i), "projectEntries[" + i + "]");
      checkEntry(entry, i);
      if (seen.add(entry)) {
        project.add(entry);
      }
    }
    if (!project.isEmpty()) {
      sections.add(new Section("Build outputs and dependencies, made inside the image", project));
    }
    return new DockerignoreView(sections);
  }

  private static void checkEntry(String entry, int index) {
    if (entry.isBlank() || !entry.equals(entry.strip())) {
      throw new IllegalArgumentException("dockerignore[" + index + "] " + DockerfileEscaping.jsonString(entry)
          + " must not be blank or start or end with whitespace");
    }
    if (entry.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
      throw new IllegalArgumentException("dockerignore[" + index + "] " + DockerfileEscaping.jsonString(entry)
          + " must be one line");
    }
    if (entry.startsWith("#")) {
      throw new IllegalArgumentException("dockerignore[" + index + "] \"" + entry
          + "\" starts with #, which makes it a comment; write \\# for a file name starting with #");
    }
  }
}
