package io.composegen.model.service;

import io.composegen.model.internal.Copies;

/**
 * One file of environment variables read into a service's containers; immutable.
 *
 * @param path the file, relative to the project directory; never null
 * @param required whether a missing file is an error, or null when absent (Compose's default: true)
 */
public record EnvFile(String path, Boolean required) {

  /** Checks that the path is given. */
  public EnvFile {
    Copies.nonBlank(path, "env_file.path");
  }

  /** Returns a required env file, in the short form. */
  public static EnvFile of(String path) {
    return new EnvFile(path, null);
  }

  /** Returns true when only the path is given, so the short form carries it. */
  public boolean isShortForm() {
    return required == null;
  }
}
