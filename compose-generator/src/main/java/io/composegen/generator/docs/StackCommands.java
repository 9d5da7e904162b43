package io.composegen.generator.docs;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code docker compose} command lines that run each environment of a stack, with the stack's actual file
 * names. Stateless and thread-safe.
 *
 * <p>{@code docker compose} without {@code -f} reads the first of {@code compose.yaml}, {@code compose.yml},
 * {@code docker-compose.yaml} and {@code docker-compose.yml} it finds, and with it the override file of the same
 * name ({@code compose.override.yaml}, ...). A layer that renders to that override file is therefore the
 * environment plain {@code docker compose up} runs; every other environment names its files with {@code -f}.
 */
public final class StackCommands {

  private static final Set<String> DEFAULT_FILES =
      Set.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9._/+-]+");

  private StackCommands() {}

  /**
   * Returns the layer {@code docker compose} picks up by itself beside the base file, or empty when the base has a
   * name {@code docker compose} does not look for or no layer renders to its override file.
   */
  public static Optional<Layer> automaticOverride(Stack stack) {
    String base = stack.effectiveBaseFileName();
    if (!DEFAULT_FILES.contains(base)) {
      return Optional.empty();
    }
    int dot = base.lastIndexOf('.');
    String override = base.substring(0, dot) + ".override" + base.substring(dot);
    return stack.layers().values().stream().filter(l -> l.effectiveFileName().equals(override)).findFirst();
  }

  /**
   * Returns the environment plain {@code docker compose up} runs: the layer of {@link #automaticOverride}, else
   * {@link Stack#BASE}.
   */
  public static String defaultEnvironment(Stack stack) {
    return automaticOverride(stack).map(Layer::name).orElse(Stack.BASE);
  }

  /**
   * Returns the files {@code docker compose} reads for {@code environment}, base first.
   *
   * @throws IllegalArgumentException when the stack has no such environment
   */
  public static List<String> files(Stack stack, String environment) {
    List<String> out = new ArrayList<>();
    out.add(stack.effectiveBaseFileName());
    if (!environment.equals(Stack.BASE)) {
      out.add(layer(stack, environment).effectiveFileName());
    }
    return List.copyOf(out);
  }

  /**
   * Returns the command that starts {@code environment}: {@code docker compose up} where the files are found
   * without {@code -f}, else {@code docker compose -f compose.yaml -f compose.prod.yaml up}, detached
   * ({@code -d}) for a production layer; with {@code --profile} for each of {@code profiles}.
   *
   * @param subcommand what to run, e.g. {@code up} or {@code down}; {@code -d} is added to {@code up} only
   * @throws IllegalArgumentException when the stack has no such environment
   */
  public static String command(Stack stack, String environment, List<String> profiles, String subcommand) {
    Objects.requireNonNull(subcommand, "subcommand");
    StringBuilder out = new StringBuilder("docker compose");
    boolean automatic = environment.equals(defaultEnvironment(stack))
        && DEFAULT_FILES.contains(stack.effectiveBaseFileName());
    if (!automatic) {
      for (String file : files(stack, environment)) {
        out.append(" -f ").append(shellWord(file));
      }
    }
    for (String profile : profiles) {
      out.append(" --profile ").append(shellWord(profile));
    }
    out.append(' ').append(subcommand);
    boolean production = !environment.equals(Stack.BASE) && layer(stack, environment).production();
    if (production && subcommand.equals("up")) {
      out.append(" -d");
    }
    return out.toString();
  }

  private static Layer layer(Stack stack, String environment) {
    Layer layer = stack.layers().get(environment);
    if (layer == null) {
      throw new IllegalArgumentException("no environment \"" + environment + "\"; this stack has "
          + stack.environments());
    }
    return layer;
  }

  /** Returns {@code word} as one POSIX shell word: bare when plain, otherwise single-quoted. */
  static String shellWord(String word) {
    if (BARE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
