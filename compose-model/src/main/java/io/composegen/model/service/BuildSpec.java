package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How Compose builds a service's image; immutable.
 *
 * @param context the build context folder or URL, or null when absent.
 * @param dockerfile the build.dockerfile value, or null when absent.
 * @param dockerfileInline the build.dockerfile_inline value, or null when absent.
 * @param target the build.target value, or null when absent.
 * @param args the build.args entries in declaration order; a null value means the key without a value; never null.
 * @param cacheFrom the build.cache_from entries in declaration order; never null.
 * @param cacheTo the build.cache_to entries in declaration order; never null.
 * @param labels the build.labels entries in declaration order; never null.
 * @param network the build.network value, or null when absent.
 * @param shmSize the build.shm_size value, or null when absent.
 * @param extraHosts the build.extra_hosts entries in declaration order; never null.
 * @param pull the build.pull value, or null when absent.
 * @param tags the build.tags entries in declaration order; never null.
 * @param platforms the build.platforms entries in declaration order; never null.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record BuildSpec(
    String context,
    String dockerfile,
    String dockerfileInline,
    String target,
    Map<String, String> args,
    List<String> cacheFrom,
    List<String> cacheTo,
    Map<String, String> labels,
    String network,
    ByteSize shmSize,
    List<String> extraHosts,
    Boolean pull,
    List<String> tags,
    List<String> platforms,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public BuildSpec {
    args = Copies.mapAllowingNullValues(args, "build.args");
    cacheFrom = Copies.list(cacheFrom, "build.cache_from");
    cacheTo = Copies.list(cacheTo, "build.cache_to");
    labels = Copies.map(labels, "build.labels");
    extraHosts = Copies.list(extraHosts, "build.extra_hosts");
    tags = Copies.list(tags, "build.tags");
    platforms = Copies.list(platforms, "build.platforms");
    extensions = Copies.extensions(extensions, "x-*");
    if (dockerfile != null && dockerfileInline != null) {
      throw new IllegalArgumentException("build: set dockerfile or dockerfile_inline, not both");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a build of the given context folder with the default Dockerfile. */
  public static BuildSpec of(String context) {
    return builder().context(context).build();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.context = context;
    b.dockerfile = dockerfile;
    b.dockerfileInline = dockerfileInline;
    b.target = target;
    b.args.putAll(args);
    b.cacheFrom.addAll(cacheFrom);
    b.cacheTo.addAll(cacheTo);
    b.labels.putAll(labels);
    b.network = network;
    b.shmSize = shmSize;
    b.extraHosts.addAll(extraHosts);
    b.pull = pull;
    b.tags.addAll(tags);
    b.platforms.addAll(platforms);
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns true when only the context is set, so the short form {@code build: ./dir} says it all. */
  public boolean isContextOnly() {
    return context != null && this.equals(of(context));
  }

  /** Mutable builder of {@link BuildSpec}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String context;
    private String dockerfile;
    private String dockerfileInline;
    private String target;
    private final Map<String, String> args = new LinkedHashMap<>();
    private final List<String> cacheFrom = new ArrayList<>();
    private final List<String> cacheTo = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String network;
    private ByteSize shmSize;
    private final List<String> extraHosts = new ArrayList<>();
    private Boolean pull;
    private final List<String> tags = new ArrayList<>();
    private final List<String> platforms = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Builder() {}

    /** Sets build.context: the build context folder or URL, or null when absent. */
    public Builder context(String value) {
      this.context = value;
      return this;
    }

    /** Sets build.dockerfile: the build.dockerfile value, or null when absent. */
    public Builder dockerfile(String value) {
      this.dockerfile = value;
      return this;
    }

    /** Sets build.dockerfile_inline: the build.dockerfile_inline value, or null when absent. */
    public Builder dockerfileInline(String value) {
      this.dockerfileInline = value;
      return this;
    }

    /** Sets build.target: the build.target value, or null when absent. */
    public Builder target(String value) {
      this.target = value;
      return this;
    }

    /** Replaces build.args: the build.args entries in declaration order; a null value means the key without a value; never null. */
    public Builder args(Map<String, ? extends String> values) {
      this.args.clear();
      if (values != null) {
        this.args.putAll(values);
      }
      return this;
    }

    /** Sets one entry of build.args, keeping the others. */
    public Builder arg(String key, String value) {
      this.args.put(Objects.requireNonNull(key, "build.args key"), value);
      return this;
    }

    /** Replaces build.cache_from: the build.cache_from entries in declaration order; never null. */
    public Builder cacheFrom(List<? extends String> values) {
      this.cacheFrom.clear();
      if (values != null) {
        values.forEach(this::cacheFrom1);
      }
      return this;
    }

    /** Appends one entry to build.cache_from. */
    public Builder cacheFrom1(String value) {
      this.cacheFrom.add(Objects.requireNonNull(value, "build.cache_from entry"));
      return this;
    }

    /** Replaces build.cache_to: the build.cache_to entries in declaration order; never null. */
    public Builder cacheTo(List<? extends String> values) {
      this.cacheTo.clear();
      if (values != null) {
        values.forEach(this::cacheTo1);
      }
      return this;
    }

    /** Appends one entry to build.cache_to. */
    public Builder cacheTo1(String value) {
      this.cacheTo.add(Objects.requireNonNull(value, "build.cache_to entry"));
      return this;
    }

    /** Replaces build.labels: the build.labels entries in declaration order; never null. */
    public Builder labels(Map<String, ? extends String> values) {
      this.labels.clear();
      if (values != null) {
        this.labels.putAll(values);
      }
      return this;
    }

    /** Sets one entry of build.labels, keeping the others. */
    public Builder label(String key, String value) {
      this.labels.put(Objects.requireNonNull(key, "build.labels key"), Objects.requireNonNull(value, "build.labels." + key));
      return this;
    }

    /** Sets build.network: the build.network value, or null when absent. */
    public Builder network(String value) {
      this.network = value;
      return this;
    }

    /** Sets build.shm_size: the build.shm_size value, or null when absent. */
    public Builder shmSize(ByteSize value) {
      this.shmSize = value;
      return this;
    }

    /** Replaces build.extra_hosts: the build.extra_hosts entries in declaration order; never null. */
    public Builder extraHosts(List<? extends String> values) {
      this.extraHosts.clear();
      if (values != null) {
        values.forEach(this::extraHost);
      }
      return this;
    }

    /** Appends one entry to build.extra_hosts. */
    public Builder extraHost(String value) {
      this.extraHosts.add(Objects.requireNonNull(value, "build.extra_hosts entry"));
      return this;
    }

    /** Sets build.pull: the build.pull value, or null when absent. */
    public Builder pull(Boolean value) {
      this.pull = value;
      return this;
    }

    /** Replaces build.tags: the build.tags entries in declaration order; never null. */
    public Builder tags(List<? extends String> values) {
      this.tags.clear();
      if (values != null) {
        values.forEach(this::tag);
      }
      return this;
    }

    /** Appends one entry to build.tags. */
    public Builder tag(String value) {
      this.tags.add(Objects.requireNonNull(value, "build.tags entry"));
      return this;
    }

    /** Replaces build.platforms: the build.platforms entries in declaration order; never null. */
    public Builder platforms(List<? extends String> values) {
      this.platforms.clear();
      if (values != null) {
        values.forEach(this::platform);
      }
      return this;
    }

    /** Appends one entry to build.platforms. */
    public Builder platform(String value) {
      this.platforms.add(Objects.requireNonNull(value, "build.platforms entry"));
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
    public BuildSpec build() {
      return new BuildSpec(context, dockerfile, dockerfileInline, target, args, cacheFrom, cacheTo, labels, network, shmSize, extraHosts, pull, tags, platforms, extensions);
    }
  }
}
