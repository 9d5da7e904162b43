package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Cmd;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.RecipeBuilder.RecipeOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Python application whose dependencies Poetry installs from {@code pyproject.toml} and {@code poetry.lock};
 * immutable.
 *
 * <p>The {@code build} stage installs a pinned Poetry into its own environment ({@code /opt/poetry}), then
 * installs the locked main dependencies, without dev groups and without the project itself, into
 * {@code /app/.venv}, Poetry's cache in a cache mount. The {@code runtime} stage, on the slim image of the same
 * Python, gets only that environment and the application; Poetry stays behind.
 *
 * @param python the Python version, such as {@code 3.12}
 * @param poetry the Poetry version installed in the build stage, such as {@code 2.1.3}
 * @param buildImage the image of the build stage; never null
 * @param runtimeImage the image of the final stage; never null
 * @param command the command that starts the application, in exec form
 * @param healthPath the URL path the healthcheck requests
 * @param groups the dependency groups installed besides {@code main}, such as {@code deploy} for a group holding
 *     the production server; dev groups stay out unless named here
 * @param options the parameters every recipe shares
 */
public record PythonPoetryRecipe(
    String python,
    String poetry,
    ImageRef buildImage,
    ImageRef runtimeImage,
    List<String> command,
    String healthPath,
    List<String> groups,
    RecipeOptions options) implements Recipe {

  private static final Pattern POETRY_VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+)*(?:(?:a|b|rc)[0-9]+)?");
  private static final String APP_DIR = "/app";
  private static final String VENV = APP_DIR + "/.venv";
  private static final String POETRY_HOME = "/opt/poetry";
  private static final String POETRY_CACHE = "/var/cache/pypoetry";
  private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** Checks the parameters. */
  public PythonPoetryRecipe {
    Parts.version(python, "python");
    Objects.requireNonNull(poetry, "poetry");
    if (!POETRY_VERSION.matcher(poetry).matches()) {
      throw new IllegalArgumentException("poetry \"" + poetry + "\" must be a version number such as 2.1.3");
    }
    Objects.requireNonNull(buildImage, "buildImage");
    Objects.requireNonNull(runtimeImage, "runtimeImage");
    command = Parts.command(command, "command");
    Parts.healthPath(healthPath);
    groups = List.copyOf(groups);
    for (String group : groups) {
      if (!GROUP.matcher(group).matches() || group.equals("main")) {
        throw new IllegalArgumentException("group \"" + group
            + "\" must be a Poetry dependency group name other than main (installed always), such as deploy");
      }
    }
    Objects.requireNonNull(options, "options");
  }

  /** Returns a builder with the defaults: Python 3.12, Poetry 2.1.3, port 8000, {@code python app.py}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Dockerfile dockerfile() {
    List<String> only = new ArrayList<>(List.of("main"));
    only.addAll(groups);
    Map<String, String> buildEnv = new LinkedHashMap<>();
    buildEnv.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    buildEnv.put("POETRY_NO_INTERACTION", "1");
    buildEnv.put("POETRY_VIRTUALENVS_IN_PROJECT", "1");
    buildEnv.put("POETRY_CACHE_DIR", POETRY_CACHE);
    Stage build = Stage.builder("build").from(buildImage)
        .env(buildEnv)
        .run("python -m venv " + POETRY_HOME + " && " + POETRY_HOME + "/bin/pip install poetry==" + poetry,
            RunMount.cache("/root/.cache/pip"))
        .workdir(APP_DIR)
        .copy(Copy.of(List.of("pyproject.toml", "poetry.lock"), "./"))
        .run(POETRY_HOME + "/bin/poetry install --only " + String.join(",", only) + " --no-root",
            RunMount.cache(POETRY_CACHE))
        .build();

    Map<String, String> env = new LinkedHashMap<>(PythonParts.RUNTIME_ENV);
    env.put("VIRTUAL_ENV", VENV);
    env.put("PATH", VENV + "/bin:$PATH");
    Stage.Builder runtime = Stage.builder("runtime").from(runtimeImage)
        .env(env)
        .workdir(APP_DIR)
        .copy(Copy.fromStage("build", VENV, VENV).withChown(options.owner()))
        .copy(Copy.of(".", ".").withChown(options.owner()));
    Parts.finish(runtime, options, PythonParts.healthcheck(options.port(), healthPath), new Cmd(command));
    return Dockerfile.of(build, runtime.build());
  }

  @Override
  public List<String> dockerignore() {
    return PythonParts.DOCKERIGNORE;
  }

  @Override
  public int port() {
    return options.port();
  }

  /** Mutable builder of {@link PythonPoetryRecipe}; not thread-safe. */
  public static final class Builder extends RecipeBuilder<Builder, PythonPoetryRecipe> {
    private String python = "3.12";
    private String poetry = "2.1.3";
    private String buildImage;
    private String runtimeImage;
    private List<String> command = List.of("python", "app.py");
    private String healthPath = "/";
    private final List<String> groups = new ArrayList<>();

    Builder() {
      super(DEFAULT_ID, DEFAULT_ID, 8000);
    }

    /** Sets the Python version, such as {@code 3.11}; it picks both images unless they are set. */
    public Builder python(String version) {
      this.python = version;
      return this;
    }

    /** Sets the Poetry version to install, such as {@code 1.8.5}. */
    public Builder poetry(String version) {
      this.poetry = version;
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

    /** Sets the command that starts the application, split in words. */
    public Builder command(String... args) {
      this.command = List.of(args);
      return this;
    }

    /** Sets the URL path the healthcheck requests (default {@code /}); it must answer with a 2xx or 3xx status. */
    public Builder healthPath(String path) {
      this.healthPath = path;
      return this;
    }

    /** Installs the dependency group {@code name} besides {@code main}, such as {@code deploy}. */
    public Builder group(String name) {
      this.groups.add(Objects.requireNonNull(name, "group"));
      return this;
    }

    /** Replaces the dependency groups installed besides {@code main}. */
    public Builder groups(List<String> names) {
      this.groups.clear();
      names.forEach(this::group);
      return this;
    }

    @Override
    public PythonPoetryRecipe build() {
      Parts.version(python, "python");
      return new PythonPoetryRecipe(python, poetry, Parts.image(buildImage, "python:" + python),
          Parts.image(runtimeImage, "python:" + python + "-slim"), command, healthPath, groups, options());
    }
  }
}
