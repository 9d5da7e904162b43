package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.RecipeBuilder.RecipeOptions;
import java.util.List;
import java.util.Objects;

/**
 * A static web site built by an npm script and served by nginx as a non-root user; immutable.
 *
 * <p>The {@code build} stage runs on the build machine's platform (its output is plain files), installs with
 * {@code npm ci} (npm's cache in a cache mount) and runs the build script. The {@code runtime} stage is
 * {@code nginxinc/nginx-unprivileged}, made to run nginx without root: it listens on 8080 and keeps its
 * pid and temporary files where its user, id 101, may write. The recipe therefore runs as 101:101 by default;
 * another user needs write access to {@code /var/cache/nginx} (the image grants it to group 0). A port other than
 * 8080 is written into the server configuration; it must be 1024 or above, since nginx does not run as root.
 * The healthcheck uses busybox {@code wget}, which the Alpine variant has.
 *
 * @param node the Node.js major version of the build stage, such as {@code 22}
 * @param buildImage the image of the build stage; never null
 * @param runtimeImage the nginx image of the final stage; never null
 * @param buildScript the npm script that builds the site
 * @param buildOutput the folder the build script writes, such as {@code dist} or {@code build}
 * @param healthPath the URL path the healthcheck requests
 * @param options the parameters every recipe shares
 */
public record StaticNginxRecipe(
    String node,
    ImageRef buildImage,
    ImageRef runtimeImage,
    String buildScript,
    String buildOutput,
    String healthPath,
    RecipeOptions options) implements Recipe {

  /** The port nginx-unprivileged listens on. */
  public static final int IMAGE_PORT = 8080;
  /** The id of the nginx user in nginx-unprivileged. */
  public static final int NGINX_ID = 101;

  /** Checks the parameters. */
  public StaticNginxRecipe {
    Parts.version(node, "node");
    Objects.requireNonNull(buildImage, "buildImage");
    Objects.requireNonNull(runtimeImage, "runtimeImage");
    Objects.requireNonNull(buildScript, "buildScript");
    NodeParts.script(buildScript, "buildScript");
    NodeParts.folder(buildOutput, "buildOutput");
    Parts.healthPath(healthPath);
    Objects.requireNonNull(options, "options");
    if (options.port() < 1024) {
      throw new IllegalArgumentException("port " + options.port()
          + " is privileged; nginx runs as a non-root user here, so use a port of 1024 or above, such as 8080");
    }
  }

  /** Returns a builder with the defaults: Node.js 22, {@code npm run build} into {@code dist}, port 8080. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Dockerfile dockerfile() {
    Stage build = NodeParts.install("build", buildImage, false)
        .platform("$BUILDPLATFORM")
        .copy(".", ".")
        .run("npm run " + buildScript)
        .build();
    Stage.Builder runtime = Stage.builder("runtime").from(runtimeImage);
    if (options.port() != IMAGE_PORT) {
      // The image's server block listens on 8080 (IPv4 and IPv6), in a file that the image's own user may edit.
      runtime.run("sed -i 's/" + IMAGE_PORT + ";/" + options.port() + ";/g' /etc/nginx/conf.d/default.conf");
    }
    runtime.copy(Copy.fromStage("build", "/app/" + buildOutput + "/", "/usr/share/nginx/html/")
        .withChown(options.owner()));
    Parts.finish(runtime, options,
        Parts.healthcheck("wget", "-q", "--spider", Parts.localUrl(options.port(), healthPath)));
    return Dockerfile.of(build, runtime.build());
  }

  @Override
  public List<String> dockerignore() {
    return List.of("**/node_modules/", "npm-debug.log*", "coverage/", ".npm/", buildOutput + "/");
  }

  @Override
  public int port() {
    return options.port();
  }

  /** Mutable builder of {@link StaticNginxRecipe}; not thread-safe. */
  public static final class Builder extends RecipeBuilder<Builder, StaticNginxRecipe> {
    private String node = "22";
    private String buildImage;
    private String runtimeImage;
    private String buildScript = "build";
    private String buildOutput = "dist";
    private String healthPath = "/";

    Builder() {
      super(NGINX_ID, NGINX_ID, IMAGE_PORT);
    }

    /** Sets the Node.js major version of the build stage; it picks the build image unless that is set. */
    public Builder node(String version) {
      this.node = version;
      return this;
    }

    /** Sets the build image; null for {@code node:<node>-slim}. */
    public Builder buildImage(String image) {
      this.buildImage = image;
      return this;
    }

    /** Sets the nginx image; null for {@code nginxinc/nginx-unprivileged:1.27-alpine}. */
    public Builder runtimeImage(String image) {
      this.runtimeImage = image;
      return this;
    }

    /** Sets the npm script that builds the site (default {@code build}). */
    public Builder buildScript(String script) {
      this.buildScript = script;
      return this;
    }

    /** Sets the folder the build script writes (default {@code dist}; {@code build} for Create React App). */
    public Builder buildOutput(String folder) {
      this.buildOutput = folder;
      return this;
    }

    /** Sets the URL path the healthcheck requests (default {@code /}). */
    public Builder healthPath(String path) {
      this.healthPath = path;
      return this;
    }

    @Override
    public StaticNginxRecipe build() {
      Parts.version(node, "node");
      return new StaticNginxRecipe(node, Parts.image(buildImage, "node:" + node + "-slim"),
          Parts.image(runtimeImage, "nginxinc/nginx-unprivileged:1.27-alpine"), buildScript, buildOutput,
          healthPath, options());
    }
  }
}
