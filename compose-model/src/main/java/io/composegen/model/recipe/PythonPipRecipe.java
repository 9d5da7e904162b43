package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Cmd;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.RecipeBuilder.RecipeOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Python application whose dependencies pip installs from a requirements file; immutable.
 *
 * <p>The {@code build} stage, on the full Python image (compilers at hand for packages without wheels), creates a
 * virtual environment in {@code /opt/venv} and installs the requirements with pip's cache in a cache mount. The
 * {@code runtime} stage, on the slim image of the same Python (same interpreter path, so the environment works
 * as it is), gets only the environment and the application. Its healthcheck asks the app over HTTP with
 * Python's own {@code urllib}, since the slim image has no curl.
 *
 * @param python the Python version, such as {@code 3.12}
 * @param buildImage the image of the build stage; never null
 * @param runtimeImage the image of the final stage; never null
 * @param requirements the requirements file, relative to the build context
 * @param command the command that starts the application, in exec form
 * @param healthPath the URL path the healthcheck requests, such as {@code /health}
 * @param options the parameters every recipe shares
 */
public record PythonPipRecipe(
    String python,
    ImageRef buildImage,
    ImageRef runtimeImage,
    String requirements,
    List<String> command,
    String healthPath,
    RecipeOptions options) implements Recipe {

  static final String VENV = "/opt/venv";
  private static final String APP_DIR = "/app";

  /** Checks the parameters. */
  public PythonPipRecipe {
    Parts.version(python, "python");
    Objects.requireNonNull(buildImage, "buildImage");
    Objects.requireNonNull(runtimeImage, "runtimeImage");
    Objects.requireNonNull(requirements, "requirements");
    command = Parts.command(command, "command");
    Parts.healthPath(healthPath);
    Objects.requireNonNull(options, "options");
    dockerfileOf(buildImage, runtimeImage, requirements, command, healthPath, options);
  }

  /** Returns a builder with the defaults: Python 3.12, port 8000, {@code python app.py}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Dockerfile dockerfile() {
    return dockerfileOf(buildImage, runtimeImage, requirements, command, healthPath, options);
  }

  @Override
  public List<String> dockerignore() {
    return PythonParts.DOCKERIGNORE;
  }

  @Override
  public int port() {
    return options.port();
  }

  private static Dockerfile dockerfileOf(ImageRef buildImage, ImageRef runtimeImage, String requirements,
      List<String> command, String healthPath, RecipeOptions options) {
    Stage build = Stage.builder("build").from(buildImage)
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .workdir("/build")
        .run("python -m venv " + VENV)
        .copy(requirements, "./")
        .run(VENV + "/bin/pip install -r " + fileName(requirements), RunMount.cache("/root/.cache/pip"))
        .build();

    Map<String, String> env = new LinkedHashMap<>(PythonParts.RUNTIME_ENV);
    env.put("PATH", VENV + "/bin:$PATH");
    Stage.Builder runtime = Stage.builder("runtime").from(runtimeImage)
        .env(env)
        .workdir(APP_DIR)
        .copy(Copy.fromStage("build", VENV, VENV).withChown(options.owner()))
        .copy(Copy.of(".", ".").withChown(options.owner()));
    Parts.finish(runtime, options, PythonParts.healthcheck(options.port(), healthPath),
        new Cmd(command));
    return Dockerfile.of(build, runtime.build());
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Mutable builder of {@link PythonPipRecipe}; not thread-safe. */
  public static final class Builder extends RecipeBuilder<Builder, PythonPipRecipe> {
    private String python = "3.12";
    private String buildImage;
    private String runtimeImage;
    private String requirements = "requirements.txt";
    private List<String> command = List.of("python", "app.py");
    private String healthPath = "/";

    Builder() {
      super(DEFAULT_ID, DEFAULT_ID, 8000);
    }

    /** Sets the Python version, such as {@code 3.11}; it picks both images unless they are set. */
    public Builder python(String version) {
      this.python = version;
      return this;
    }

    /** Sets the build image; null for {@code python:<python>}. */
    public Builder buildImage(String image) {
      this.buildImage = image;
      return this;
    }

    /** Sets the final image; null for {@code python:<python>-slim}. */
    public Builder runtimeImage(String image) {
      this.runtimeImage = image;
      return this;
    }

    /**
     * Sets the requirements file, relative to the build context; only this file is copied before installing, so
     * it must not include others ({@code -r base.txt}).
     */
    public Builder requirements(String path) {
      this.requirements = path;
      return this;
    }

    /** Sets the command that starts the application, such as {@code gunicorn -b :8000 app:app} split in words. */
    public Builder command(String... args) {
      this.command = List.of(args);
      return this;
    }

    /** Sets the URL path the healthcheck requests (default {@code /}); it must answer with a 2xx or 3xx status. */
    public Builder healthPath(String path) {
      this.healthPath = path;
      return this;
    }

    @Override
    public PythonPipRecipe build() {
      Parts.version(python, "python");
      return new PythonPipRecipe(python, Parts.image(buildImage, "python:" + python),
          Parts.image(runtimeImage, "python:" + python + "-slim"), requirements, command, healthPath, options());
    }
  }
}
