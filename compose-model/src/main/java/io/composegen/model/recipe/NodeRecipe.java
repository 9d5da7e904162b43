package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Cmd;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.RecipeBuilder.RecipeOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Node.js server installed with {@code npm ci}, optionally built by an npm script; immutable.
 *
 * <p>The {@code deps} stage installs production dependencies only ({@code npm ci --omit=dev}); with a build
 * script, a {@code build} stage installs all dependencies and runs it. Both keep npm's cache in a cache mount.
 * The {@code runtime} stage gets the production {@code node_modules} and either the application (no build script)
 * or {@code package.json} and the build output. Its healthcheck requests the app with Node's own {@code fetch}
 * (Node 18 and later), since the slim image has no curl.
 *
 * @param node the Node.js major version, such as {@code 22}
 * @param image the image of every stage; never null
 * @param buildScript the npm script that builds the app, such as {@code build}; null when there is nothing to build
 * @param buildOutput the folder the build script writes, such as {@code dist}; used only with a build script
 * @param command the command that starts the server, in exec form
 * @param healthPath the URL path the healthcheck requests
 * @param options the parameters every recipe shares
 */
public record NodeRecipe(
    String node,
    ImageRef image,
    String buildScript,
    String buildOutput,
    List<String> command,
    String healthPath,
    RecipeOptions options) implements Recipe {

  /** Checks the parameters. */
  public NodeRecipe {
    Parts.version(node, "node");
    if (Integer.parseInt(node.split("\\.")[0]) < 18) {
      throw new IllegalArgumentException("node \"" + node
          + "\" is too old: the healthcheck uses fetch, which Node.js has from version 18");
    }
    Objects.requireNonNull(image, "image");
    NodeParts.script(buildScript, "buildScript");
    NodeParts.folder(buildOutput, "buildOutput");
    command = Parts.command(command, "command");
    Parts.healthPath(healthPath);
    Objects.requireNonNull(options, "options");
  }

  /** Returns a builder with the defaults: Node.js 22, port 3000, no build script, {@code node server.js}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Dockerfile dockerfile() {
    List<Stage> stages = new ArrayList<>();
    stages.add(NodeParts.install("deps", image, true).build());
    if (buildScript != null) {
      stages.add(NodeParts.install("build", image, false)
          .copy(".", ".")
          .run("npm run " + buildScript)
          .build());
    }
    Stage.Builder runtime = Stage.builder("runtime").from(image)
        .env("NODE_ENV", "production")
        .workdir("/app")
        .copy(Copy.fromStage("deps", "/app/node_modules", "./node_modules").withChown(options.owner()));
    if (buildScript != null) {
      runtime.copy(Copy.of("package.json", "./").withChown(options.owner()))
          .copy(Copy.fromStage("build", "/app/" + buildOutput, "./" + buildOutput).withChown(options.owner()));
    } else {
      runtime.copy(Copy.of(".", ".").withChown(options.owner()));
    }
    String url = Parts.localUrl(options.port(), healthPath);
    Parts.finish(runtime, options,
        Parts.healthcheck("node", "-e",
            "fetch('" + url + "').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"),
        new Cmd(command));
    stages.add(runtime.build());
    return new Dockerfile(stages);
  }

  @Override
  public List<String> dockerignore() {
    List<String> entries = new ArrayList<>(List.of("**/node_modules/", "npm-debug.log*", "coverage/", ".npm/"));
    if (buildScript != null) {
      entries.add(buildOutput + "/");
    }
    return List.copyOf(entries);
  }

  @Override
  public int port() {
    return options.port();
  }

  /** Mutable builder of {@link NodeRecipe}; not thread-safe. */
  public static final class Builder extends RecipeBuilder<Builder, NodeRecipe> {
    private String node = "22";
    private String image;
    private String buildScript;
    private String buildOutput = "dist";
    private List<String> command = List.of("node", "server.js");
    private String healthPath = "/";

    Builder() {
      super(DEFAULT_ID, DEFAULT_ID, 3000);
    }

    /** Sets the Node.js major version, such as {@code 20}; it picks the image unless that is set. */
    public Builder node(String version) {
      this.node = version;
      return this;
    }

    /** Sets the image of every stage; null for {@code node:<node>-slim}. */
    public Builder image(String value) {
      this.image = value;
      return this;
    }

    /** Sets the npm script that builds the app, such as {@code build}; null for none. */
    public Builder buildScript(String script) {
      this.buildScript = script;
      return this;
    }

    /** Sets the folder the build script writes (default {@code dist}). */
    public Builder buildOutput(String folder) {
      this.buildOutput = folder;
      return this;
    }

    /** Sets the command that starts the server, split in words. */
    public Builder command(String... args) {
      this.command = List.of(args);
      return this;
    }

    /** Sets the URL path the healthcheck requests (default {@code /}); it must answer with a 2xx status. */
    public Builder healthPath(String path) {
      this.healthPath = path;
      return this;
    }

    @Override
    public NodeRecipe build() {
      Parts.version(node, "node");
      return new NodeRecipe(node, Parts.image(image, "node:" + node + "-slim"), buildScript, buildOutput, command,
          healthPath, options());
    }
  }
}
