package io.composegen.generator.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Tells what {@link FileSetWriter} did with each file, in the order of the file set.
 *
 * @param entries one entry per file of the set, each followed by the entry of its backup when a forced run kept one
 *     ({@link WriteStatus#BACKED_UP})
 */
public record WriteReport(List<Entry> entries) {

  /** Creates a report, copying the entries. */
  public WriteReport {
    entries = List.copyOf(entries);
  }

  /** Returns the paths of the files that ended with the given status, in report order. */
  public List<Path> paths(WriteStatus status) {
    Objects.requireNonNull(status, "status");
    return entries.stream().filter(entry -> entry.status() == status).map(Entry::path).toList();
  }

  /**
   * What happened to one file.
   *
   * @param path the file
   * @param status what was done with it
   */
  public record Entry(Path path, WriteStatus status) {

    /** Creates an entry. */
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(status, "status");
    }
  }
}
