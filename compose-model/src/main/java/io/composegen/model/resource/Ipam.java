package io.composegen.model.resource;

import io.composegen.model.internal.Copies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * IP address management settings of a network.
 *
 * @param driver the driver value, or null when absent.
 * @param config the config entries in declaration order; never null.
 * @param options the options entries in declaration order; never null.
 */
public record Ipam(
    String driver,
    List<IpamPool> config,
    Map<String, String> options) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Ipam {
    config = Copies.list(config, "config");
    options = Copies.map(options, "options");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.driver = driver;
    b.config.addAll(config);
    b.options.putAll(options);
    return b;
  }

  /** Mutable builder of {@link Ipam}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String driver;
    private final List<IpamPool> config = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    Builder() {}

    /** Sets driver: the driver value, or null when absent. */
    public Builder driver(String value) {
      this.driver = value;
      return this;
    }

    /** Replaces config: the config entries in declaration order; never null. */
    public Builder config(List<? extends IpamPool> values) {
      this.config.clear();
      if (values != null) {
        values.forEach(this::pool);
      }
      return this;
    }

    /** Appends one entry to config. */
    public Builder pool(IpamPool value) {
      this.config.add(Objects.requireNonNull(value, "config entry"));
      return this;
    }

    /** Replaces options: the options entries in declaration order; never null. */
    public Builder options(Map<String, ? extends String> values) {
      this.options.clear();
      if (values != null) {
        this.options.putAll(values);
      }
      return this;
    }

    /** Sets one entry of options, keeping the others. */
    public Builder option(String key, String value) {
      this.options.put(Objects.requireNonNull(key, "options key"), Objects.requireNonNull(value, "options." + key));
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public Ipam build() {
      return new Ipam(driver, config, options);
    }
  }
}
