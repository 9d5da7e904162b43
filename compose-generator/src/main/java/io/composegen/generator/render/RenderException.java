package io.composegen.generator.render;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Tells that a template could not be found, parsed or rendered; the message names the template and the line.
 */
public final class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String templateName;
  private final Integer line;

  RenderException(String templateName, Integer line, String message, Throwable cause) {
    super(message, cause);
    this.templateName = Objects.requireNonNull(templateName, "templateName");
    this.line = line;
  }

  /** Returns the name of the template in which the problem was found (an included template, if that is where). */
  public String templateName() {
    return templateName;
  }

  /** Returns the 1-based line of the problem in {@link #templateName()}, when known. */
  public OptionalInt line() {
    return line == null ? OptionalInt.empty() : OptionalInt.of(line);
  }
}
