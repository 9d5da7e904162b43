package io.composegen.model.resource;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A top-level network; immutable.
 *
 * @param driver the driver value, or null when absent.
 * @param driverOpts the driver_opts entries in declaration order; never null.
 * @param external the external value, or null when absent.
 * @param name the name value, or null when absent.
 * @param internal the internal value, or null when absent.
 * @param attachable the attachable value, or null when absent.
 * @param enableIpv6 the enable_ipv6 value, or null when absent.
 * @param ipam the ipam value, or null when absent.
 * @param labels the labels entries in declaration order; never null.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record Network(
    String driver,
    Map<String, String> driverOpts,
    Boolean external,
    String name,
    Boolean internal,
    Boolean attachable,
    Boolean enableIpv6,
    Ipam ipam,
    Map<String, String> labels,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Network {
    driverOpts = Copies.map(driverOpts, "driver_opts");
    labels = Copies.map(labels, "labels");
    extensions = Copies.extensions(extensions, "x-*");
    if (Boolean.TRUE.equals(external) && (driver != null || !driverOpts.isEmpty() || ipam != null || internal != null)) {
      throw new IllegalArgumentException("networks: an external network cannot also set driver, driver_opts, ipam or internal");
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
    b.internal = internal;
    b.attachable = attachable;
    b.enableIpv6 = enableIpv6;
    b.ipam = ipam;
    b.labels.putAll(labels);
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns an internal network: containers on it cannot reach the outside world. */
  public static Network internalNetwork() {
    return builder().internal(true).build();
  }

  /** Returns an external network that Compose expects to exist under {@code name}. */
  public static Network externalNetwork(String name) {
    return builder().external(true).name(name).build();
  }

  /** Returns a network with every attribute absent (Compose's defaults). */
  public static Network defaults() {
    return builder().build();
  }

  /** Mutable builder of {@link Network}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String driver;
    private final Map<String, String> driverOpts = new LinkedHashMap<>();
    private Boolean external;
    private String name;
    private Boolean internal;
    private Boolean attachable;
    private Boolean enableIpv6;
    private Ipam ipam;
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

    /** Sets internal: the internal value, or null when absent. */
    public Builder internal(Boolean value) {
      this.internal = value;
      return this;
    }

    /** Sets attachable: the attachable value, or null when absent. */
    public Builder attachable(Boolean value) {
      this.attachable = value;
      return this;
    }

    /** Sets enable_ipv6: the enable_ipv6 value, or null when absent. */
    public Builder enableIpv6(Boolean value) {
      this.enableIpv6 = value;
      return this;
    }

    /** Sets ipam: the ipam value, or null when absent. */
    public Builder ipam(Ipam value) {
      this.ipam = value;
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
    public Network build() {
      return new Network(driver, driverOpts, external, name, internal, attachable, enableIpv6, ipam, labels, extensions);
    }
  }
}
