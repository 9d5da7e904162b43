package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Compose's merge rules for collections and nested settings of a service (see ../compose-spec/MERGE.md).
 *
 * <p>Merged collections are returned frozen ({@link Copies}), so the builders and records they go into share
 * them instead of copying them again.
 */
final class Merges {

  private Merges() {}

  static <T> T later(T base, T over) {
    return over != null ? over : base;
  }

  static <V> Map<String, V> maps(Map<String, V> base, Map<String, V> over, BinaryOperator<V> valueMerger) {
    LinkedHashMap<String, V> out = new LinkedHashMap<>(base);
    over.forEach((k, v) -> {
      if (valueMerger != null && out.containsKey(k) && out.get(k) != null && v != null) {
        out.put(k, valueMerger.apply(out.get(k), v));
      } else {
        out.put(k, v);
      }
    });
    return Copies.handOver(out);
  }

  static <E> List<E> keyedLists(List<E> base, List<E> over, Function<E, String> keyOf) {
    Map<String, E> byKey = new LinkedHashMap<>();
    for (E e : base) {
      byKey.put(keyOf.apply(e), e);
    }
    for (E e : over) {
      byKey.put(keyOf.apply(e), e);
    }
    return Copies.listOf(byKey.values(), "merged list");
  }

  static List<String> appendUnique(List<String> base, List<String> over) {
    LinkedHashSet<String> out = new LinkedHashSet<>(base);
    out.addAll(over);
    return Copies.listOf(out, "merged list");
  }

  static List<String> append(List<String> base, List<String> over) {
    List<String> out = new ArrayList<>(base.size() + over.size());
    out.addAll(base);
    out.addAll(over);
    return Copies.listOf(out, "merged list");
  }

  private static <V> Map<String, V> mapsReplace(Map<String, V> base, Map<String, V> over) {
    return maps(base, over, null);
  }

  static Dependency dependency(Dependency base, Dependency over) {
    return new Dependency(later(base.condition(), over.condition()), later(base.restart(), over.restart()),
        later(base.required(), over.required()));
  }

  static ServiceNetwork network(ServiceNetwork base, ServiceNetwork over) {
    return new ServiceNetwork(appendUnique(base.aliases(), over.aliases()),
        later(base.ipv4Address(), over.ipv4Address()), later(base.ipv6Address(), over.ipv6Address()),
        later(base.priority(), over.priority()));
  }

  static Healthcheck healthcheck(Healthcheck base, Healthcheck over) {
    return new Healthcheck(over.test().isEmpty() ? base.test() : over.test(),
        later(base.interval(), over.interval()), later(base.timeout(), over.timeout()),
        later(base.retries(), over.retries()), later(base.startPeriod(), over.startPeriod()),
        later(base.startInterval(), over.startInterval()), later(base.disable(), over.disable()),
        mapsReplace(base.extensions(), over.extensions()));
  }

  static BuildSpec build(BuildSpec base, BuildSpec over) {
    String dockerfile = later(base.dockerfile(), over.dockerfile());
    String inline = later(base.dockerfileInline(), over.dockerfileInline());
    if (over.dockerfile() != null) {
      inline = null;
    } else if (over.dockerfileInline() != null) {
      dockerfile = null;
    }
    return new BuildSpec(later(base.context(), over.context()), dockerfile, inline,
        later(base.target(), over.target()), mapsReplace(base.args(), over.args()),
        appendUnique(base.cacheFrom(), over.cacheFrom()), appendUnique(base.cacheTo(), over.cacheTo()),
        mapsReplace(base.labels(), over.labels()), later(base.network(), over.network()),
        later(base.shmSize(), over.shmSize()), appendUnique(base.extraHosts(), over.extraHosts()),
        later(base.pull(), over.pull()), appendUnique(base.tags(), over.tags()),
        appendUnique(base.platforms(), over.platforms()), mapsReplace(base.extensions(), over.extensions()));
  }

  static Logging logging(Logging base, Logging over) {
    if (base.driver() != null && over.driver() != null && !base.driver().equals(over.driver())) {
      return over;
    }
    return new Logging(later(base.driver(), over.driver()), mapsReplace(base.options(), over.options()));
  }

  static Deploy deploy(Deploy base, Deploy over) {
    return new Deploy(later(base.mode(), over.mode()), later(base.replicas(), over.replicas()),
        later(base.endpointMode(), over.endpointMode()), mapsReplace(base.labels(), over.labels()),
        nullable(base.resources(), over.resources(), Merges::resources),
        nullable(base.restartPolicy(), over.restartPolicy(), Merges::restartPolicy),
        nullable(base.updateConfig(), over.updateConfig(), Merges::updateConfig),
        nullable(base.rollbackConfig(), over.rollbackConfig(), Merges::updateConfig),
        nullable(base.placement(), over.placement(), Merges::placement),
        mapsReplace(base.extensions(), over.extensions()));
  }

  private static <T> T nullable(T base, T over, BinaryOperator<T> merger) {
    if (base == null) {
      return over;
    }
    if (over == null) {
      return base;
    }
    return merger.apply(base, over);
  }

  private static Resources resources(Resources base, Resources over) {
    return new Resources(nullable(base.limits(), over.limits(), Merges::resourceSpec),
        nullable(base.reservations(), over.reservations(), Merges::resourceSpec));
  }

  private static ResourceSpec resourceSpec(ResourceSpec base, ResourceSpec over) {
    return new ResourceSpec(later(base.cpus(), over.cpus()), later(base.memory(), over.memory()),
        later(base.pids(), over.pids()));
  }

  private static DeployRestartPolicy restartPolicy(DeployRestartPolicy base, DeployRestartPolicy over) {
    return new DeployRestartPolicy(later(base.condition(), over.condition()), later(base.delay(), over.delay()),
        later(base.maxAttempts(), over.maxAttempts()), later(base.window(), over.window()));
  }

  private static UpdateConfig updateConfig(UpdateConfig base, UpdateConfig over) {
    return new UpdateConfig(later(base.parallelism(), over.parallelism()), later(base.delay(), over.delay()),
        later(base.failureAction(), over.failureAction()), later(base.monitor(), over.monitor()),
        later(base.maxFailureRatio(), over.maxFailureRatio()), later(base.order(), over.order()));
  }

  private static Placement placement(Placement base, Placement over) {
    return new Placement(append(base.constraints(), over.constraints()),
        append(base.preferences(), over.preferences()),
        later(base.maxReplicasPerNode(), over.maxReplicasPerNode()));
  }
}
