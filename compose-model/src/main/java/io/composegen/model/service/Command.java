package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.Arrays;
import java.util.List;

/**
 * A command or entrypoint: either one shell-form string or an exec-form list of arguments; immutable.
 *
 * @param parts the arguments of the exec form, or the single command line of the shell form; never null
 * @param shellForm true when the command is one string that the container's shell splits
 */
public record Command(List<String> parts, boolean shellForm) {

  /** Copies the parts and checks that a shell form has exactly one line. */
  public Command {
    parts = Copies.list(parts, "command");
    if (shellForm && parts.size() != 1) {
      throw new IllegalArgumentException("command: the shell form is one command line, got " + parts.size() + " parts");
    }
  }

  /** Returns the shell form: one command line, e.g. {@code gunicorn -b :5000 main:app}. */
  public static Command shell(String commandLine) {
    return new Command(List.of(commandLine), true);
  }

  /** Returns the exec form: each argument passed as it is, with no shell. */
  public static Command exec(String... args) {
    return new Command(Arrays.asList(args), false);
  }

  /** Returns the exec form of the given arguments. */
  public static Command exec(List<String> args) {
    return new Command(args, false);
  }

  @Override
  public String toString() {
    return shellForm ? parts.get(0) : parts.toString();
  }
}
