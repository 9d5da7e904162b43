package io.composegen.generator.render;

import io.composegen.generator.render.YamlNode.MappingBuilder;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Ipam;
import io.composegen.model.resource.IpamPool;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Command;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.DeployRestartPolicy;
import io.composegen.model.service.EnvFile;
import io.composegen.model.service.ExtendsSpec;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Logging;
import io.composegen.model.service.Placement;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.ResourceSpec;
import io.composegen.model.service.Resources;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.ServiceNetwork;
import io.composegen.model.service.ServiceVolume;
import io.composegen.model.service.Ulimit;
import io.composegen.model.service.UpdateConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the model into the view tree of one compose file: every decision about form (short or long syntax,
 * list or map) and key order is made here, so templates only print.
 *
 * <p>Key order: {@code name}, {@code services}, {@code networks}, {@code volumes}, {@code secrets},
 * {@code configs}, then {@code x-*}; inside a service, the order of {@link ServiceAttributes#all()}.
 *
 * <p>The tree of a service in a file's {@code services} is built each time its entry's value is read
 * ({@link YamlNode.Entry}), not held: printing a file and reading it back ({@link ReadBack#printVerified}) hold one
 * service's tree at a time, which keeps a file of thousands of services within a small heap.
 */
public final class ComposeTree {

  private ComposeTree() {}

  /** Returns the tree of a whole file for {@code stack}'s base (layers are ignored). */
  public static YamlNode.Mapping ofBase(Stack stack, boolean legacy) {
    MappingBuilder root = YamlNode.map();
    if (!legacy) {
      root.putString("name", stack.name());
    }
    return topLevel(root, stack.services(), stack.networks(), stack.volumes(), stack.secrets(), stack.configs(),
        stack.extensions());
  }

  /** Returns the tree of a layer's file: the fragments and top-level entries it holds. */
  public static YamlNode.Mapping ofLayer(Layer layer) {
    YamlNode.Mapping tree = topLevel(YamlNode.map(), layer.services(), layer.networks(), layer.volumes(),
        layer.secrets(), layer.configs(), layer.extensions());
    // A layer that changes nothing still renders a file Compose reads: an empty document is an error there.
    return tree.getEntries().isEmpty() ? YamlNode.map().put("services", YamlNode.map().build()).build() : tree;
  }

  private static YamlNode.Mapping topLevel(MappingBuilder root, Map<String, Service> services,
      Map<String, Network> networks, Map<String, Volume> volumes, Map<String, Secret> secrets,
      Map<String, Config> configs, Map<String, Object> extensions) {
    MappingBuilder servicesNode = YamlNode.map();
    services.forEach((name, service) -> servicesNode.putBuiltOnRead(name, () -> service(service)));
    if (!services.isEmpty()) {
      root.put("services", servicesNode.build());
    }
    root.put("networks", named(networks, ComposeTree::network));
    root.put("volumes", named(volumes, ComposeTree::volume));
    root.put("secrets", named(secrets, ComposeTree::secret));
    root.put("configs", named(configs, ComposeTree::config));
    extensions.forEach((k, v) -> root.put(k, value(v)));
    return root.build();
  }

  private static <T> YamlNode named(Map<String, T> entries, Function<T, YamlNode> render) {
    if (entries.isEmpty()) {
      return null;
    }
    MappingBuilder out = YamlNode.map();
    entries.forEach((name, entry) -> out.put(name, render.apply(entry)));
    return out.build();
  }

  /** Returns the tree of one service (or fragment), attributes in table order. */
  public static YamlNode.Mapping service(Service service) {
    MappingBuilder out = YamlNode.map();
    for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
      Object value = presentValue(attribute, service);
      if (value == null) {
        continue;
      }
      if (attribute == ServiceAttributes.EXTENSIONS) {
        ((Map<?, ?>) value).forEach((k, v) -> out.put((String) k, value(v)));
      } else {
        out.put(attribute.yamlName(), attribute(attribute.yamlName(), value));
      }
    }
    return out.build();
  }

  private static <T> Object presentValue(ServiceAttribute<T> attribute, Service service) {
    T value = attribute.get(service);
    return attribute.isPresent(value) ? value : null;
  }

  @SuppressWarnings("unchecked")
  private static YamlNode attribute(String name, Object value) {
    switch (name) {
      case "build":
        return build((BuildSpec) value);
      case "extends":
        ExtendsSpec ext = (ExtendsSpec) value;
        return YamlNode.map().putString("service", ext.service()).putString("file", ext.file()).build();
      case "command":
      case "entrypoint":
        return command((Command) value);
      case "environment":
        return environment((Map<String, String>) value);
      case "env_file":
        return envFiles((List<EnvFile>) value);
      case "ports":
        return YamlNode.list(((List<PortMapping>) value).stream().map(ComposeTree::port).toList());
      case "volumes":
        return YamlNode.list(((List<ServiceVolume>) value).stream().map(ComposeTree::mount).toList());
      case "networks":
        return networks((Map<String, ServiceNetwork>) value);
      case "depends_on":
        return dependsOn((Map<String, Dependency>) value);
      case "healthcheck":
        return healthcheck((Healthcheck) value);
      case "secrets":
      case "configs":
        return YamlNode.list(((List<ServiceFileRef>) value).stream().map(ComposeTree::fileRef).toList());
      case "logging":
        Logging logging = (Logging) value;
        return YamlNode.map().putString("driver", logging.driver())
            .put("options", stringMap(logging.options())).build();
      case "deploy":
        return deploy((Deploy) value);
      case "ulimits":
        return ulimits((Map<String, Ulimit>) value);
      default:
        return value(value);
    }
  }

  /** Renders a plain value: strings and value types as strings, numbers, booleans, lists and maps. */
  static YamlNode value(Object value) {
    if (value == null) {
      return YamlNode.nullValue();
    }
    if (value instanceof Boolean b) {
      return YamlNode.bool(b);
    }
    if (value instanceof Number n) {
      return YamlNode.number(n);
    }
    if (value instanceof List<?> list) {
      List<YamlNode> items = new ArrayList<>();
      list.forEach(item -> items.add(value(item)));
      return YamlNode.list(items);
    }
    if (value instanceof Map<?, ?> map) {
      MappingBuilder out = YamlNode.map();
      map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
      return out.build();
    }
    return YamlNode.string(value.toString());
  }

  private static YamlNode stringMap(Map<String, String> map) {
    if (map.isEmpty()) {
      return null;
    }
    MappingBuilder out = YamlNode.map();
    map.forEach((k, v) -> out.put(k, v == null ? YamlNode.nullValue() : YamlNode.string(v)));
    return out.build();
  }

  private static YamlNode command(Command command) {
    return command.shellForm() ? YamlNode.string(command.parts().get(0)) : YamlNode.strings(command.parts());
  }

  private static YamlNode environment(Map<String, String> environment) {
    // KEY=VALUE splits at the first '=', so a key holding one keeps the mapping form, where null means the same
    if (environment.containsValue(null) && environment.keySet().stream().noneMatch(k -> k.contains("="))) {
      List<YamlNode> items = new ArrayList<>();
      environment.forEach((k, v) -> items.add(YamlNode.string(v == null ? k : k + "=" + v)));
      return YamlNode.list(items);
    }
    return stringMap(environment);
  }

  private static YamlNode envFiles(List<EnvFile> files) {
    if (files.stream().allMatch(EnvFile::isShortForm)) {
      return YamlNode.strings(files.stream().map(EnvFile::path).toList());
    }
    return YamlNode.list(files.stream()
        .map(f -> (YamlNode) YamlNode.map().putString("path", f.path()).putBool("required", f.required()).build())
        .toList());
  }

  private static YamlNode build(BuildSpec build) {
    if (build.isContextOnly()) {
      return YamlNode.string(build.context());
    }
    MappingBuilder out = YamlNode.map()
        .putString("context", build.context())
        .putString("dockerfile", build.dockerfile())
        .putString("dockerfile_inline", build.dockerfileInline())
        .putString("target", build.target())
        .put("args", stringMap(build.args()))
        .put("cache_from", strings(build.cacheFrom()))
        .put("cache_to", strings(build.cacheTo()))
        .put("labels", stringMap(build.labels()))
        .putString("network", build.network())
        .putString("shm_size", build.shmSize())
        .put("extra_hosts", strings(build.extraHosts()))
        .putBool("pull", build.pull())
        .put("tags", strings(build.tags()))
        .put("platforms", strings(build.platforms()));
    build.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }

  private static YamlNode strings(List<String> values) {
    return values.isEmpty() ? null : YamlNode.strings(values);
  }

  private static YamlNode port(PortMapping port) {
    if (port.hasShortForm()) {
      return YamlNode.string(port.toShortSyntax());
    }
    return YamlNode.map()
        .putString("name", port.name())
        .putNumber("target", port.target().isSingle() ? port.target().start() : null)
        .putString("target", port.target().isSingle() ? null : port.target().toString())
        .putString("published", port.published())
        .putString("host_ip", port.hostIp())
        .putString("protocol", port.protocol())
        .putString("app_protocol", port.appProtocol())
        .putString("mode", port.mode())
        .build();
  }

  private static YamlNode mount(ServiceVolume mount) {
    // an explicit create_host_path: true is what the short syntax implies, but it would read back as absent
    boolean explicitCreate = mount.bind() != null && Boolean.TRUE.equals(mount.bind().createHostPath());
    if (mount.hasShortForm() && !explicitCreate) {
      return YamlNode.string(mount.toShortSyntax());
    }
    MappingBuilder out = YamlNode.map()
        .putString("type", mount.type().yamlName())
        .putString("source", mount.source())
        .putString("target", mount.target())
        .putBool("read_only", mount.readOnly() ? Boolean.TRUE : null)
        .putString("consistency", mount.consistency());
    if (mount.bind() != null) {
      out.put("bind", YamlNode.map()
          .putString("propagation", mount.bind().propagation())
          .putBool("create_host_path", mount.bind().createHostPath())
          .putString("selinux", mount.bind().selinux())
          .build());
    }
    if (mount.volume() != null) {
      out.put("volume", YamlNode.map()
          .putBool("nocopy", mount.volume().nocopy())
          .putString("subpath", mount.volume().subpath())
          .build());
    }
    if (mount.tmpfs() != null) {
      out.put("tmpfs", YamlNode.map()
          .putString("size", mount.tmpfs().size())
          .putNumber("mode", mount.tmpfs().mode())
          .build());
    }
    return out.build();
  }

  private static YamlNode networks(Map<String, ServiceNetwork> networks) {
    if (networks.values().stream().allMatch(ServiceNetwork::isDefault)) {
      return YamlNode.strings(new ArrayList<>(networks.keySet()));
    }
    MappingBuilder out = YamlNode.map();
    networks.forEach((name, network) -> out.put(name, YamlNode.map()
        .put("aliases", strings(network.aliases()))
        .putString("ipv4_address", network.ipv4Address())
        .putString("ipv6_address", network.ipv6Address())
        .putNumber("priority", network.priority())
        .build()));
    return out.build();
  }

  private static YamlNode dependsOn(Map<String, Dependency> dependencies) {
    if (dependencies.values().stream().allMatch(Dependency::isDefault)) {
      return YamlNode.strings(new ArrayList<>(dependencies.keySet()));
    }
    MappingBuilder out = YamlNode.map();
    dependencies.forEach((name, dependency) -> out.put(name, YamlNode.map()
        .putString("condition", dependency.condition() == null
            ? "service_started" : dependency.condition().yamlName())
        .putBool("restart", dependency.restart())
        .putBool("required", dependency.required())
        .build()));
    return out.build();
  }

  private static YamlNode healthcheck(Healthcheck check) {
    MappingBuilder out = YamlNode.map()
        .put("test", check.test().isEmpty() ? null : YamlNode.strings(check.test()))
        .putString("interval", check.interval())
        .putString("timeout", check.timeout())
        .putNumber("retries", check.retries())
        .putString("start_period", check.startPeriod())
        .putString("start_interval", check.startInterval())
        .putBool("disable", check.disable());
    check.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }

  private static YamlNode fileRef(ServiceFileRef ref) {
    if (ref.isShortForm()) {
      return YamlNode.string(ref.source());
    }
    return YamlNode.map()
        .putString("source", ref.source())
        .putString("target", ref.target())
        .putString("uid", ref.uid())
        .putString("gid", ref.gid())
        .putNumber("mode", ref.mode())
        .build();
  }

  private static YamlNode deploy(Deploy deploy) {
    MappingBuilder out = YamlNode.map()
        .putString("mode", deploy.mode())
        .putNumber("replicas", deploy.replicas())
        .putString("endpoint_mode", deploy.endpointMode())
        .put("labels", stringMap(deploy.labels()))
        .put("resources", resources(deploy.resources()))
        .put("restart_policy", restartPolicy(deploy.restartPolicy()))
        .put("update_config", updateConfig(deploy.updateConfig()))
        .put("rollback_config", updateConfig(deploy.rollbackConfig()))
        .put("placement", placement(deploy.placement()));
    deploy.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }

  private static YamlNode resources(Resources resources) {
    if (resources == null) {
      return null;
    }
    return YamlNode.map()
        .put("limits", resourceSpec(resources.limits()))
        .put("reservations", resourceSpec(resources.reservations()))
        .build();
  }

  private static YamlNode resourceSpec(ResourceSpec spec) {
    if (spec == null) {
      return null;
    }
    return YamlNode.map()
        .putNumber("cpus", spec.cpus())
        .putString("memory", spec.memory())
        .putNumber("pids", spec.pids())
        .build();
  }

  private static YamlNode restartPolicy(DeployRestartPolicy policy) {
    if (policy == null) {
      return null;
    }
    return YamlNode.map()
        .putString("condition", policy.condition())
        .putString("delay", policy.delay())
        .putNumber("max_attempts", policy.maxAttempts())
        .putString("window", policy.window())
        .build();
  }

  private static YamlNode updateConfig(UpdateConfig config) {
    if (config == null) {
      return null;
    }
    return YamlNode.map()
        .putNumber("parallelism", config.parallelism())
        .putString("delay", config.delay())
        .putString("failure_action", config.failureAction())
        .putString("monitor", config.monitor())
        .putNumber("max_failure_ratio", config.maxFailureRatio())
        .putString("order", config.order())
        .build();
  }

  private static YamlNode placement(Placement placement) {
    if (placement == null) {
      return null;
    }
    List<YamlNode> preferences = placement.preferences().stream()
        .map(p -> (YamlNode) YamlNode.map().putString("spread", p).build()).toList();
    return YamlNode.map()
        .put("constraints", strings(placement.constraints()))
        .put("preferences", preferences.isEmpty() ? null : YamlNode.list(preferences))
        .putNumber("max_replicas_per_node", placement.maxReplicasPerNode())
        .build();
  }

  private static YamlNode ulimits(Map<String, Ulimit> ulimits) {
    MappingBuilder out = YamlNode.map();
    ulimits.forEach((name, limit) -> out.put(name, limit.single() != null
        ? YamlNode.number(limit.single())
        : YamlNode.map().putNumber("soft", limit.soft()).putNumber("hard", limit.hard()).build()));
    return out.build();
  }

  private static YamlNode network(Network network) {
    MappingBuilder out = YamlNode.map()
        .putString("name", network.name())
        .putString("driver", network.driver())
        .put("driver_opts", stringMap(network.driverOpts()))
        .putBool("external", network.external())
        .putBool("internal", network.internal())
        .putBool("attachable", network.attachable())
        .putBool("enable_ipv6", network.enableIpv6())
        .put("ipam", ipam(network.ipam()))
        .put("labels", stringMap(network.labels()));
    network.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }

  private static YamlNode ipam(Ipam ipam) {
    if (ipam == null) {
      return null;
    }
    List<YamlNode> pools = new ArrayList<>();
    for (IpamPool pool : ipam.config()) {
      pools.add(YamlNode.map()
          .putString("subnet", pool.subnet())
          .putString("ip_range", pool.ipRange())
          .putString("gateway", pool.gateway())
          .put("aux_addresses", stringMap(pool.auxAddresses()))
          .build());
    }
    return YamlNode.map()
        .putString("driver", ipam.driver())
        .put("config", pools.isEmpty() ? null : YamlNode.list(pools))
        .put("options", stringMap(ipam.options()))
        .build();
  }

  private static YamlNode volume(Volume volume) {
    MappingBuilder out = YamlNode.map()
        .putString("name", volume.name())
        .putString("driver", volume.driver())
        .put("driver_opts", stringMap(volume.driverOpts()))
        .putBool("external", volume.external())
        .put("labels", stringMap(volume.labels()));
    volume.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }

  private static YamlNode secret(Secret secret) {
    MappingBuilder out = YamlNode.map()
        .putString("name", secret.name())
        .putString("file", secret.file())
        .putString("environment", secret.environment())
        .putBool("external", secret.external())
        .put("labels", stringMap(secret.labels()));
    secret.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }

  private static YamlNode config(Config config) {
    MappingBuilder out = YamlNode.map()
        .putString("name", config.name())
        .putString("file", config.file())
        .putString("content", config.content())
        .putString("environment", config.environment())
        .putBool("external", config.external())
        .put("labels", stringMap(config.labels()));
    config.extensions().forEach((k, v) -> out.put(k, value(v)));
    return out.build();
  }
}
