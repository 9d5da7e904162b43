package io.composegen.model.dockerfile;

/**
 * An {@code ARG} instruction: a build-time variable with an optional default; immutable.
 *
 * <p>ARG values end up in the image history, so they are for versions and switches, never for secrets (use a
 * secret mount on {@link Run} instead).
 *
 * @param name the variable name, letters, digits and {@code _}, not starting with a digit; never null
 * @param defaultValue the default value, on one line, {@code $NAME} referring to other variables; null for none
 */
public record Arg(String name, String defaultValue) implements Instruction {

  /** Checks the name and the default, naming the offending field. */
  public Arg {
    Checks.variableName(name, "arg.name");
    if (defaultValue != null) {
      Checks.noControl(defaultValue, "arg." + name);
    }
  }

  /** Returns an ARG without a default. */
  public static Arg of(String name) {
    return new Arg(name, null);
  }

  /** Returns an ARG with a default value. */
  public static Arg of(String name, String defaultValue) {
    return new Arg(name, java.util.Objects.requireNonNull(defaultValue, "arg.defaultValue"));
  }

  @Override
  public String keyword() {
    return "ARG";
  }
}
