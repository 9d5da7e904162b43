package io.composegen.model.resource;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A top-level config: a file, inline content, an environment variable, or an external config; immutable.
 *
 * @param file the file value, or null when absent.
 * @param content the content value, or null when absent.
 * @param environment the environment value, or null when absent.
 * @param external the external value, or null when absent.
 * @param name the name value, or null when absent.
 * @param labels the labels entries in declaration order; never null.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record Config(
    String file,
    String content,
    String environment,
    Boolean external,
    String name,
    Map<String, String> labels,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Config {
    labels = Copies.map(labels, "labels");
    extensions = Copies.extensions(extensions, "x-*");
    int sources = (file != null ? 1 : 0) + (content != null ? 1 : 0) + (environment != null ? 1 : 0)
        + (Boolean.TRUE.equals(external) ? 1 : 0);
    if (sources > 1) {
      throw new IllegalArgumentException("configs: set only one of file, content, environment and external");
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
    b.content = content;
    b.environment = environment;
    b.external = external;
    b.name = name;
    b.labels.putAll(labels);
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns a config read from a file on the host, relative to the project directory. */
  public static Config fromFile(String file) {
    return builder().file(file).build();
  }

  /** Returns a config whose content is given inline. */
  public static Config ofContent(String content) {
    return builder().content(content).build();
  }

  /** Mutable builder of {@link Config}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String file;
    private String content;
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

    /** Sets content: the content value, or null when absent. */
    public Builder content(String value) {
      this.content = value;
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
    public Config build() {
      return new Config(file, content, environment, external, name, labels, extensions);
    }
  }
}
