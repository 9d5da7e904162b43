package io.composegen.model.service;

import io.composegen.model.units.ByteSize;

/**
 * Options of a tmpfs mount, the {@code tmpfs} block of the long volume syntax.
 *
 * @param size the size limit; null for unlimited
 * @param mode the file mode of the mount's root, 0 to {@code 07777} (write it in octal, e.g. {@code 01777});
 *     null for the default
 */
public record TmpfsOptions(ByteSize size, Integer mode) {

  /** Options with every field absent. */
  public static final TmpfsOptions NONE = new TmpfsOptions(null, null);

  /** The largest file mode, {@code 07777}. */
  public static final int MAX_MODE = 07777;

  /**
   * Creates tmpfs options, validating the mode.
   *
   * @throws IllegalArgumentException if {@code mode} is outside 0 to {@code 07777}
   */
  public TmpfsOptions {
    if (mode != null && (mode < 0 || mode > MAX_MODE)) {
      String shown = mode < 0 ? mode.toString() : "0" + Integer.toOctalString(mode);
      throw new IllegalArgumentException("mode " + shown + " is out of range 0-07777 (octal)");
    }
  }

  /**
   * Returns a copy with the given size limit.
   *
   * @param size the size limit; null for unlimited
   * @return the copy, never null
   */
  public TmpfsOptions withSize(ByteSize size) {
    return new TmpfsOptions(size, mode);
  }

  /**
   * Returns a copy with the given file mode.
   *
   * @param mode the file mode, 0 to {@code 07777}; null for the default
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code mode} is out of range
   */
  public TmpfsOptions withMode(Integer mode) {
    return new TmpfsOptions(size, mode);
  }

  /**
   * Tells whether every option is absent.
   *
   * @return true when all fields are null
   */
  public boolean isEmpty() {
    return size == null && mode == null;
  }
}
