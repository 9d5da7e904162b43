package io.composegen.model.service;

import java.util.List;

/**
 * Options of a bind mount, the {@code bind} block of the long volume syntax.
 *
 * @param propagation the mount propagation: {@code private}, {@code rprivate}, {@code shared},
 *     {@code rshared}, {@code slave} or {@code rslave}; null for the engine's default
 * @param createHostPath whether to create a missing host path; null for Compose's default (create it)
 * @param selinux the SELinux relabeling, {@code z} (shared) or {@code Z} (private); null for none
 */
public record BindOptions(String propagation, Boolean createHostPath, String selinux) {

  /** The bind propagation modes Compose accepts. */
  public static final List<String> PROPAGATIONS =
      List.of("private", "rprivate", "shared", "rshared", "slave", "rslave");

  /** Options with every field absent. */
  public static final BindOptions NONE = new BindOptions(null, null, null);

  /**
   * Creates bind options, validating the propagation and SELinux values.
   *
   * @throws IllegalArgumentException if {@code propagation} or {@code selinux} is not an accepted value
   */
  public BindOptions {
    if (propagation != null && !PROPAGATIONS.contains(propagation)) {
      throw new IllegalArgumentException("propagation \"" + propagation
          + "\" must be one of private, rprivate, shared, rshared, slave, rslave");
    }
    if (selinux != null && !selinux.equals("z") && !selinux.equals("Z")) {
      throw new IllegalArgumentException("selinux \"" + selinux + "\" must be z or Z");
    }
  }

  /**
   * Returns a copy with the given propagation.
   *
   * @param propagation one of {@link #PROPAGATIONS}; null for the default
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code propagation} is not accepted
   */
  public BindOptions withPropagation(String propagation) {
    return new BindOptions(propagation, createHostPath, selinux);
  }

  /**
   * Returns a copy with the given host-path creation flag.
   *
   * @param createHostPath whether to create a missing host path; null for the default
   * @return the copy, never null
   */
  public BindOptions withCreateHostPath(Boolean createHostPath) {
    return new BindOptions(propagation, createHostPath, selinux);
  }

  /**
   * Returns a copy with the given SELinux relabeling.
   *
   * @param selinux {@code z} or {@code Z}; null for none
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code selinux} is not accepted
   */
  public BindOptions withSelinux(String selinux) {
    return new BindOptions(propagation, createHostPath, selinux);
  }

  /**
   * Tells whether every option is absent.
   *
   * @return true when all fields are null
   */
  public boolean isEmpty() {
    return propagation == null && createHostPath == null && selinux == null;
  }
}
