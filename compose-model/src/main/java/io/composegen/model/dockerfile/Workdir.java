package io.composegen.model.dockerfile;

/**
 * A {@code WORKDIR} instruction; immutable.
 *
 * <p>A relative path is accepted, as Docker accepts it, and resolves against the previous working directory;
 * the lint flags it because the result depends on the base image.
 *
 * @param path the directory, one word without whitespace, quotes or backslashes; never null
 */
public record Workdir(String path) implements Instruction {

  /** Checks the path. */
  public Workdir {
    Checks.word(path, "workdir");
  }

  /** Tells whether the path is absolute or starts with a variable, which the lint takes as absolute. */
  public boolean isAbsolute() {
    return path.startsWith("/") || path.startsWith("$");
  }

  @Override
  public String keyword() {
    return "WORKDIR";
  }
}
