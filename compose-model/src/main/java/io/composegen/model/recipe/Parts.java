package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.Instruction;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.RecipeBuilder.RecipeOptions;
import io.composegen.model.units.ComposeDuration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Pieces that several recipes share: the end of the final stage, healthcheck timing, parameter checks. */
final class Parts {

  /** Time between healthchecks. */
  static final ComposeDuration INTERVAL = ComposeDuration.ofSeconds(30);
  /** Time one healthcheck may take. */
  static final ComposeDuration TIMEOUT = ComposeDuration.ofSeconds(5);
  /** Grace period after start. */
  static final ComposeDuration START_PERIOD = ComposeDuration.ofSeconds(10);
  /** Failures before unhealthy. */
  static final int RETRIES = 3;

  /** URL paths safe inside a quoted string of Python or JavaScript source and in a URL. */
  private static final Pattern HEALTH_PATH = Pattern.compile("/[A-Za-z0-9._~!$&()*+,;=:@%/?-]*");
  private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+)*");

  private Parts() {}

  /** Returns a healthcheck running {@code command} with the recipes' timing. */
  static Healthcheck healthcheck(String... command) {
    return new Healthcheck(List.of(command), INTERVAL, TIMEOUT, START_PERIOD, RETRIES);
  }

  /**
   * Appends the end of a final stage: the writable paths (if any), USER, EXPOSE, HEALTHCHECK (if any), LABEL (if any), then {@code last}.
   *
   * @param recipeHealthcheck the recipe's own healthcheck, or null when the image has nothing to check with
   */
  static void finish(Stage.Builder stage, RecipeOptions options,
      Healthcheck recipeHealthcheck, Instruction... last) {
    if (options.writablePathsRun() != null) {
      stage.run(options.writablePathsRun());
    }
    stage.instruction(options.user());
    stage.expose(options.port());
    Healthcheck check = options.healthcheckOr(recipeHealthcheck);
    if (check != null) {
      stage.healthcheck(check);
    }
    stage.labels(options.labels().toMap());
    for (Instruction instruction : last) {
      stage.instruction(instruction);
    }
  }

  /** Returns {@code url} for a local HTTP check on {@code port} and {@code path}. */
  static String localUrl(int port, String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Checks a healthcheck URL path. */
  static String healthPath(String path) {
    Objects.requireNonNull(path, "healthPath must not be null");
    if (!HEALTH_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("healthPath \"" + path
          + "\" must start with / and contain only URL characters, without quotes or spaces");
    }
    return path;
  }

  /** Checks a version number such as {@code 17} or {@code 3.12}. */
  static String version(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (!VERSION.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " \"" + value + "\" must be a version number such as 17 or 3.12");
    }
    return value;
  }

  /** Returns {@code override} parsed when not null, else the default image. */
  static ImageRef image(String override, String defaultImage) {
    return ImageRef.parse(override != null ? override : defaultImage);
  }

  /** Checks a list of non-blank arguments that must not be empty. */
  static List<String> command(List<String> args, String field) {
    List<String> copy = List.copyOf(Objects.requireNonNull(args, field + " must not be null"));
    if (copy.isEmpty() || copy.get(0).isBlank()) {
      throw new IllegalArgumentException(field + " must start with an executable");
    }
    return copy;
  }
}
