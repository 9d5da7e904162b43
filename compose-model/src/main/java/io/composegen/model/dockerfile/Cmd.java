package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.List;

/**
 * A {@code CMD} instruction in exec form: the default command, or the default arguments of the
 * {@link Entrypoint}; immutable.
 *
 * @param args the command and its arguments in order; empty clears the base image's CMD; never null
 */
public record Cmd(List<String> args) implements Instruction {

  /** Copies the arguments. */
  public Cmd {
    args = Checks.execForm(Copies.list(args, "cmd"), "cmd", false);
  }

  /** Returns a CMD of the given arguments. */
  public static Cmd of(String... args) {
    return new Cmd(List.of(args));
  }

  @Override
  public String keyword() {
    return "CMD";
  }
}
