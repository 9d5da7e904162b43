package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.List;

/**
 * A {@code SHELL} instruction: the shell that runs shell-form {@code RUN} commands, such as
 * {@code ["/bin/bash", "-o", "pipefail", "-c"]}; immutable.
 *
 * @param args the shell executable and its options, in order; at least one; never null
 */
public record Shell(List<String> args) implements Instruction {

  /** Copies the arguments and checks that there is an executable. */
  public Shell {
    args = Checks.execForm(Copies.list(args, "shell"), "shell", true);
  }

  /** Returns a SHELL of the given executable and options. */
  public static Shell of(String... args) {
    return new Shell(List.of(args));
  }

  @Override
  public String keyword() {
    return "SHELL";
  }
}
