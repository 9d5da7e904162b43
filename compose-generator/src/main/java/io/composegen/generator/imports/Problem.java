package io.composegen.generator.imports;

import io.composegen.generator.validate.Severity;
import io.composegen.model.ModelPath;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a compose file that was read: where it is, a stable code, what is wrong and what to do.
 *
 * <p>Problems sort by location (problems without one first), then path, then code, then message, so a list of them
 * reads top to bottom through the file.
 *
 * @param path where the problem is, e.g. {@code services.web.ports[1]}; never null
 * @param code a stable code: {@value #INVALID_YAML} the text is not YAML, {@value #UNKNOWN_KEY} a key composegen
 *     does not know, {@value #WRONG_TYPE} a value of the wrong type, {@value #INVALID_VALUE} a value the model
 *     rejects, {@value #MISSING_VALUE} a required value is absent, {@value #UNSUPPORTED_YAML} something composegen
 *     does not read yet (custom tags, a path starting with a variable in a service {@code extends} takes from
 *     another folder); never null
 * @param message what is wrong, quoting the offending value; never null
 * @param hint what to do about it; never null
 * @param location the file, line and column the path points to, or null when unknown
 */
public record Problem(ModelPath path, String code, String message, String hint, Location location)
    implements Comparable<Problem> {

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

  /**
   * What composegen does not read yet: custom tags such as {@code !reset}, a path that starts with a variable in a
   * service {@code extends} takes from another folder.
   */
  public static final String UNSUPPORTED_YAML = "CG705";

  private static final Comparator<Problem> ORDER = Comparator
      .comparing(Problem::location, Comparator.nullsFirst(Comparator.<Location>naturalOrder()))
      .thenComparing(Problem::path).thenComparing(Problem::code).thenComparing(Problem::message);

  /** Checks that every component is given. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** Returns a problem without a location. */
  public Problem(ModelPath path, String code, String message, String hint) {
    this(path, code, message, hint, null);
  }

  /** Returns this problem located at {@code where} (null for none). */
  public Problem at(Location where) {
    return new Problem(path, code, message, hint, where);
  }

  /**
   * Returns this problem in the validation format, so that reading problems go into the same text, JSON and SARIF
   * reports as the rules' findings: an error with this code, path, message and hint, in the location's file at its
   * line and column (none without a location).
   */
  public io.composegen.generator.validate.Problem toValidationProblem() {
    io.composegen.generator.validate.Problem problem = new io.composegen.generator.validate.Problem(
        location == null ? null : location.file(), path, Severity.ERROR, code, message, hint);
    return location == null || location.line() == 0 ? problem : problem.at(location.line(), location.column());
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the problem on one line: {@code services.web.ports[1]: CG703 invalid port "x" (hint: ...)}, preceded by
   * the location when there is one: {@code stack.yaml:12:5 services.web.ports[1]: CG703 ...}.
   */
  @Override
  public String toString() {
    return (location == null ? "" : location + " ") + path + ": " + code + " " + message + " (" + hint + ")";
  }

  /**
   * A place in a source file; immutable. Locations sort by file, then line, then column.
   *
   * @param file the file as shown to the user, e.g. {@code src/main/compose/stack.yaml}; never null
   * @param line the line, from 1; 0 when only the file is known
   * @param column the column, from 1; 0 when only the file is known
   */
  public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
        .thenComparingInt(Location::line).thenComparingInt(Location::column);

    /** Checks that the file is given and the numbers are not negative. */
    public Location {
      Objects.requireNonNull(file, "file");
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column must not be negative, got " + line + ":" + column);
      }
    }

    /** Returns the location of a whole file, without line and column. */
    public static Location of(String file) {
      return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location other) {
      return ORDER.compare(this, other);
    }

    /** Returns {@code file:line:column}, or the file alone when the line is unknown. */
    @Override
    public String toString() {
      return line == 0 ? file : file + ":" + line + ":" + column;
    }
  }
}
