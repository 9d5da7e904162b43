package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The logging driver of a service and its options; immutable.
 *
 * @param driver the logging.driver value, or null when absent.
 * @param options the logging.options entries in declaration order; never null.
 */
public record Logging(
    String driver,
    Map<String, String> options) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Logging {
    options = Copies.map(options, "logging.options");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the given driver with no options. */
  public static Logging driver(String driver) {
    return builder().driver(driver).build();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.driver = driver;
    b.options.putAll(options);
    return b;
  }

  /** Mutable builder of {@link Logging}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String driver;
    private final Map<String, String> options = new LinkedHashMap<>();

    Builder() {}

    /** Sets logging.driver: the logging.driver value, or null when absent. */
    public Builder driver(String value) {
      this.driver = value;
      return this;
    }

    /** Replaces logging.options: the logging.options entries in declaration order; never null. */
    public Builder options(Map<String, ? extends String> values) {
      this.options.clear();
      if (values != null) {
        this.options.putAll(values);
      }
      return this;
    }

    /** Sets one entry of logging.options, keeping the others. */
    public Builder option(String key, String value) {
      this.options.put(Objects.requireNonNull(key, "logging.options key"), Objects.requireNonNull(value, "logging.options." + key));
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public Logging build() {
      return new Logging(driver, options);
    }
  }
}
