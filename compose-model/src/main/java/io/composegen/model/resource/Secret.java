package io.composegen.model.resource;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A top-level secret: a file, an environment variable of the host, or an external secret; immutable.
 *
 * @param file the file value, or null when absent.
 * @param environment the environment value, or null when absent.
 * @param external the external value, or null when absent.
 * @param name the name value, or null when absent.
 * @param labels the labels entries in declaration order; never null.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record Secret(
    String file,
    String environment,
    Boolean external,
    String name,
    Map<String, String> labels,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Secret {
    labels = Copies.map(labels, "labels");
    extensions = Copies.extensions(extensions, "x-*");
    int sources = (file != null ? 1 : 0) + (environment != null ? 1 : 0) + (Boolean.TRUE.equals(external) ? 1 : 0);
    if (sources > 1) {
      throw new IllegalArgumentException("secrets: set only one of file, environment and external");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.file = file;
    b.environment = environment;
    b.external = external;
    b.name = name;
    b.labels.putAll(labels);
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns a secret read from a file on the host, relative to the project directory. */
  public static Secret fromFile(String file) {
    return builder().file(file).build();
  }

  /** Returns a secret read from an environment variable of the host running Compose. */
  public static Secret fromEnvironment(String variable) {
    return builder().environment(variable).build();
  }

  /** Returns an external secret that the platform already holds under {@code name}. */
  public static Secret externalSecret(String name) {
    return builder().external(true).name(name).build();
  }

  /** Mutable builder of {@link Secret}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String file;
    private String environment;
    private Boolean external;
    private String name;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Builder() {}

    /** Sets file: the file value, or null when absent. */
    public Builder file(String value) {
      this.file = value;
      return this;
    }

    /** Sets environment: the environment value, or null when absent. */
    public Builder environment(String value) {
      this.environment = value;
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
    public Secret build() {
      return new Secret(file, environment, external, name, labels, extensions);
    }
  }
}
