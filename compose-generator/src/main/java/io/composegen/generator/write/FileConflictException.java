package io.composegen.generator.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Tells that {@link FileSetWriter} wrote nothing because some target files must not or cannot be overwritten.
 *
 * <p>The message lists every conflicting file with its reason.
 */
public final class FileConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The hint given when {@code force} would resolve the conflicts. */
  public static final String FORCE_HINT =
      "re-run with -Dcompose.force=true to overwrite (keeping the old content in <file>.bak), or move your changes"
          + " into the model";

  private final transient List<Conflict> conflicts;

  /** Creates the exception for a non-empty list of conflicts. */
  public FileConflictException(List<Conflict> conflicts) {
    super(message(conflicts));
    this.conflicts = List.copyOf(conflicts);
  }

  /** Returns the conflicts, one per file, in the order of the file set. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  private static String message(List<Conflict> conflicts) {
    if (conflicts.isEmpty()) {
      throw new IllegalArgumentException("A file conflict needs at least one conflicting file");
    }
    StringBuilder message = new StringBuilder("composegen wrote no file because ")
        .append(conflicts.size() == 1 ? "1 file is" : conflicts.size() + " files are")
        .append(" in the way:");
    for (Conflict conflict : conflicts) {
      message.append("\n  ").append(conflict.path()).append(": ").append(conflict.reason());
    }
    if (conflicts.stream().anyMatch(Conflict::forceOverwrites)) {
      message.append('\n').append(FORCE_HINT);
    }
    return message.toString();
  }

  /**
   * Why one file is in the way.
   *
   * @param path the file
   * @param reason what is wrong, for a person to read
   * @param forceOverwrites whether writing with {@code force} would overwrite it (false when it cannot be written at all)
   */
  public record Conflict(Path path, String reason, boolean forceOverwrites) {

    /** Creates a conflict. */
    public Conflict {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
