package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.List;

/**
 * An {@code ENTRYPOINT} instruction in exec form; immutable.
 *
 * <p>Shell form is not offered: it runs the program under {@code /bin/sh -c}, which does not pass on
 * {@code SIGTERM}, so containers stop only when killed.
 *
 * @param args the executable and its arguments, in order; at least one; never null
 */
public record Entrypoint(List<String> args) implements Instruction {

  /** Copies the arguments and checks that there is an executable. */
  public Entrypoint {
    args = Checks.execForm(Copies.list(args, "entrypoint"), "entrypoint", true);
  }

  /** Returns an ENTRYPOINT of the given executable and arguments. */
  public static Entrypoint of(String... args) {
    return new Entrypoint(List.of(args));
  }

  @Override
  public String keyword() {
    return "ENTRYPOINT";
  }
}
