package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code RUN} instruction: a command run at build time, in shell form or exec form, with optional mounts;
 * immutable.
 *
 * <p>A shell-form command is one line handed to the stage's shell as it is; join several commands with
 * {@code &&} (renderers wrap long lines there). Exactly one of {@code shell} and {@code exec} is given.
 *
 * @param shell the command line for the shell; null in exec form
 * @param exec the executable and its arguments; empty in shell form; never null
 * @param mounts the mounts in order; never null
 */
public record Run(String shell, List<String> exec, List<RunMount> mounts) implements Instruction {

  /** Copies the lists and checks that exactly one form is given. */
  public Run {
    exec = Copies.list(exec, "run.exec");
    mounts = Copies.list(mounts, "run.mounts");
    if (shell == null && exec.isEmpty()) {
      throw new IllegalArgumentException("run needs a command: a shell command line or an exec-form argument list");
    }
    if (shell != null && !exec.isEmpty()) {
      throw new IllegalArgumentException("run takes a shell command line or an exec-form argument list, not both");
    }
    if (shell != null) {
      Checks.oneLine(shell, "run");
      if (shell.stripTrailing().endsWith("\\")) {
        throw new IllegalArgumentException("run \"" + shell
            + "\" must not end with a backslash, which would continue the instruction on the next line");
      }
    } else {
      Checks.execForm(exec, "run.exec", true);
    }
  }

  /** Returns a shell-form RUN. */
  public static Run shell(String commandLine) {
    return new Run(java.util.Objects.requireNonNull(commandLine, "run"), List.of(), List.of());
  }

  /** Returns an exec-form RUN. */
  public static Run exec(String... args) {
    return new Run(null, List.of(args), List.of());
  }

  /** Returns a copy with {@code mount} added after the existing mounts. */
  public Run withMount(RunMount mount) {
    List<RunMount> more = new ArrayList<>(mounts);
    more.add(java.util.Objects.requireNonNull(mount, "mount"));
    return new Run(shell, exec, more);
  }

  /** Tells whether this RUN is in exec form. */
  public boolean isExecForm() {
    return shell == null;
  }

  /** Returns the command as one line: the shell line, or the exec-form arguments joined by spaces (for checks). */
  public String commandLine() {
    return shell != null ? shell : String.join(" ", exec);
  }

  @Override
  public String keyword() {
    return "RUN";
  }
}
