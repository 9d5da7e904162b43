package io.composegen.model.service;

/**
 * Options of a volume mount, the {@code volume} block of the long volume syntax.
 *
 * @param nocopy whether to skip copying the image's data into a new volume; null for the default (copy)
 * @param subpath a relative path inside the volume to mount instead of its root; null for the root, never
 *     blank or absolute
 */
public record VolumeOptions(Boolean nocopy, String subpath) {

  /** Options with every field absent. */
  public static final VolumeOptions NONE = new VolumeOptions(null, null);

  /**
   * Creates volume options, validating the sub-path.
   *
   * @throws IllegalArgumentException if {@code subpath} is blank or absolute
   */
  public VolumeOptions {
    if (subpath != null) {
      if (subpath.isBlank()) {
        throw new IllegalArgumentException("subpath must not be blank");
      }
      if (subpath.startsWith("/") || subpath.startsWith("\\")) {
        throw new IllegalArgumentException("subpath \"" + subpath
            + "\" must be a path relative to the volume root");
      }
    }
  }

  /**
   * Returns a copy with the given no-copy flag.
   *
   * @param nocopy whether to skip copying image data; null for the default
   * @return the copy, never null
   */
  public VolumeOptions withNocopy(Boolean nocopy) {
    return new VolumeOptions(nocopy, subpath);
  }

  /**
   * Returns a copy with the given sub-path.
   *
   * @param subpath a relative path inside the volume; null for the root
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code subpath} is blank or absolute
   */
  public VolumeOptions withSubpath(String subpath) {
    return new VolumeOptions(nocopy, subpath);
  }

  /**
   * Tells whether every option is absent.
   *
   * @return true when all fields are null
   */
  public boolean isEmpty() {
    return nocopy == null && subpath == null;
  }
}
