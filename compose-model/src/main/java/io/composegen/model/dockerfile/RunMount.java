package io.composegen.model.dockerfile;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@code --mount} of a {@link Run}: something available to the command only while it runs, never stored in
 * the image; every implementation is an immutable record.
 *
 * <p>Option values are single words without whitespace, quotes, backslashes or commas, since the builder reads
 * the mount options as comma-separated {@code key=value} pairs; {@code $NAME} refers to build variables.
 */
public sealed interface RunMount permits RunMount.Cache, RunMount.Bind, RunMount.Secret {

  /** Returns the mount type as written after {@code type=}. */
  String type();

  /** Returns the path in the build container where the mount appears, or null for a secret's default. */
  String target();

  /** Returns a cache mount on {@code target} with the default id (the target) and sharing. */
  static Cache cache(String target) {
    return new Cache(target, null, null);
  }

  /** Returns a read-only bind mount of {@code source} from the build context on {@code target}. */
  static Bind bind(String source, String target) {
    return new Bind(target, source, null, false);
  }

  /** Returns a secret mount of the build secret {@code id} on {@code target}, failing the build if it is absent. */
  static Secret secret(String id, String target) {
    return new Secret(id, target, true);
  }

  /** How builds running at the same time share one cache mount. */
  enum Sharing {
    /** Every writer uses the cache at the same time (the default); fine for package managers that lock. */
    SHARED,
    /** A builder that finds the cache in use gets a new, empty one. */
    PRIVATE,
    /** A builder that finds the cache in use waits for it. */
    LOCKED;

    /** Returns the option value, in lower case. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A cache mount ({@code type=cache}) that keeps, for example, a package manager's downloads between builds.
   *
   * @param target the mounted path, such as {@code /root/.m2}; never null
   * @param id the cache's id; null for the default, the target path
   * @param sharing how concurrent builds share it; null for the default, {@code shared}
   */
  record Cache(String target, String id, Sharing sharing) implements RunMount {

    /** Checks the option values. */
    public Cache {
      optionValue(target, "mount.target");
      if (id != null) {
        optionValue(id, "mount.id");
      }
    }

    /** Returns a copy with the given id. */
    public Cache withId(String newId) {
      return new Cache(target, newId, sharing);
    }

    /** Returns a copy with the given sharing mode. */
    public Cache withSharing(Sharing newSharing) {
      return new Cache(target, id, newSharing);
    }

    @Override
    public String type() {
      return "cache";
    }
  }

  /**
   * A bind mount ({@code type=bind}) of files from the build context or another stage, read-only unless
   * {@code readWrite} (writes are thrown away after the command either way).
   *
   * @param target the mounted path; never null
   * @param source the path in the context or stage; null for its root
   * @param from a stage or image to take the files from; null for the build context
   * @param readWrite true to allow writes during the command
   */
  record Bind(String target, String source, String from, boolean readWrite) implements RunMount {

    /** Checks the option values. */
    public Bind {
      optionValue(target, "mount.target");
      if (source != null) {
        optionValue(source, "mount.source");
      }
      if (from != null) {
        optionValue(from, "mount.from");
      }
    }

    /** Returns a copy that takes the files from the given stage or image. */
    public Bind withFrom(String stageOrImage) {
      return new Bind(target, source, stageOrImage, readWrite);
    }

    @Override
    public String type() {
      return "bind";
    }
  }

  /**
   * A secret mount ({@code type=secret}): a build secret readable by the command and never stored in a layer.
   *
   * @param id the secret's id as given to the builder ({@code --secret id=...}); never null
   * @param target the file path; null for the default {@code /run/secrets/<id>}
   * @param required true to fail the build when the secret is not given
   */
  record Secret(String id, String target, boolean required) implements RunMount {

    /** Checks the option values. */
    public Secret {
      optionValue(id, "mount.id");
      if (target != null) {
        optionValue(target, "mount.target");
      }
    }

    @Override
    public String type() {
      return "secret";
    }
  }

  private static String optionValue(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    Checks.word(value, field);
    if (value.indexOf(',') >= 0) {
      throw new IllegalArgumentException(field + " \"" + value + "\" must not contain commas");
    }
    return value;
  }
}
