package io.composegen.model.service;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The table of every service attribute with its Compose merge rule; the one place that knows them all.
 *
 * <p>Merging layers, removing attributes and factoring layers into files iterate {@link #all()}, in the
 * documented order in which generated files print a service's keys.
 */
public final class ServiceAttributes {

  private ServiceAttributes() {}

  /** The {@code image} attribute. */
  public static final ServiceAttribute<?> IMAGE =
      ServiceAttribute.scalar("image", Service::image, Service.Builder::image);

  /** The {@code build} attribute. */
  public static final ServiceAttribute<?> BUILD =
      ServiceAttribute.nested("build", Service::build, Service.Builder::build, Merges::build);

  /** The {@code extends} attribute. */
  public static final ServiceAttribute<?> EXTENDS =
      ServiceAttribute.scalar("extends", Service::extendsFrom, Service.Builder::extendsFrom);

  /** The {@code container_name} attribute. */
  public static final ServiceAttribute<?> CONTAINER_NAME =
      ServiceAttribute.scalar("container_name", Service::containerName, Service.Builder::containerName);

  /** The {@code hostname} attribute. */
  public static final ServiceAttribute<?> HOSTNAME =
      ServiceAttribute.scalar("hostname", Service::hostname, Service.Builder::hostname);

  /** The {@code domainname} attribute. */
  public static final ServiceAttribute<?> DOMAINNAME =
      ServiceAttribute.scalar("domainname", Service::domainname, Service.Builder::domainname);

  /** The {@code platform} attribute. */
  public static final ServiceAttribute<?> PLATFORM =
      ServiceAttribute.scalar("platform", Service::platform, Service.Builder::platform);

  /** The {@code runtime} attribute. */
  public static final ServiceAttribute<?> RUNTIME =
      ServiceAttribute.scalar("runtime", Service::runtime, Service.Builder::runtime);

  /** The {@code pull_policy} attribute. */
  public static final ServiceAttribute<?> PULL_POLICY =
      ServiceAttribute.scalar("pull_policy", Service::pullPolicy, Service.Builder::pullPolicy);

  /** The {@code restart} attribute. */
  public static final ServiceAttribute<?> RESTART =
      ServiceAttribute.scalar("restart", Service::restart, Service.Builder::restart);

  /** The {@code profiles} attribute. */
  public static final ServiceAttribute<?> PROFILES =
      ServiceAttribute.appendList("profiles", Service::profiles, Service.Builder::profiles, true);

  /** The {@code command} attribute. */
  public static final ServiceAttribute<?> COMMAND =
      ServiceAttribute.scalar("command", Service::command, Service.Builder::command);

  /** The {@code entrypoint} attribute. */
  public static final ServiceAttribute<?> ENTRYPOINT =
      ServiceAttribute.scalar("entrypoint", Service::entrypoint, Service.Builder::entrypoint);

  /** The {@code working_dir} attribute. */
  public static final ServiceAttribute<?> WORKING_DIR =
      ServiceAttribute.scalar("working_dir", Service::workingDir, Service.Builder::workingDir);

  /** The {@code user} attribute. */
  public static final ServiceAttribute<?> USER =
      ServiceAttribute.scalar("user", Service::user, Service.Builder::user);

  /** The {@code environment} attribute. */
  public static final ServiceAttribute<?> ENVIRONMENT =
      ServiceAttribute.map("environment", Service::environment, Service.Builder::environment, null);

  /** The {@code env_file} attribute. */
  public static final ServiceAttribute<?> ENV_FILE =
      ServiceAttribute.keyedList("env_file", Service::envFiles, Service.Builder::envFiles, EnvFile::path, UnaryOperator.identity());

  /** The {@code ports} attribute. */
  public static final ServiceAttribute<?> PORTS =
      ServiceAttribute.keyedList("ports", Service::ports, Service.Builder::ports, PortMapping::mergeKey, ServiceAttributes::portKey);

  /** The {@code expose} attribute. */
  public static final ServiceAttribute<?> EXPOSE =
      ServiceAttribute.appendList("expose", Service::expose, Service.Builder::expose, true);

  /** The {@code volumes} attribute. */
  public static final ServiceAttribute<?> VOLUMES =
      ServiceAttribute.keyedList("volumes", Service::volumes, Service.Builder::volumes, ServiceVolume::mergeKey, UnaryOperator.identity());

  /** The {@code volumes_from} attribute. */
  public static final ServiceAttribute<?> VOLUMES_FROM =
      ServiceAttribute.appendList("volumes_from", Service::volumesFrom, Service.Builder::volumesFrom, false);

  /** The {@code tmpfs} attribute. */
  public static final ServiceAttribute<?> TMPFS =
      ServiceAttribute.appendList("tmpfs", Service::tmpfs, Service.Builder::tmpfs, true);

  /** The {@code networks} attribute. */
  public static final ServiceAttribute<?> NETWORKS =
      ServiceAttribute.map("networks", Service::networks, Service.Builder::networks, Merges::network);

  /** The {@code network_mode} attribute. */
  public static final ServiceAttribute<?> NETWORK_MODE =
      ServiceAttribute.scalar("network_mode", Service::networkMode, Service.Builder::networkMode);

  /** The {@code depends_on} attribute. */
  public static final ServiceAttribute<?> DEPENDS_ON =
      ServiceAttribute.map("depends_on", Service::dependsOn, Service.Builder::dependsOn, Merges::dependency);

  /** The {@code links} attribute. */
  public static final ServiceAttribute<?> LINKS =
      ServiceAttribute.appendList("links", Service::links, Service.Builder::links, true);

  /** The {@code healthcheck} attribute. */
  public static final ServiceAttribute<?> HEALTHCHECK =
      ServiceAttribute.nested("healthcheck", Service::healthcheck, Service.Builder::healthcheck, Merges::healthcheck);

  /** The {@code secrets} attribute. */
  public static final ServiceAttribute<?> SECRETS =
      ServiceAttribute.keyedList("secrets", Service::secrets, Service.Builder::secrets, ServiceAttributes::secretTarget, UnaryOperator.identity());

  /** The {@code configs} attribute. */
  public static final ServiceAttribute<?> CONFIGS =
      ServiceAttribute.keyedList("configs", Service::configs, Service.Builder::configs, ServiceAttributes::configTarget, UnaryOperator.identity());

  /** The {@code labels} attribute. */
  public static final ServiceAttribute<?> LABELS =
      ServiceAttribute.map("labels", Service::labels, Service.Builder::labels, null);

  /** The {@code logging} attribute. */
  public static final ServiceAttribute<?> LOGGING =
      ServiceAttribute.nested("logging", Service::logging, Service.Builder::logging, Merges::logging);

  /** The {@code deploy} attribute. */
  public static final ServiceAttribute<?> DEPLOY =
      ServiceAttribute.nested("deploy", Service::deploy, Service.Builder::deploy, Merges::deploy);

  /** The {@code mem_limit} attribute. */
  public static final ServiceAttribute<?> MEM_LIMIT =
      ServiceAttribute.scalar("mem_limit", Service::memLimit, Service.Builder::memLimit);

  /** The {@code mem_reservation} attribute. */
  public static final ServiceAttribute<?> MEM_RESERVATION =
      ServiceAttribute.scalar("mem_reservation", Service::memReservation, Service.Builder::memReservation);

  /** The {@code cpus} attribute. */
  public static final ServiceAttribute<?> CPUS =
      ServiceAttribute.scalar("cpus", Service::cpus, Service.Builder::cpus);

  /** The {@code shm_size} attribute. */
  public static final ServiceAttribute<?> SHM_SIZE =
      ServiceAttribute.scalar("shm_size", Service::shmSize, Service.Builder::shmSize);

  /** The {@code ulimits} attribute. */
  public static final ServiceAttribute<?> ULIMITS =
      ServiceAttribute.map("ulimits", Service::ulimits, Service.Builder::ulimits, null);

  /** The {@code extra_hosts} attribute. */
  public static final ServiceAttribute<?> EXTRA_HOSTS =
      ServiceAttribute.appendList("extra_hosts", Service::extraHosts, Service.Builder::extraHosts, true);

  /** The {@code dns} attribute. */
  public static final ServiceAttribute<?> DNS =
      ServiceAttribute.appendList("dns", Service::dns, Service.Builder::dns, true);

  /** The {@code dns_search} attribute. */
  public static final ServiceAttribute<?> DNS_SEARCH =
      ServiceAttribute.appendList("dns_search", Service::dnsSearch, Service.Builder::dnsSearch, true);

  /** The {@code dns_opt} attribute. */
  public static final ServiceAttribute<?> DNS_OPT =
      ServiceAttribute.appendList("dns_opt", Service::dnsOpt, Service.Builder::dnsOpt, true);

  /** The {@code cap_add} attribute. */
  public static final ServiceAttribute<?> CAP_ADD =
      ServiceAttribute.appendList("cap_add", Service::capAdd, Service.Builder::capAdd, true);

  /** The {@code cap_drop} attribute. */
  public static final ServiceAttribute<?> CAP_DROP =
      ServiceAttribute.appendList("cap_drop", Service::capDrop, Service.Builder::capDrop, true);

  /** The {@code security_opt} attribute. */
  public static final ServiceAttribute<?> SECURITY_OPT =
      ServiceAttribute.appendList("security_opt", Service::securityOpt, Service.Builder::securityOpt, false);

  /** The {@code group_add} attribute. */
  public static final ServiceAttribute<?> GROUP_ADD =
      ServiceAttribute.appendList("group_add", Service::groupAdd, Service.Builder::groupAdd, false);

  /** The {@code devices} attribute. */
  public static final ServiceAttribute<?> DEVICES =
      ServiceAttribute.keyedList("devices", Service::devices, Service.Builder::devices, ServiceAttributes::deviceTarget, UnaryOperator.identity());

  /** The {@code privileged} attribute. */
  public static final ServiceAttribute<?> PRIVILEGED =
      ServiceAttribute.scalar("privileged", Service::privileged, Service.Builder::privileged);

  /** The {@code read_only} attribute. */
  public static final ServiceAttribute<?> READ_ONLY =
      ServiceAttribute.scalar("read_only", Service::readOnly, Service.Builder::readOnly);

  /** The {@code init} attribute. */
  public static final ServiceAttribute<?> INIT =
      ServiceAttribute.scalar("init", Service::init, Service.Builder::init);

  /** The {@code stdin_open} attribute. */
  public static final ServiceAttribute<?> STDIN_OPEN =
      ServiceAttribute.scalar("stdin_open", Service::stdinOpen, Service.Builder::stdinOpen);

  /** The {@code tty} attribute. */
  public static final ServiceAttribute<?> TTY =
      ServiceAttribute.scalar("tty", Service::tty, Service.Builder::tty);

  /** The {@code pid} attribute. */
  public static final ServiceAttribute<?> PID =
      ServiceAttribute.scalar("pid", Service::pid, Service.Builder::pid);

  /** The {@code ipc} attribute. */
  public static final ServiceAttribute<?> IPC =
      ServiceAttribute.scalar("ipc", Service::ipc, Service.Builder::ipc);

  /** The {@code stop_signal} attribute. */
  public static final ServiceAttribute<?> STOP_SIGNAL =
      ServiceAttribute.scalar("stop_signal", Service::stopSignal, Service.Builder::stopSignal);

  /** The {@code stop_grace_period} attribute. */
  public static final ServiceAttribute<?> STOP_GRACE_PERIOD =
      ServiceAttribute.scalar("stop_grace_period", Service::stopGracePeriod, Service.Builder::stopGracePeriod);

  /** The {@code sysctls} attribute. */
  public static final ServiceAttribute<?> SYSCTLS =
      ServiceAttribute.map("sysctls", Service::sysctls, Service.Builder::sysctls, null);

  /** The {@code x-*} attribute. */
  public static final ServiceAttribute<?> EXTENSIONS =
      ServiceAttribute.map("x-*", Service::extensions, Service.Builder::extensions, null);

  private static final List<ServiceAttribute<?>> ALL = List.of(
      IMAGE,
      BUILD,
      EXTENDS,
      CONTAINER_NAME,
      HOSTNAME,
      DOMAINNAME,
      PLATFORM,
      RUNTIME,
      PULL_POLICY,
      RESTART,
      PROFILES,
      COMMAND,
      ENTRYPOINT,
      WORKING_DIR,
      USER,
      ENVIRONMENT,
      ENV_FILE,
      PORTS,
      EXPOSE,
      VOLUMES,
      VOLUMES_FROM,
      TMPFS,
      NETWORKS,
      NETWORK_MODE,
      DEPENDS_ON,
      LINKS,
      HEALTHCHECK,
      SECRETS,
      CONFIGS,
      LABELS,
      LOGGING,
      DEPLOY,
      MEM_LIMIT,
      MEM_RESERVATION,
      CPUS,
      SHM_SIZE,
      ULIMITS,
      EXTRA_HOSTS,
      DNS,
      DNS_SEARCH,
      DNS_OPT,
      CAP_ADD,
      CAP_DROP,
      SECURITY_OPT,
      GROUP_ADD,
      DEVICES,
      PRIVILEGED,
      READ_ONLY,
      INIT,
      STDIN_OPEN,
      TTY,
      PID,
      IPC,
      STOP_SIGNAL,
      STOP_GRACE_PERIOD,
      SYSCTLS,
      EXTENSIONS);

  /**
   * The bits of {@link Service#presentBits()} that stand for the attributes of {@link #ALL}, in its order; the bits
   * above them are the service's resets, generated build and image_of, which are not Compose attributes.
   */
  private static final long ATTRIBUTE_BITS = (1L << ALL.size()) - 1;

  private static final Map<String, ServiceAttribute<?>> BY_NAME;

  static {
    Map<String, ServiceAttribute<?>> byName = new LinkedHashMap<>();
    for (ServiceAttribute<?> attribute : ALL) {
      byName.put(attribute.yamlName(), attribute);
    }
    BY_NAME = Collections.unmodifiableMap(byName);
  }

  /** Returns every attribute in print order. */
  public static List<ServiceAttribute<?>> all() {
    return ALL;
  }

  /** Returns the attribute with the given YAML name, or null when there is none. */
  public static ServiceAttribute<?> byName(String yamlName) {
    return BY_NAME.get(yamlName);
  }

  /**
   * Returns {@code fragment} merged onto {@code base} by Compose's rules, after removing what the fragment resets.
   *
   * <p>The result keeps the base's name and has no resets of its own.
   */
  public static Service merge(Service base, Service fragment) {
    long sets = fragment.presentBits() & ATTRIBUTE_BITS;
    if (sets == 0 && fragment.resets().isEmpty() && base.resets().isEmpty()) {
      return base; // a service the layer leaves alone, as most are
    }
    Service reset = applyResets(base, fragment.resets());
    Service.Builder out = reset.toBuilder();
    out.resets(List.of());
    // only what the fragment sets changes the base: its attributes' bits, in the order of ALL
    for (; sets != 0; sets &= sets - 1) {
      mergeInto(ALL.get(Long.numberOfTrailingZeros(sets)), reset, fragment, out);
    }
    return out.build();
  }

  private static <T> void mergeInto(ServiceAttribute<T> attribute, Service base, Service fragment,
      Service.Builder out) {
    T over = attribute.get(fragment);
    // what the fragment leaves out keeps the base's value, which the builder already holds
    if (attribute.isPresent(over)) {
      attribute.set(out, attribute.merge(attribute.get(base), over));
    }
  }

  /**
   * Returns the Compose attributes of {@code service} (those of {@link #all()}) under another name, without resets, a
   * generated build or image_of: what a layer's all-services fragment, or a service another one extends, gives the
   * service it is merged into. The attributes are shared, not copied.
   *
   * @throws IllegalArgumentException when {@code name} is not a valid service name
   */
  public static Service renamed(Service service, String name) {
    Service named = service.withName(name);
    if (named.resets().isEmpty() && named.generatedBuild() == null && named.imageOf() == null) {
      return named;
    }
    return named.toBuilder().resets(List.of()).generatedBuild(null).imageOf(null).build();
  }

  /**
   * Returns {@code service} without what {@code resets} remove. Resets only remove, so their order does not matter:
   * each attribute is reset once, whole or without all the keys reset in it, so that thousands of keyed resets of
   * one list do not copy the list and the service once each.
   */
  public static Service applyResets(Service service, List<Reset> resets) {
    if (resets.isEmpty()) {
      return service;
    }
    Map<String, Set<String>> keysByAttribute = new LinkedHashMap<>();
    for (Reset reset : resets) {
      Set<String> keys = keysByAttribute.computeIfAbsent(reset.attribute(), k -> new HashSet<>());
      if (reset.isWhole()) {
        keys.add(null); // the whole attribute
      } else {
        keys.add(reset.key());
      }
    }
    Service.Builder out = service.toBuilder();
    keysByAttribute.forEach((name, keys) -> apply(byName(name), keys, service, out));
    return out.build();
  }

  /** Resets {@code attribute} in {@code out}: whole when {@code keys} holds null, else the elements of those keys. */
  private static <T> void apply(ServiceAttribute<T> attribute, Set<String> keys, Service service, Service.Builder out) {
    if (keys.contains(null)) {
      attribute.set(out, null);
    } else {
      attribute.set(out, attribute.without(attribute.get(service), keys));
    }
  }

  static String portKey(String key) {
    try {
      return PortMapping.parse(key).mergeKey();
    } catch (IllegalArgumentException notShortSyntax) {
      return key;
    }
  }

  static String secretTarget(ServiceFileRef ref) {
    return ref.target() != null ? ref.target() : "/run/secrets/" + ref.source();
  }

  static String configTarget(ServiceFileRef ref) {
    return ref.target() != null ? ref.target() : "/" + ref.source();
  }

  static String deviceTarget(String device) {
    String[] parts = device.split(":", -1); // -1 keeps empty parts, so ":" and "" have parts too
    return parts.length >= 2 ? parts[1] : parts[0];
  }
}
