package io.composegen.generator.imports;

import io.composegen.model.ModelPath;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a compose file that was read: where it is, a stable code, what is wrong and what to do.
 *
 * <p>Problems sort by path, then code, then message, so a list of them reads top to bottom through the file.
 *
 * @param path where the problem is, e.g. {@code services.web.ports[1]}; never null
 * @param code a stable code: {@value #INVALID_YAML} the text is not YAML, {@value #UNKNOWN_KEY} a key composegen
 *     does not know, {@value #WRONG_TYPE} a value of the wrong type, {@value #INVALID_VALUE} a value the model
 *     rejects, {@value #MISSING_VALUE} a required value is absent, {@value #UNSUPPORTED_YAML} a YAML feature
 *     composegen does not read yet; never null
 * @param message what is wrong, quoting the offending value; never null
 * @param hint what to do about it; never null
 */
public record Problem(ModelPath path, String code, String message, String hint) implements Comparable<Problem> {

  /** The text is not valid YAML, or holds a duplicate key or several documents. */
  public static final String INVALID_YAML = "CG700";

  /** A key that is neither a Compose attribute composegen reads nor an {@code x-*} extension. */
  public static final String UNKNOWN_KEY = "CG701";

  /** A value of the wrong YAML type, such as a mapping where a string belongs. */
  public static final String WRONG_TYPE = "CG702";

  /** A value of the right type that the model rejects, such as port 99999. */
  public static final String INVALID_VALUE = "CG703";

  /** A value that must be there is not, such as a service with neither image nor build. */
  public static final String MISSING_VALUE = "CG704";

  /** A YAML feature composegen does not read yet: aliases, merge keys and custom tags. */
  public static final String UNSUPPORTED_YAML = "CG705";

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
      .thenComparing(Problem::code).thenComparing(Problem::message);

  /** Checks that every component is given. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** Returns the problem on one line: {@code services.web.ports[1]: CG703 invalid port "x" (hint: ...)}. */
  @Override
  public String toString() {
    return path + ": " + code + " " + message + " (" + hint + ")";
  }
}
