package io.composegen.generator.validate;

import io.composegen.model.ModelPath;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a stack or a file: where it is, how serious, a stable code, what is wrong and what to do;
 * immutable.
 *
 * <p>Problems sort by file (problems without a file first), then path, then code, so a list of them reads top to
 * bottom through each file. {@link #toString()} gives the text form
 * {@code compose.yaml services.web.ports[1]: CG120 error: host port 8080/tcp is published twice (also by
 * services.api.ports[0])} followed by an indented {@code hint:} line.
 *
 * @param file the file the problem is in, relative to the output folder (e.g. {@code compose.prod.yaml}), or null
 *     when it is in no particular file
 * @param path where in the file, e.g. {@code services.web.ports[1]}; never null
 * @param severity how serious it is; never null
 * @param code the stable code of the rule that found it, e.g. {@code CG120}; never null
 * @param message what is wrong, naming the offending value (never a secret value); never null
 * @param hint what to do about it; never null
 * @param environments the environments in which the problem was found, in the stack's order, or empty when it is
 *     not tied to particular environments (found in all of them, or found outside any); never null
 * @param line the line in {@code file} the problem points to, counted from 1, or 0 when it points to none (problems
 *     found in a model rather than in a file read from disk)
 * @param column the column on that line, counted from 1, or 0 when unknown
 * @param related other places the message names, such as the port published first for a port published twice
 *     (CG120); never null, usually empty
 */
public record Problem(
    String file,
    ModelPath path,
    Severity severity,
    String code,
    String message,
    String hint,
    List<String> environments,
    int line,
    int column,
    List<Place> related) implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER = Comparator
      .comparing(Problem::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
      .thenComparingInt(Problem::line)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::path)
      .thenComparing(Problem::code)
      .thenComparing(Problem::severity)
      .thenComparing(Problem::message)
      .thenComparing(p -> String.join(",", p.environments()))
      .thenComparing(p -> p.related().toString());

  /** Checks that every component but the file is given and copies the environments and related places. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    environments = List.copyOf(environments);
    related = List.copyOf(related);
    checkPosition(line, column);
  }

  private static void checkPosition(int line, int column) {
    if (line < 0 || column < 0 || (line == 0 && column != 0)) {
      throw new IllegalArgumentException("invalid position " + line + ":" + column);
    }
  }

  /** Returns a problem at {@code line} and {@code column} of its file that names no other place. */
  public Problem(String file, ModelPath path, Severity severity, String code, String message, String hint,
      List<String> environments, int line, int column) {
    this(file, path, severity, code, message, hint, environments, line, column, List.of());
  }

  /** Returns a problem at no particular line of its file. */
  public Problem(String file, ModelPath path, Severity severity, String code, String message, String hint,
      List<String> environments) {
    this(file, path, severity, code, message, hint, environments, 0, 0);
  }

  /** Returns a problem not tied to particular environments, at no particular line of its file. */
  public Problem(String file, ModelPath path, Severity severity, String code, String message, String hint) {
    this(file, path, severity, code, message, hint, List.of());
  }

  /** Returns a copy pointing to {@code line} and {@code column} (from 1; column 0 when unknown) of its file. */
  public Problem at(int line, int column) {
    return new Problem(file, path, severity, code, message, hint, environments, line, column, related);
  }

  /** Returns a copy found in the given environments (empty for none in particular). */
  public Problem withEnvironments(List<String> values) {
    return new Problem(file, path, severity, code, message, hint, values, line, column, related);
  }

  /** Returns a copy with another severity. */
  public Problem withSeverity(Severity value) {
    return new Problem(file, path, value, code, message, hint, environments, line, column, related);
  }

  /** Returns a copy that names the other places {@code places}. */
  public Problem withRelated(List<Place> places) {
    return new Problem(file, path, severity, code, message, hint, environments, line, column, places);
  }

  /**
   * Another place a problem names: a file (or null), a path in it, and the line and column when known (0 when not);
   * immutable.
   *
   * @param file the file the place is in, as {@link Problem#file()} names files, or null
   * @param path where in the file; never null
   * @param line the line, counted from 1, or 0 when unknown
   * @param column the column on that line, counted from 1, or 0 when unknown
   */
  public record Place(String file, ModelPath path, int line, int column) {

    /** Checks the path and the position. */
    public Place {
      Objects.requireNonNull(path, "path");
      checkPosition(line, column);
    }

    /** Returns where the place is, as {@link Problem#location()} says it. */
    public String location() {
      return Problem.location(file, path, line, column);
    }
  }

  /** Returns the name of the service the problem is about, or null when its path is not under {@code services}. */
  public String service() {
    List<Object> segments = path.segments();
    return segments.size() >= 2 && "services".equals(segments.get(0)) && segments.get(1) instanceof String s
        ? s : null;
  }

  /**
   * Returns where the problem is: {@code compose.yaml services.web.ports[1]}, with the line and column when known
   * ({@code compose.yaml:12:9 services.web.ports[1]}), or the path alone without a file.
   */
  public String location() {
    return location(file, path, line, column);
  }

  private static String location(String file, ModelPath path, int line, int column) {
    if (file == null) {
      return path.toString();
    }
    String position = line == 0 ? "" : ":" + line + (column == 0 ? "" : ":" + column);
    return file + position + " " + path;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** Returns the problem's first line and its indented hint line, without a trailing line break. */
  @Override
  public String toString() {
    return headline(false) + "\n  hint: " + hint;
  }

  /**
   * Returns the first line: location, code, severity (marked as acknowledged when {@code acknowledged}) and
   * message, then the environments in parentheses when the problem is tied to some.
   */
  String headline(boolean acknowledged) {
    StringBuilder out = new StringBuilder(location()).append(": ").append(code).append(' ').append(severity.label());
    if (acknowledged) {
      out.append(" (acknowledged)");
    }
    out.append(": ").append(message);
    if (!environments.isEmpty()) {
      out.append(" (in ").append(String.join(", ", environments)).append(')');
    }
    return out.toString();
  }
}
