package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.generator.imports.Reading.BareKey;
import io.composegen.model.ModelPath;
import io.composegen.model.service.BindOptions;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Command;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.DeployRestartPolicy;
import io.composegen.model.service.EnvFile;
import io.composegen.model.service.ExtendsSpec;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Logging;
import io.composegen.model.service.MountType;
import io.composegen.model.service.Placement;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.PortRange;
import io.composegen.model.service.ResourceSpec;
import io.composegen.model.service.Resources;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.ServiceNetwork;
import io.composegen.model.service.ServiceVolume;
import io.composegen.model.service.TmpfsOptions;
import io.composegen.model.service.Ulimit;
import io.composegen.model.service.UpdateConfig;
import io.composegen.model.service.VolumeOptions;
import io.composegen.model.units.ByteSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Reads one entry of {@code services} into a {@link Service}, attribute by attribute. */
final class ServiceReader {

  /** Reads one attribute's value into the service builder. */
  @FunctionalInterface
  private interface Attribute {
    void read(Reading reading, JsonNode node, ModelPath path, Service.Builder service);
  }

  private static final String PORT_HINT =
      "write a port as \"[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]\", e.g. \"8080:80\", or as a mapping with target";
  private static final String VOLUME_HINT =
      "write a mount as \"[SOURCE:]TARGET[:MODE]\", e.g. \"./app:/app:ro\", or as a mapping with type and target";
  private static final String ENV_HINT = "write a mapping of KEY: value, or a list of \"KEY=value\" strings";
  private static final String COMMAND_HINT =
      "write one string for the shell form, or a list of strings for the exec form";
  private static final String STRING_HINT = "write a string; quote it if YAML reads it as something else";

  /** Compose service attributes the model has no place for. */
  private static final Set<String> UNSUPPORTED = Set.of("annotations", "attach", "blkio_config", "cgroup",
      "cgroup_parent", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime",
      "cpu_shares", "cpuset", "credential_spec", "develop", "device_cgroup_rules", "external_links", "gpus",
      "isolation", "label_file", "mac_address", "mem_swappiness", "memswap_limit", "models", "oom_kill_disable",
      "oom_score_adj", "pids_limit", "post_start", "pre_stop", "provider", "scale", "storage_opt",
      "use_api_socket", "userns_mode", "uts", "volume_driver");

  private static final Map<String, Attribute> ATTRIBUTES = new LinkedHashMap<>();

  static {
    string("image", Service.Builder::image);
    ATTRIBUTES.put("build", (r, n, p, b) -> set(build(r, n, p), b::build));
    ATTRIBUTES.put("extends", (r, n, p, b) -> set(extendsSpec(r, n, p), b::extendsFrom));
    string("container_name", Service.Builder::containerName);
    string("hostname", Service.Builder::hostname);
    string("domainname", Service.Builder::domainname);
    string("platform", Service.Builder::platform);
    string("runtime", Service.Builder::runtime);
    string("pull_policy", Service.Builder::pullPolicy);
    ATTRIBUTES.put("restart", (r, n, p, b) -> {
      String hint = "write no, always, on-failure, on-failure:3 or unless-stopped";
      String text = r.string(n, p, hint);
      if (text != null) {
        set(r.attempt(p, hint, () -> Restart.parse(text)), b::restart);
      }
    });
    strings("profiles", false, Service.Builder::profiles);
    ATTRIBUTES.put("command", (r, n, p, b) -> set(command(r, n, p), b::command));
    ATTRIBUTES.put("entrypoint", (r, n, p, b) -> set(command(r, n, p), b::entrypoint));
    string("working_dir", Service.Builder::workingDir);
    string("user", Service.Builder::user);
    ATTRIBUTES.put("environment", (r, n, p, b) -> set(r.keyValues(n, p, BareKey.NULL, ENV_HINT), b::environment));
    ATTRIBUTES.put("env_file", (r, n, p, b) -> set(envFiles(r, n, p), b::envFiles));
    ATTRIBUTES.put("ports", (r, n, p, b) -> set(list(r, n, p, PORT_HINT, ServiceReader::port), b::ports));
    strings("expose", false, Service.Builder::expose);
    ATTRIBUTES.put("volumes", (r, n, p, b) -> set(list(r, n, p, VOLUME_HINT, ServiceReader::mount), b::volumes));
    strings("volumes_from", false, Service.Builder::volumesFrom);
    strings("tmpfs", true, Service.Builder::tmpfs);
    ATTRIBUTES.put("networks", (r, n, p, b) -> set(networks(r, n, p), b::networks));
    string("network_mode", Service.Builder::networkMode);
    ATTRIBUTES.put("depends_on", (r, n, p, b) -> set(dependsOn(r, n, p), b::dependsOn));
    strings("links", false, Service.Builder::links);
    ATTRIBUTES.put("healthcheck", (r, n, p, b) -> set(healthcheck(r, n, p), b::healthcheck));
    ATTRIBUTES.put("secrets", (r, n, p, b) -> set(list(r, n, p, fileRefHint("secret"),
        (r2, n2, p2) -> fileRef(r2, n2, p2, "secret")), b::secrets));
    ATTRIBUTES.put("configs", (r, n, p, b) -> set(list(r, n, p, fileRefHint("config"),
        (r2, n2, p2) -> fileRef(r2, n2, p2, "config")), b::configs));
    ATTRIBUTES.put("labels", (r, n, p, b) -> set(r.keyValues(n, p, BareKey.EMPTY, ENV_HINT), b::labels));
    ATTRIBUTES.put("logging", (r, n, p, b) -> set(logging(r, n, p), b::logging));
    ATTRIBUTES.put("deploy", (r, n, p, b) -> set(deploy(r, n, p), b::deploy));
    size("mem_limit", Service.Builder::memLimit);
    size("mem_reservation", Service.Builder::memReservation);
    ATTRIBUTES.put("cpus", (r, n, p, b) -> {
      String hint = "write the number of CPUs, e.g. 0.5";
      BigDecimal cpus = r.decimal(n, p, hint);
      if (cpus != null && r.attempt(p, hint, () -> Service.builder(b.name()).cpus(cpus).build()) != null) {
        b.cpus(cpus);
      }
    });
    size("shm_size", Service.Builder::shmSize);
    ATTRIBUTES.put("ulimits", (r, n, p, b) -> set(ulimits(r, n, p), b::ulimits));
    ATTRIBUTES.put("extra_hosts", (r, n, p, b) -> set(extraHosts(r, n, p), b::extraHosts));
    strings("dns", true, Service.Builder::dns);
    strings("dns_search", true, Service.Builder::dnsSearch);
    strings("dns_opt", false, Service.Builder::dnsOpt);
    strings("cap_add", false, Service.Builder::capAdd);
    strings("cap_drop", false, Service.Builder::capDrop);
    strings("security_opt", false, Service.Builder::securityOpt);
    strings("group_add", false, Service.Builder::groupAdd);
    strings("devices", false, Service.Builder::devices);
    bool("privileged", Service.Builder::privileged);
    bool("read_only", Service.Builder::readOnly);
    bool("init", Service.Builder::init);
    bool("stdin_open", Service.Builder::stdinOpen);
    bool("tty", Service.Builder::tty);
    string("pid", Service.Builder::pid);
    string("ipc", Service.Builder::ipc);
    string("stop_signal", Service.Builder::stopSignal);
    ATTRIBUTES.put("stop_grace_period", (r, n, p, b) -> set(r.duration(n, p), b::stopGracePeriod));
    ATTRIBUTES.put("sysctls", (r, n, p, b) -> set(r.keyValues(n, p, BareKey.EMPTY, ENV_HINT), b::sysctls));
  }

  private ServiceReader() {}

  /** Returns the YAML names of the attributes this reader reads, in the order of the model's table. */
  static Set<String> attributeNames() {
    return Collections.unmodifiableSet(ATTRIBUTES.keySet());
  }

  /**
   * Reads the service {@code name}; returns null when the name is invalid or the value is not a mapping.
   *
   * @param whole true in a base file, where a service needs an image, a build or an extends
   */
  static Service read(Reading reading, String name, JsonNode node, ModelPath path, boolean whole) {
    String nameHint = "rename the service: letters, digits, '_', '.' and '-', starting with a letter or digit";
    if (reading.attempt(path, nameHint, () -> Service.builder(name).build()) == null) {
      return null;
    }
    if (!node.isObject()) {
      reading.wrongType(path, "a mapping of service attributes", node, "give the service at least an image");
      return null;
    }
    Service.Builder service = Service.builder(name);
    node.fields().forEachRemaining(e -> {
      String key = e.getKey();
      ModelPath at = path.key(key);
      Attribute attribute = ATTRIBUTES.get(key);
      if (attribute != null) {
        attribute.read(reading, e.getValue(), at, service);
      } else if (key.startsWith("x-")) {
        service.extension(key, reading.plain(e.getValue()));
      } else if (UNSUPPORTED.contains(key)) {
        reading.unsupported(at, key, "a service");
      } else {
        reading.unknownKey(at, key, ATTRIBUTES.keySet(), "a service");
      }
    });
    Service built = service.build();
    if (whole && !node.has("image") && !node.has("build") && !node.has("extends")) {
      reading.missing(path, "service \"" + name + "\" has neither image nor build",
          "set image to run an existing image, or build to build one");
    }
    return built;
  }

  private static <T> void set(T value, java.util.function.Consumer<? super T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static void string(String name, BiConsumer<Service.Builder, String> setter) {
    ATTRIBUTES.put(name, (r, n, p, b) -> set(r.string(n, p, STRING_HINT), v -> setter.accept(b, v)));
  }

  private static void strings(String name, boolean scalarAllowed, BiConsumer<Service.Builder, List<String>> setter) {
    String hint = scalarAllowed ? "write a string or a list of strings" : "write a list of strings";
    ATTRIBUTES.put(name, (r, n, p, b) -> set(r.strings(n, p, scalarAllowed, hint), v -> setter.accept(b, v)));
  }

  private static void bool(String name, BiConsumer<Service.Builder, Boolean> setter) {
    ATTRIBUTES.put(name, (r, n, p, b) -> set(r.bool(n, p, "write true or false"), v -> setter.accept(b, v)));
  }

  private static void size(String name, BiConsumer<Service.Builder, ByteSize> setter) {
    ATTRIBUTES.put(name, (r, n, p, b) -> set(r.size(n, p), v -> setter.accept(b, v)));
  }

  /** Converts one element of a list attribute. */
  @FunctionalInterface
  private interface Element<T> {
    T read(Reading reading, JsonNode node, ModelPath path);
  }

  private static <T> List<T> list(Reading r, JsonNode node, ModelPath path, String hint, Element<T> element) {
    if (!node.isArray()) {
      r.wrongType(path, "a list", node, hint);
      return null;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      T item = element.read(r, node.get(i), path.index(i));
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  private static BuildSpec build(Reading r, JsonNode node, ModelPath path) {
    String hint = "write the context folder as a string, or a mapping with context, dockerfile, args ...";
    if (node.isTextual()) {
      return BuildSpec.of(node.textValue());
    }
    Fields f = r.fields(node, path, "build", hint);
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    BuildSpec.Builder b = BuildSpec.builder();
    f.string("context", STRING_HINT, b::context);
    f.string("dockerfile", STRING_HINT, b::dockerfile);
    f.string("dockerfile_inline", STRING_HINT, b::dockerfileInline);
    f.string("target", STRING_HINT, b::target);
    f.keyValues("args", BareKey.NULL, ENV_HINT, b::args);
    f.strings("cache_from", false, "write a list of strings", b::cacheFrom);
    f.strings("cache_to", false, "write a list of strings", b::cacheTo);
    f.keyValues("labels", BareKey.EMPTY, ENV_HINT, b::labels);
    f.string("network", STRING_HINT, b::network);
    f.size("shm_size", b::shmSize);
    f.read("extra_hosts", (n, p) -> extraHosts(r, n, p), b::extraHosts);
    f.bool("pull", b::pull);
    f.strings("tags", false, "write a list of strings", b::tags);
    f.strings("platforms", false, "write a list of strings", b::platforms);
    f.extensions(b::extension);
    f.unsupported("ssh", "secrets", "isolation", "privileged", "additional_contexts", "no_cache", "ulimits",
        "entitlements", "provenance", "sbom");
    f.finish();
    return r.since(mark) ? null : r.attempt(path, "keep dockerfile or dockerfile_inline, not both", b::build);
  }

  private static ExtendsSpec extendsSpec(Reading r, JsonNode node, ModelPath path) {
    String hint = "write the service's name, or a mapping with service and file";
    if (node.isTextual()) {
      return r.attempt(path, hint, () -> new ExtendsSpec(node.textValue(), null));
    }
    Fields f = r.fields(node, path, "extends", hint);
    if (f == null) {
      return null;
    }
    String[] parts = new String[2];
    f.string("service", STRING_HINT, v -> parts[0] = v);
    f.string("file", STRING_HINT, v -> parts[1] = v);
    f.finish();
    if (parts[0] == null) {
      if (f.get("service") == null) {
        r.missing(path, "extends has no service", "name the service to extend");
      }
      return null;
    }
    return r.attempt(path.key("service"), hint, () -> new ExtendsSpec(parts[0], parts[1]));
  }

  private static Command command(Reading r, JsonNode node, ModelPath path) {
    if (node.isTextual()) {
      return Command.shell(node.textValue());
    }
    if (node.isArray()) {
      List<String> args = r.strings(node, path, false, COMMAND_HINT);
      return args == null ? null : Command.exec(args);
    }
    if (node.isNull()) {
      return null;
    }
    r.wrongType(path, "a string or a list of strings", node, COMMAND_HINT);
    return null;
  }

  private static List<EnvFile> envFiles(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a path, a list of paths, or a list of mappings with path and required";
    if (node.isTextual()) {
      EnvFile file = envFile(r, node, path, hint);
      return file == null ? null : List.of(file);
    }
    return list(r, node, path, hint, (r2, n2, p2) -> envFile(r2, n2, p2, hint));
  }

  private static EnvFile envFile(Reading r, JsonNode node, ModelPath path, String hint) {
    if (node.isTextual()) {
      return r.attempt(path, hint, () -> EnvFile.of(node.textValue()));
    }
    Fields f = r.fields(node, path, "an env_file entry", hint);
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    String[] file = new String[1];
    Boolean[] required = new Boolean[1];
    f.string("path", STRING_HINT, v -> file[0] = v);
    f.bool("required", v -> required[0] = v);
    f.unsupported("format");
    f.finish();
    if (file[0] == null) {
      if (f.get("path") == null) {
        r.missing(path, "env_file entry has no path", "give the file's path");
      }
      return null;
    }
    return r.since(mark) ? null : r.attempt(path.key("path"), hint, () -> new EnvFile(file[0], required[0]));
  }

  private static PortMapping port(Reading r, JsonNode node, ModelPath path) {
    if (node.isTextual()) {
      return r.attempt(path, PORT_HINT, () -> PortMapping.parse(node.textValue()));
    }
    if (node.isIntegralNumber()) {
      return r.attempt(path, PORT_HINT, () -> PortMapping.parse(node.asText()));
    }
    Fields f = r.fields(node, path, "a port", PORT_HINT);
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    PortRange[] ranges = new PortRange[2];
    String[] texts = new String[5];
    f.read("target", (n, p) -> portRange(r, n, p), v -> ranges[0] = v);
    f.read("published", (n, p) -> portRange(r, n, p), v -> ranges[1] = v);
    f.string("host_ip", STRING_HINT, v -> texts[0] = v);
    f.string("protocol", STRING_HINT, v -> texts[1] = v);
    f.string("mode", STRING_HINT, v -> texts[2] = v);
    f.string("name", STRING_HINT, v -> texts[3] = v);
    f.string("app_protocol", STRING_HINT, v -> texts[4] = v);
    f.finish();
    if (r.since(mark)) {
      return null;
    }
    if (ranges[0] == null) {
      r.missing(path, "port has no target", "give the container port as target, e.g. target: 80");
      return null;
    }
    return r.attempt(path, PORT_HINT,
        () -> new PortMapping(texts[0], ranges[1], ranges[0], texts[1], texts[2], texts[3], texts[4]));
  }

  private static PortRange portRange(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a port number, or a range like \"8000-8010\"";
    if (node.isIntegralNumber()) {
      if (!node.canConvertToInt()) {
        r.problem(path, Problem.INVALID_VALUE, "port " + node.asText() + " is out of range 1-65535", hint);
        return null;
      }
      return r.attempt(path, hint, () -> PortRange.of(node.intValue()));
    }
    if (node.isTextual()) {
      return r.attempt(path, hint, () -> PortRange.parse(node.textValue()));
    }
    r.wrongType(path, "a port number or range", node, hint);
    return null;
  }

  private static ServiceVolume mount(Reading r, JsonNode node, ModelPath path) {
    if (node.isTextual()) {
      return r.attempt(path, VOLUME_HINT, () -> ServiceVolume.parse(node.textValue()));
    }
    Fields f = r.fields(node, path, "a mount", VOLUME_HINT);
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    MountType[] type = new MountType[1];
    String[] texts = new String[3];
    boolean[] readOnly = new boolean[1];
    Object[] options = new Object[3];
    String typeHint = "write bind, volume, tmpfs, npipe, cluster or image";
    f.read("type", (n, p) -> {
      String text = r.string(n, p, typeHint);
      return text == null ? null : r.attempt(p, typeHint, () -> MountType.fromYaml(text));
    }, v -> type[0] = v);
    f.string("source", STRING_HINT, v -> texts[0] = v);
    f.string("target", STRING_HINT, v -> texts[1] = v);
    f.bool("read_only", v -> readOnly[0] = v);
    f.string("consistency", STRING_HINT, v -> texts[2] = v);
    f.read("bind", (n, p) -> bindOptions(r, n, p), v -> options[0] = v);
    f.read("volume", (n, p) -> volumeOptions(r, n, p), v -> options[1] = v);
    f.read("tmpfs", (n, p) -> tmpfsOptions(r, n, p), v -> options[2] = v);
    f.unsupported("image");
    f.finish();
    if (r.since(mark)) {
      return null;
    }
    if (type[0] == null || texts[1] == null) {
      r.missing(path, "mount has no " + (type[0] == null ? "type" : "target"),
          "give at least type and target, e.g. {type: volume, source: data, target: /data}");
      return null;
    }
    return r.attempt(path, VOLUME_HINT, () -> new ServiceVolume(type[0], texts[0], texts[1], readOnly[0], texts[2],
        (BindOptions) options[0], (VolumeOptions) options[1], (TmpfsOptions) options[2]));
  }

  private static BindOptions bindOptions(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "bind options", "write a mapping with propagation, create_host_path, selinux");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    String[] texts = new String[2];
    Boolean[] create = new Boolean[1];
    f.string("propagation", STRING_HINT, v -> texts[0] = v);
    f.bool("create_host_path", v -> create[0] = v);
    f.string("selinux", STRING_HINT, v -> texts[1] = v);
    f.unsupported("recursive");
    f.finish();
    return r.since(mark) ? null : r.attempt(path, "write propagation as one of "
        + String.join(", ", BindOptions.PROPAGATIONS) + ", selinux as z or Z",
        () -> new BindOptions(texts[0], create[0], texts[1]));
  }

  private static VolumeOptions volumeOptions(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "volume options", "write a mapping with nocopy and subpath");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Boolean[] nocopy = new Boolean[1];
    String[] subpath = new String[1];
    f.bool("nocopy", v -> nocopy[0] = v);
    f.string("subpath", STRING_HINT, v -> subpath[0] = v);
    f.finish();
    return r.since(mark) ? null : r.attempt(path.key("subpath"), "write a path relative to the volume's root",
        () -> new VolumeOptions(nocopy[0], subpath[0]));
  }

  private static TmpfsOptions tmpfsOptions(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "tmpfs options", "write a mapping with size and mode");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    ByteSize[] size = new ByteSize[1];
    Integer[] mode = new Integer[1];
    f.size("size", v -> size[0] = v);
    f.integer("mode", v -> mode[0] = v);
    f.finish();
    return r.since(mark) ? null : r.attempt(path.key("mode"), "write the mode as an octal number, e.g. 01777",
        () -> new TmpfsOptions(size[0], mode[0]));
  }

  private static Map<String, ServiceNetwork> networks(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a list of network names, or a mapping of names to aliases and addresses";
    return namesOrMapping(r, node, path, hint, ServiceNetwork.DEFAULT, true, (value, at) -> {
      Fields f = r.fields(value, at, "a service's network", "write a mapping with aliases, ipv4_address ...");
      if (f == null) {
        return null;
      }
      List<String> aliases = new ArrayList<>();
      String[] addresses = new String[2];
      Integer[] priority = new Integer[1];
      f.strings("aliases", false, "write a list of host names", aliases::addAll);
      f.string("ipv4_address", STRING_HINT, v -> addresses[0] = v);
      f.string("ipv6_address", STRING_HINT, v -> addresses[1] = v);
      f.integer("priority", v -> priority[0] = v);
      f.unsupported("link_local_ips", "mac_address", "driver_opts", "gw_priority", "interface_name");
      f.finish();
      return new ServiceNetwork(aliases, addresses[0], addresses[1], priority[0]);
    });
  }

  private static Map<String, Dependency> dependsOn(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a list of service names, or a mapping of names to {condition: service_healthy}";
    return namesOrMapping(r, node, path, hint, Dependency.DEFAULT, false, (value, at) -> {
      Fields f = r.fields(value, at, "a dependency", hint);
      if (f == null) {
        return null;
      }
      int mark = r.mark();
      Condition[] condition = new Condition[1];
      Boolean[] flags = new Boolean[2];
      String conditionHint = "write service_started, service_healthy or service_completed_successfully";
      f.read("condition", (n, p) -> {
        String text = r.string(n, p, conditionHint);
        return text == null ? null : r.attempt(p, conditionHint, () -> Condition.fromYaml(text));
      }, v -> condition[0] = v);
      f.bool("restart", v -> flags[0] = v);
      f.bool("required", v -> flags[1] = v);
      f.finish();
      return r.since(mark) ? null : new Dependency(condition[0], flags[0], flags[1]);
    });
  }

  /**
   * Reads the two forms Compose allows for {@code networks} and {@code depends_on}: a list of names, each with
   * {@code whenNamed}, or a mapping of names to entries read by {@code entry} (null: the entry had problems and is
   * left out). With {@code nullMeansNamed}, a name mapped to null counts as listed.
   */
  private static <V> Map<String, V> namesOrMapping(Reading r, JsonNode node, ModelPath path, String hint,
      V whenNamed, boolean nullMeansNamed, java.util.function.BiFunction<JsonNode, ModelPath, V> entry) {
    Map<String, V> out = new LinkedHashMap<>();
    if (node.isArray()) {
      List<String> names = r.strings(node, path, false, hint);
      if (names == null) {
        return null;
      }
      names.forEach(name -> out.put(name, whenNamed));
      return out;
    }
    if (!node.isObject()) {
      r.wrongType(path, "a list or a mapping", node, hint);
      return null;
    }
    node.fields().forEachRemaining(e -> {
      if (nullMeansNamed && e.getValue().isNull()) {
        out.put(e.getKey(), whenNamed);
        return;
      }
      V value = entry.apply(e.getValue(), path.key(e.getKey()));
      if (value != null) {
        out.put(e.getKey(), value);
      }
    });
    return out;
  }

  private static Healthcheck healthcheck(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "healthcheck", "write a mapping with test, interval, timeout, retries ...");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Healthcheck.Builder b = Healthcheck.builder();
    String testHint = "write a command line (run by the shell), or a list starting with CMD, CMD-SHELL or NONE";
    f.read("test", (n, p) -> {
      if (n.isTextual()) {
        return List.of("CMD-SHELL", n.textValue());
      }
      if (!n.isArray()) {
        r.wrongType(p, "a string or a list of strings", n, testHint);
        return null;
      }
      List<String> test = r.strings(n, p, false, testHint);
      return test == null ? null : r.attempt(p, testHint, () -> Healthcheck.builder().test(test).build().test());
    }, b::test);
    f.duration("interval", b::interval);
    f.duration("timeout", b::timeout);
    f.read("retries", (n, p) -> {
      Integer retries = r.integer(n, p, "write a whole number");
      return retries == null ? null
          : r.attempt(p, "write 0 or more", () -> Healthcheck.builder().retries(retries).build().retries());
    }, b::retries);
    f.duration("start_period", b::startPeriod);
    f.duration("start_interval", b::startInterval);
    f.bool("disable", b::disable);
    f.extensions(b::extension);
    f.finish();
    return r.since(mark) ? null : r.attempt(path, testHint, b::build);
  }

  private static String fileRefHint(String kind) {
    return "write the " + kind + "'s name, or a mapping with source, target, uid, gid and mode";
  }

  private static ServiceFileRef fileRef(Reading r, JsonNode node, ModelPath path, String kind) {
    String hint = fileRefHint(kind);
    if (node.isTextual()) {
      return r.attempt(path, hint, () -> ServiceFileRef.of(node.textValue()));
    }
    Fields f = r.fields(node, path, "a " + kind + " reference", hint);
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    String[] texts = new String[4];
    Integer[] mode = new Integer[1];
    f.string("source", STRING_HINT, v -> texts[0] = v);
    f.string("target", STRING_HINT, v -> texts[1] = v);
    f.string("uid", STRING_HINT, v -> texts[2] = v);
    f.string("gid", STRING_HINT, v -> texts[3] = v);
    f.integer("mode", v -> mode[0] = v);
    f.finish();
    if (r.since(mark)) {
      return null;
    }
    if (texts[0] == null) {
      r.missing(path, kind + " reference has no source", "name the top-level " + kind + " as source");
      return null;
    }
    return r.attempt(path, hint, () -> new ServiceFileRef(texts[0], texts[1], texts[2], texts[3], mode[0]));
  }

  private static Logging logging(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "logging", "write a mapping with driver and options");
    if (f == null) {
      return null;
    }
    Logging.Builder b = Logging.builder();
    f.string("driver", STRING_HINT, b::driver);
    f.stringMap("options", "write a mapping of option names to values", b::options);
    f.finish();
    return b.build();
  }

  private static Deploy deploy(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "deploy", "write a mapping with replicas, resources, restart_policy ...");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Deploy.Builder b = Deploy.builder();
    f.read("mode", (n, p) -> checked(r, n, p, "write replicated, global, replicated-job or global-job",
        text -> Deploy.builder().mode(text).build().mode()), b::mode);
    f.read("replicas", (n, p) -> {
      Integer replicas = r.integer(n, p, "write a whole number");
      return replicas == null ? null
          : r.attempt(p, "write 0 or more", () -> Deploy.builder().replicas(replicas).build().replicas());
    }, b::replicas);
    f.string("endpoint_mode", STRING_HINT, b::endpointMode);
    f.keyValues("labels", BareKey.EMPTY, ENV_HINT, b::labels);
    f.read("resources", (n, p) -> resources(r, n, p), b::resources);
    f.read("restart_policy", (n, p) -> restartPolicy(r, n, p), b::restartPolicy);
    f.read("update_config", (n, p) -> updateConfig(r, n, p), b::updateConfig);
    f.read("rollback_config", (n, p) -> updateConfig(r, n, p), b::rollbackConfig);
    f.read("placement", (n, p) -> placement(r, n, p), b::placement);
    f.extensions(b::extension);
    f.finish();
    return r.since(mark) ? null : b.build();
  }

  /** Reads a string and lets the model check it; returns what {@code check} returns, or null. */
  private static String checked(Reading r, JsonNode node, ModelPath path, String hint, Function<String, String> check) {
    String text = r.string(node, path, hint);
    return text == null ? null : r.attempt(path, hint, () -> check.apply(text));
  }

  private static Resources resources(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "deploy.resources", "write a mapping with limits and reservations");
    if (f == null) {
      return null;
    }
    Resources.Builder b = Resources.builder();
    f.read("limits", (n, p) -> resourceSpec(r, n, p), b::limits);
    f.read("reservations", (n, p) -> resourceSpec(r, n, p), b::reservations);
    f.finish();
    return b.build();
  }

  private static ResourceSpec resourceSpec(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "resource limits", "write a mapping with cpus, memory and pids");
    if (f == null) {
      return null;
    }
    ResourceSpec.Builder b = ResourceSpec.builder();
    String cpusHint = "write the number of CPUs, e.g. 0.5";
    f.read("cpus", (n, p) -> {
      BigDecimal cpus = r.decimal(n, p, cpusHint);
      return cpus == null ? null : r.attempt(p, cpusHint, () -> ResourceSpec.builder().cpus(cpus).build().cpus());
    }, b::cpus);
    f.size("memory", b::memory);
    f.integer("pids", b::pids);
    f.unsupported("devices", "generic_resources");
    f.finish();
    return b.build();
  }

  private static DeployRestartPolicy restartPolicy(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "deploy.restart_policy", "write a mapping with condition, delay ...");
    if (f == null) {
      return null;
    }
    DeployRestartPolicy.Builder b = DeployRestartPolicy.builder();
    f.read("condition", (n, p) -> checked(r, n, p, "write none, on-failure or any",
        text -> DeployRestartPolicy.builder().condition(text).build().condition()), b::condition);
    f.duration("delay", b::delay);
    f.integer("max_attempts", b::maxAttempts);
    f.duration("window", b::window);
    f.finish();
    return b.build();
  }

  private static UpdateConfig updateConfig(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "an update config", "write a mapping with parallelism, delay, order ...");
    if (f == null) {
      return null;
    }
    UpdateConfig.Builder b = UpdateConfig.builder();
    f.integer("parallelism", b::parallelism);
    f.duration("delay", b::delay);
    f.string("failure_action", STRING_HINT, b::failureAction);
    f.duration("monitor", b::monitor);
    f.decimal("max_failure_ratio", "write a number, e.g. 0.1", b::maxFailureRatio);
    f.read("order", (n, p) -> checked(r, n, p, "write start-first or stop-first",
        text -> UpdateConfig.builder().order(text).build().order()), b::order);
    f.finish();
    return b.build();
  }

  private static Placement placement(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "deploy.placement", "write a mapping with constraints and preferences");
    if (f == null) {
      return null;
    }
    Placement.Builder b = Placement.builder();
    f.strings("constraints", false, "write a list of constraints, e.g. node.role==manager", b::constraints);
    f.read("preferences", (n, p) -> list(r, n, p, "write a list of {spread: label}", (r2, n2, p2) -> {
      Fields spread = r2.fields(n2, p2, "a placement preference", "write {spread: node.labels.zone}");
      if (spread == null) {
        return null;
      }
      String[] label = new String[1];
      spread.string("spread", STRING_HINT, v -> label[0] = v);
      spread.finish();
      return label[0];
    }), b::preferences);
    f.integer("max_replicas_per_node", b::maxReplicasPerNode);
    f.finish();
    return b.build();
  }

  private static Map<String, Ulimit> ulimits(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a number, or a mapping with soft and hard";
    if (!node.isObject()) {
      r.wrongType(path, "a mapping of limits", node, hint);
      return null;
    }
    Map<String, Ulimit> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      ModelPath at = path.key(e.getKey());
      JsonNode value = e.getValue();
      if (value.isIntegralNumber()) {
        Integer single = r.integer(value, at, hint);
        if (single != null) {
          out.put(e.getKey(), Ulimit.of(single));
        }
        return;
      }
      Fields f = r.fields(value, at, "a ulimit", hint);
      if (f == null) {
        return;
      }
      int mark = r.mark();
      Integer[] limits = new Integer[2];
      f.integer("soft", v -> limits[0] = v);
      f.integer("hard", v -> limits[1] = v);
      f.finish();
      if (!r.since(mark)) {
        Ulimit limit = r.attempt(at, hint, () -> new Ulimit(null, limits[0], limits[1]));
        if (limit != null) {
          out.put(e.getKey(), limit);
        }
      }
    });
    return out;
  }

  /** Reads extra hosts as a list of {@code HOST:IP} strings or a mapping of hosts to addresses. */
  private static List<String> extraHosts(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a list of \"HOST:IP\" strings, or a mapping of host names to addresses";
    if (node.isObject()) {
      List<String> out = new ArrayList<>();
      node.fields().forEachRemaining(e -> {
        List<String> addresses = r.strings(e.getValue(), path.key(e.getKey()), true, hint);
        if (addresses != null) {
          addresses.forEach(address -> out.add(e.getKey() + ":" + address));
        }
      });
      return out;
    }
    return r.strings(node, path, false, hint);
  }
}
