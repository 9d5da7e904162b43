package io.composegen.model.resource;

import java.util.LinkedHashMap;
import java.util.Map;

/** Compose's rule for top-level networks, volumes, secrets and configs defined in several files: merged per name, key by key. */
public final class ResourceMerges {

  private ResourceMerges() {}

  /** Returns {@code over} merged onto {@code base}: settings it gives replace, maps merge by key. */
  public static Network network(Network base, Network over) {
    return new Network(later(base.driver(), over.driver()), maps(base.driverOpts(), over.driverOpts()),
        later(base.external(), over.external()), later(base.name(), over.name()),
        later(base.internal(), over.internal()), later(base.attachable(), over.attachable()),
        later(base.enableIpv6(), over.enableIpv6()), later(base.ipam(), over.ipam()),
        maps(base.labels(), over.labels()), maps(base.extensions(), over.extensions()));
  }

  /** Returns {@code over} merged onto {@code base}: settings it gives replace, maps merge by key. */
  public static Volume volume(Volume base, Volume over) {
    return new Volume(later(base.driver(), over.driver()), maps(base.driverOpts(), over.driverOpts()),
        later(base.external(), over.external()), later(base.name(), over.name()),
        maps(base.labels(), over.labels()), maps(base.extensions(), over.extensions()));
  }

  /** Returns {@code over} merged onto {@code base}; a source it gives replaces the base's source. */
  public static Secret secret(Secret base, Secret over) {
    boolean newSource = over.file() != null || over.environment() != null || over.external() != null;
    return new Secret(newSource ? over.file() : base.file(), newSource ? over.environment() : base.environment(),
        newSource ? over.external() : base.external(), later(base.name(), over.name()),
        maps(base.labels(), over.labels()), maps(base.extensions(), over.extensions()));
  }

  /** Returns {@code over} merged onto {@code base}; a source it gives replaces the base's source. */
  public static Config config(Config base, Config over) {
    boolean newSource = over.file() != null || over.content() != null || over.environment() != null
        || over.external() != null;
    return new Config(newSource ? over.file() : base.file(), newSource ? over.content() : base.content(),
        newSource ? over.environment() : base.environment(), newSource ? over.external() : base.external(),
        later(base.name(), over.name()), maps(base.labels(), over.labels()),
        maps(base.extensions(), over.extensions()));
  }

  private static <T> T later(T base, T over) {
    return over != null ? over : base;
  }

  private static <V> Map<String, V> maps(Map<String, V> base, Map<String, V> over) {
    Map<String, V> out = new LinkedHashMap<>(base);
    out.putAll(over);
    return out;
  }
}
