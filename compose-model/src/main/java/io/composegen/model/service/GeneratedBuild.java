package io.composegen.model.service;

import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.internal.Copies;
import io.composegen.model.recipe.Recipe;
import java.util.List;
import java.util.Objects;

/**
 * A Dockerfile that composegen writes into a build context and builds a service's image from; immutable.
 *
 * <p>The generator writes {@code <context>/<dockerfileName>} and {@code <context>/.dockerignore}, and sets the
 * service's {@code build} to {@code {context, dockerfile, target}} with the Dockerfile's final stage as target.
 *
 * @param context the build context folder, relative to the project directory (e.g. {@code .} or {@code ./app});
 *     never null
 * @param dockerfileName the Dockerfile's file name inside the context; never null
 * @param dockerfile the Dockerfile; never null
 * @param dockerignore the context-specific {@code .dockerignore} entries, in order; never null
 */
public record GeneratedBuild(String context, String dockerfileName, Dockerfile dockerfile, List<String> dockerignore) {

  /** Checks that the context is a relative folder inside the project and the file name is plain. */
  public GeneratedBuild {
    Copies.nonBlank(context, "build context");
    Copies.nonBlank(dockerfileName, "dockerfile name");
    Objects.requireNonNull(dockerfile, "dockerfile");
    dockerignore = Copies.list(dockerignore, "dockerignore");
    String normalised = context.replace('\\', '/');
    if (normalised.startsWith("/") || normalised.matches("[A-Za-z]:.*") || normalised.contains("://")) {
      throw new IllegalArgumentException("build context \"" + context
          + "\" must be a folder relative to the project, e.g. ./app");
    }
    for (String segment : normalised.split("/")) {
      if (segment.equals("..")) {
        throw new IllegalArgumentException("build context \"" + context
            + "\" must stay inside the project: generated Dockerfiles are written there");
      }
    }
    if (dockerfileName.contains("/") || dockerfileName.contains("\\")) {
      throw new IllegalArgumentException("dockerfile name \"" + dockerfileName + "\" must be a plain file name");
    }
  }

  /** Returns the recipe's Dockerfile and ignore entries, written as {@code Dockerfile} into {@code context}. */
  public static GeneratedBuild of(String context, Recipe recipe) {
    return new GeneratedBuild(context, "Dockerfile", recipe.dockerfile(), recipe.dockerignore());
  }

  /** Returns the given Dockerfile, written as {@code Dockerfile} into {@code context}. */
  public static GeneratedBuild of(String context, Dockerfile dockerfile) {
    return new GeneratedBuild(context, "Dockerfile", dockerfile, List.of());
  }

  /** Returns a copy written under another file name, e.g. {@code Dockerfile.web}. */
  public GeneratedBuild withDockerfileName(String name) {
    return new GeneratedBuild(context, name, dockerfile, dockerignore);
  }

  /** Returns the stage Compose builds: the Dockerfile's last. */
  public String target() {
    return dockerfile.finalStage().name();
  }

  /**
   * Tells whether the image checks its own health: its final stage's last {@code HEALTHCHECK} (the one Docker keeps)
   * exists and is not {@code HEALTHCHECK NONE}.
   */
  public boolean checksHealth() {
    List<Healthcheck> checks = dockerfile.finalStage().instructionsOf(Healthcheck.class);
    return !checks.isEmpty() && !checks.get(checks.size() - 1).isNone();
  }
}
