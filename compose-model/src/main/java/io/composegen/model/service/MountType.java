package io.composegen.model.service;

import java.util.Locale;
import java.util.Objects;

/** The kind of a service mount, as written in the {@code type} field of the long volume syntax. */
public enum MountType {

  /** A host path mounted into the container. */
  BIND,

  /** A named or anonymous volume managed by the engine. */
  VOLUME,

  /** A temporary in-memory file system. */
  TMPFS,

  /** A Windows named pipe. */
  NPIPE,

  /** A cluster volume (Swarm CSI). */
  CLUSTER,

  /** The file system of an image, mounted read-only. */
  IMAGE;

  /**
   * Returns the name used in Compose files.
   *
   * @return the lower-case name, such as {@code bind}; never null
   */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the mount type with the given Compose name.
   *
   * @param yamlName the lower-case name, such as {@code volume}; must not be null
   * @return the mount type, never null
   * @throws NullPointerException if {@code yamlName} is null
   * @throws IllegalArgumentException if no mount type has that name
   */
  public static MountType fromYaml(String yamlName) {
    Objects.requireNonNull(yamlName, "yamlName must not be null");
    for (MountType type : values()) {
      if (type.yamlName().equals(yamlName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown mount type \"" + yamlName
        + "\": expected one of bind, volume, tmpfs, npipe, cluster, image");
  }
}
