package io.composegen.model.dockerfile;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code STOPSIGNAL} instruction: the signal that asks the container to stop; immutable.
 *
 * @param signal a signal name such as {@code SIGQUIT} or {@code SIGRTMIN+3}, or a number; never null
 */
public record StopSignal(String signal) implements Instruction {

  private static final Pattern SIGNAL = Pattern.compile("SIG[A-Z0-9]+(?:[+-][0-9]+)?|[0-9]+");

  /** Checks the signal's form. */
  public StopSignal {
    Objects.requireNonNull(signal, "stopSignal must not be null");
    if (!SIGNAL.matcher(signal).matches()) {
      throw new IllegalArgumentException("stopSignal \"" + Checks.printable(signal)
          + "\" must be a signal name such as SIGTERM or a signal number");
    }
  }

  @Override
  public String keyword() {
    return "STOPSIGNAL";
  }
}
