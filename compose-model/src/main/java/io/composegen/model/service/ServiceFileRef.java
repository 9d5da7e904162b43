package io.composegen.model.service;

import io.composegen.model.internal.Copies;

/**
 * A service's use of a top-level secret or config; immutable.
 *
 * @param source the name of the top-level secret or config; never null
 * @param target where it is mounted in the container, or null when absent (Compose's default:
 *     {@code /run/secrets/<source>} for secrets, {@code /<source>} for configs)
 * @param uid the owner's user id, or null when absent
 * @param gid the owner's group id, or null when absent
 * @param mode the file mode (e.g. {@code 0440} written as the number 288), or null when absent
 */
public record ServiceFileRef(String source, String target, String uid, String gid, Integer mode) {

  /** Checks that the source is named and the mode is a valid permission set. */
  public ServiceFileRef {
    Copies.nonBlank(source, "source");
    if (mode != null && (mode < 0 || mode > 07777)) {
      throw new IllegalArgumentException("mode must be between 0 and 07777, got " + Integer.toOctalString(mode));
    }
  }

  /** Returns the short form: the source mounted at Compose's default place. */
  public static ServiceFileRef of(String source) {
    return new ServiceFileRef(source, null, null, null, null);
  }

  /** Returns a copy mounted at {@code target}. */
  public ServiceFileRef withTarget(String target) {
    return new ServiceFileRef(source, target, uid, gid, mode);
  }

  /** Returns true when only the source is given, so the short form carries it. */
  public boolean isShortForm() {
    return target == null && uid == null && gid == null && mode == null;
  }
}
