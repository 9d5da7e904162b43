package io.composegen.generator.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How one file on disk compares with what generation would write; immutable.
 *
 * @param path the file
 * @param status how it compares
 * @param diff a unified diff from the file on disk to the expected content; empty when up to date
 */
public record Drift(Path path, Status status, String diff) {

  /** How a file on disk compares with what generation would write. */
  public enum Status {
    /** The file holds exactly what generation would write. */
    UP_TO_DATE,
    /** The file is missing. */
    MISSING,
    /** The file holds something else. */
    DIFFERENT,
    /** A generated file that generation would no longer write. */
    STALE
  }

  /** Checks that path and status are given. */
  public Drift {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    diff = diff == null ? "" : diff;
  }

  /** Returns true unless the file is up to date. */
  public boolean drifted() {
    return status != Status.UP_TO_DATE;
  }
}
