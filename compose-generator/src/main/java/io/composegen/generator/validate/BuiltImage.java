package io.composegen.generator.validate;

import io.composegen.model.dockerfile.Cmd;
import io.composegen.model.service.GeneratedBuild;
import java.util.List;
import java.util.Objects;

/**
 * What an image built from a Dockerfile composegen generates does when the compose file does not say otherwise:
 * whether it checks its own health, and the command it runs. The checks cannot see into images pulled by name or
 * built from hand-written Dockerfiles; for those there is no {@code BuiltImage}. Immutable.
 *
 * @param checksHealth whether the image's final stage declares a {@code HEALTHCHECK} (not {@code NONE})
 * @param command the arguments of the final stage's last {@code CMD}, or empty when it has none (the image then
 *     keeps its base image's, which the checks do not know); never null
 */
public record BuiltImage(boolean checksHealth, List<String> command) {

  /** Copies the command. */
  public BuiltImage {
    command = List.copyOf(Objects.requireNonNull(command, "command"));
  }

  /** Returns what the image built from {@code build} does. */
  public static BuiltImage of(GeneratedBuild build) {
    List<Cmd> commands = build.dockerfile().finalStage().instructionsOf(Cmd.class);
    return new BuiltImage(build.checksHealth(),
        commands.isEmpty() ? List.of() : commands.get(commands.size() - 1).args());
  }

  /** Returns an image known only to check its own health. */
  static BuiltImage checkingHealth() {
    return new BuiltImage(true, List.of());
  }
}
