package io.composegen.model.resource;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A top-level named volume; immutable.
 *
 * @param driver the driver value, or null when absent.
 * @param driverOpts the driver_opts entries in declaration order; never null.
 * @param external the external value, or null when absent.
 * @param name the name value, or null when absent.
 * @param labels the labels entries in declaration order; never null.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record Volume(
    String driver,
    Map<String, String> driverOpts,
    Boolean external,
    String name,
    Map<String, String> labels,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Volume {
    driverOpts = Copies.map(driverOpts, "driver_opts");
    labels = Copies.map(labels, "labels");
    extensions = Copies.extensions(extensions, "x-*");
    if (Boolean.TRUE.equals(external) && (driver != null || !driverOpts.isEmpty())) {
      throw new IllegalArgumentException("volumes: an external volume cannot also set driver or driver_opts");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.driver = driver;
    b.driverOpts.putAll(driverOpts);
    b.external = external;
    b.name = name;
    b.labels.putAll(labels);
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns a volume with every attribute absent (Compose's defaults: a local named volume). */
  public static Volume defaults() {
    return builder().build();
  }

  /** Returns an external volume that Compose expects to exist under {@code name}. */
  public static Volume externalVolume(String name) {
    return builder().external(true).name(name).build();
  }

  /** Mutable builder of {@link Volume}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String driver;
    private final Map<String, String> driverOpts = new LinkedHashMap<>();
    private Boolean external;
    private String name;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Builder() {}

    /** Sets driver: the driver value, or null when absent. */
    public Builder driver(String value) {
      this.driver = value;
      return this;
    }

    /** Replaces driver_opts: the driver_opts entries in declaration order; never null. */
    public Builder driverOpts(Map<String, ? extends String> values) {
      this.driverOpts.clear();
      if (values != null) {
        this.driverOpts.putAll(values);
      }
      return this;
    }

    /** Sets one entry of driver_opts, keeping the others. */
    public Builder driverOpt(String key, String value) {
      this.driverOpts.put(Objects.requireNonNull(key, "driver_opts key"), Objects.requireNonNull(value, "driver_opts." + key));
      return this;
    }

    /** Sets external: the external value, or null when absent. */
    public Builder external(Boolean value) {
      this.external = value;
      return this;
    }

    /** Sets name: the name value, or null when absent. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Replaces labels: the labels entries in declaration order; never null. */
    public Builder labels(Map<String, ? extends String> values) {
      this.labels.clear();
      if (values != null) {
        this.labels.putAll(values);
      }
      return this;
    }

    /** Sets one entry of labels, keeping the others. */
    public Builder label(String key, String value) {
      this.labels.put(Objects.requireNonNull(key, "labels key"), Objects.requireNonNull(value, "labels." + key));
      return this;
    }

    /** Replaces x-*: the {@code x-*} extension values in declaration order; never null. */
    public Builder extensions(Map<String, ? extends Object> values) {
      this.extensions.clear();
      if (values != null) {
        this.extensions.putAll(values);
      }
      return this;
    }

    /** Sets one entry of x-*, keeping the others. */
    public Builder extension(String key, Object value) {
      this.extensions.put(Objects.requireNonNull(key, "x-* key"), value);
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public Volume build() {
      return new Volume(driver, driverOpts, external, name, labels, extensions);
    }
  }
}
