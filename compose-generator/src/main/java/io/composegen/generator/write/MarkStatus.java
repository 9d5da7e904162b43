package io.composegen.generator.write;

/**
 * Tells whether a file carries the composegen mark and whether its content still matches the mark's checksum.
 */
public enum MarkStatus {
  /** The file has no composegen mark on line 1 or 2: a person wrote it. */
  NOT_GENERATED,
  /** The file has a composegen mark but its content no longer matches the checksum: a person edited it. */
  EDITED,
  /** The file has a composegen mark and its content matches the checksum: composegen may overwrite it. */
  INTACT
}
