package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service of a Compose stack, or a layer's fragment of one; immutable.
 *
 * <p>Every attribute of the Compose Specification's service has an accessor; scalars are null and collections
 * empty when absent. Collections keep declaration order. In a layer, a service value is a fragment: what it
 * sets is merged into the base by {@link ServiceAttributes}' rules, and {@link #resets()} says what it removes.
 *
 * <p>A service keeps only the attributes it has, in declaration order: any one service sets few of the sixty-odd,
 * and a stack of thousands of services, resolved in each of its environments, holds hundreds of thousands of
 * services. Two services are {@link #equals equal} when their names and every attribute are.
 */
public final class Service {

  private final String name;
  /** Bit {@code i} is set when attribute {@code i} (in declaration order, name excluded) is present. */
  private final long present;
  /** The present attributes, in declaration order. */
  private final Object[] values;

  private Service(String name, long present, Object[] values) {
    this.name = name;
    this.present = present;
    this.values = values;
  }

  /**
   * Copies collections and checks invariants, naming the offending field; keeps what is present. Returns
   * {@code origin}, the service a builder was made from (so of the same name: a builder's name cannot change),
   * itself when it holds exactly these attributes, each the very object given (the builder left as it was, or set
   * back): that copy would be equal to it.
   */
  private static Service of(
      Service origin,
      String name,
      String image,
      BuildSpec build,
      ExtendsSpec extendsFrom,
      String containerName,
      String hostname,
      String domainname,
      String platform,
      String runtime,
      String pullPolicy,
      Restart restart,
      List<String> profiles,
      Command command,
      Command entrypoint,
      String workingDir,
      String user,
      Map<String, String> environment,
      List<EnvFile> envFiles,
      List<PortMapping> ports,
      List<String> expose,
      List<ServiceVolume> volumes,
      List<String> volumesFrom,
      List<String> tmpfs,
      Map<String, ServiceNetwork> networks,
      String networkMode,
      Map<String, Dependency> dependsOn,
      List<String> links,
      Healthcheck healthcheck,
      List<ServiceFileRef> secrets,
      List<ServiceFileRef> configs,
      Map<String, String> labels,
      Logging logging,
      Deploy deploy,
      ByteSize memLimit,
      ByteSize memReservation,
      BigDecimal cpus,
      ByteSize shmSize,
      Map<String, Ulimit> ulimits,
      List<String> extraHosts,
      List<String> dns,
      List<String> dnsSearch,
      List<String> dnsOpt,
      List<String> capAdd,
      List<String> capDrop,
      List<String> securityOpt,
      List<String> groupAdd,
      List<String> devices,
      Boolean privileged,
      Boolean readOnly,
      Boolean init,
      Boolean stdinOpen,
      Boolean tty,
      String pid,
      String ipc,
      String stopSignal,
      ComposeDuration stopGracePeriod,
      Map<String, String> sysctls,
      Map<String, Object> extensions,
      List<Reset> resets,
      GeneratedBuild generatedBuild,
      String imageOf) {
    profiles = Copies.list(profiles, "profiles");
    environment = Copies.mapAllowingNullValues(environment, "environment");
    envFiles = Copies.list(envFiles, "env_file");
    ports = Copies.list(ports, "ports");
    expose = Copies.list(expose, "expose");
    volumes = Copies.list(volumes, "volumes");
    volumesFrom = Copies.list(volumesFrom, "volumes_from");
    tmpfs = Copies.list(tmpfs, "tmpfs");
    networks = Copies.map(networks, "networks");
    dependsOn = Copies.map(dependsOn, "depends_on");
    links = Copies.list(links, "links");
    secrets = Copies.list(secrets, "secrets");
    configs = Copies.list(configs, "configs");
    labels = Copies.map(labels, "labels");
    ulimits = Copies.map(ulimits, "ulimits");
    extraHosts = Copies.list(extraHosts, "extra_hosts");
    dns = Copies.list(dns, "dns");
    dnsSearch = Copies.list(dnsSearch, "dns_search");
    dnsOpt = Copies.list(dnsOpt, "dns_opt");
    capAdd = Copies.list(capAdd, "cap_add");
    capDrop = Copies.list(capDrop, "cap_drop");
    securityOpt = Copies.list(securityOpt, "security_opt");
    groupAdd = Copies.list(groupAdd, "group_add");
    devices = Copies.list(devices, "devices");
    sysctls = Copies.map(sysctls, "sysctls");
    extensions = Copies.extensions(extensions, "x-*");
    resets = Copies.list(resets, "(resets)");
    checkName(name);
    if (imageOf != null && (image != null || build != null || generatedBuild != null)) {
      throw new IllegalArgumentException("service " + name + ": image_of runs another service's image; do not also set image or build");
    }
    if (generatedBuild != null && build != null) {
      throw new IllegalArgumentException("service " + name + ": set build or a generated Dockerfile, not both");
    }
    if (cpus != null && cpus.signum() < 0) {
      throw new IllegalArgumentException("cpus must not be negative, got " + cpus.toPlainString());
    }
    Object[] all = {
        image, build, extendsFrom, containerName, hostname, domainname, platform, runtime, pullPolicy, restart,
        profiles, command, entrypoint, workingDir, user, environment, envFiles, ports, expose, volumes, volumesFrom,
        tmpfs, networks, networkMode, dependsOn, links, healthcheck, secrets, configs, labels, logging, deploy,
        memLimit, memReservation, cpus, shmSize, ulimits, extraHosts, dns, dnsSearch, dnsOpt, capAdd, capDrop,
        securityOpt, groupAdd, devices, privileged, readOnly, init, stdinOpen, tty, pid, ipc, stopSignal,
        stopGracePeriod, sysctls, extensions, resets, generatedBuild, imageOf};
    long bits = 0;
    int count = 0;
    for (int i = 0; i < all.length; i++) {
      if (!isAbsent(all[i])) {
        bits |= 1L << i;
        count++;
      }
    }
    if (origin != null && origin.holds(bits, all)) {
      return origin;
    }
    Object[] kept = new Object[count];
    for (int i = 0, k = 0; i < all.length; i++) {
      if ((bits & 1L << i) != 0) {
        kept[k++] = all[i];
      }
    }
    return new Service(name, bits, kept);
  }

  /** Returns whether this service's attributes are those of {@code bits} and {@code all}, each the very object. */
  private boolean holds(long bits, Object[] all) {
    if (bits != present) {
      return false;
    }
    for (int i = 0, k = 0; i < all.length; i++) {
      if ((bits & 1L << i) != 0 && values[k++] != all[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code value} stands for an absent attribute: null, or an empty list or map. */
  private static boolean isAbsent(Object value) {
    return value == null || value instanceof List<?> list && list.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty();
  }

  /** Returns attribute {@code index} (in declaration order, name excluded), or {@code absent}. */
  private Object get(int index, Object absent) {
    long bit = 1L << index;
    return (present & bit) == 0 ? absent : values[Long.bitCount(present & (bit - 1))];
  }

  /** Returns the service's name, unique in its stack; never null. */
  public String name() {
    return name;
  }

  /** Returns the image value, or null when absent. */
  public String image() {
    return (String) get(0, null);
  }

  /** Returns the build value, or null when absent. */
  public BuildSpec build() {
    return (BuildSpec) get(1, null);
  }

  /** Returns the extends value, or null when absent. */
  public ExtendsSpec extendsFrom() {
    return (ExtendsSpec) get(2, null);
  }

  /** Returns the container_name value, or null when absent. */
  public String containerName() {
    return (String) get(3, null);
  }

  /** Returns the hostname value, or null when absent. */
  public String hostname() {
    return (String) get(4, null);
  }

  /** Returns the domainname value, or null when absent. */
  public String domainname() {
    return (String) get(5, null);
  }

  /** Returns the platform value, or null when absent. */
  public String platform() {
    return (String) get(6, null);
  }

  /** Returns the runtime value (the OCI runtime to run the container with, e.g. {@code runc}), or null when absent. */
  public String runtime() {
    return (String) get(7, null);
  }

  /** Returns the pull_policy value, or null when absent. */
  public String pullPolicy() {
    return (String) get(8, null);
  }

  /** Returns the restart value, or null when absent. */
  public Restart restart() {
    return (Restart) get(9, null);
  }

  /** Returns the profiles entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> profiles() {
    return (List<String>) get(10, List.of());
  }

  /** Returns the command value, or null when absent. */
  public Command command() {
    return (Command) get(11, null);
  }

  /** Returns the entrypoint value, or null when absent. */
  public Command entrypoint() {
    return (Command) get(12, null);
  }

  /** Returns the working_dir value, or null when absent. */
  public String workingDir() {
    return (String) get(13, null);
  }

  /** Returns the user value, or null when absent. */
  public String user() {
    return (String) get(14, null);
  }

  /** Returns the environment entries in declaration order; a null value means the key without a value; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, String> environment() {
    return (Map<String, String>) get(15, Map.of());
  }

  /** Returns the env_file entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<EnvFile> envFiles() {
    return (List<EnvFile>) get(16, List.of());
  }

  /** Returns the ports entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<PortMapping> ports() {
    return (List<PortMapping>) get(17, List.of());
  }

  /** Returns the expose entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> expose() {
    return (List<String>) get(18, List.of());
  }

  /** Returns the volumes entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<ServiceVolume> volumes() {
    return (List<ServiceVolume>) get(19, List.of());
  }

  /** Returns the volumes_from entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> volumesFrom() {
    return (List<String>) get(20, List.of());
  }

  /** Returns the tmpfs entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> tmpfs() {
    return (List<String>) get(21, List.of());
  }

  /** Returns the networks entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, ServiceNetwork> networks() {
    return (Map<String, ServiceNetwork>) get(22, Map.of());
  }

  /** Returns the network_mode value, or null when absent. */
  public String networkMode() {
    return (String) get(23, null);
  }

  /** Returns the depends_on entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, Dependency> dependsOn() {
    return (Map<String, Dependency>) get(24, Map.of());
  }

  /** Returns the links entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> links() {
    return (List<String>) get(25, List.of());
  }

  /** Returns the healthcheck value, or null when absent. */
  public Healthcheck healthcheck() {
    return (Healthcheck) get(26, null);
  }

  /** Returns the secrets entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<ServiceFileRef> secrets() {
    return (List<ServiceFileRef>) get(27, List.of());
  }

  /** Returns the configs entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<ServiceFileRef> configs() {
    return (List<ServiceFileRef>) get(28, List.of());
  }

  /** Returns the labels entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, String> labels() {
    return (Map<String, String>) get(29, Map.of());
  }

  /** Returns the logging value, or null when absent. */
  public Logging logging() {
    return (Logging) get(30, null);
  }

  /** Returns the deploy value, or null when absent. */
  public Deploy deploy() {
    return (Deploy) get(31, null);
  }

  /** Returns the mem_limit value, or null when absent. */
  public ByteSize memLimit() {
    return (ByteSize) get(32, null);
  }

  /** Returns the mem_reservation value, or null when absent. */
  public ByteSize memReservation() {
    return (ByteSize) get(33, null);
  }

  /** Returns the cpus value, or null when absent. */
  public BigDecimal cpus() {
    return (BigDecimal) get(34, null);
  }

  /** Returns the shm_size value, or null when absent. */
  public ByteSize shmSize() {
    return (ByteSize) get(35, null);
  }

  /** Returns the ulimits entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, Ulimit> ulimits() {
    return (Map<String, Ulimit>) get(36, Map.of());
  }

  /** Returns the extra_hosts entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> extraHosts() {
    return (List<String>) get(37, List.of());
  }

  /** Returns the dns entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> dns() {
    return (List<String>) get(38, List.of());
  }

  /** Returns the dns_search entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> dnsSearch() {
    return (List<String>) get(39, List.of());
  }

  /** Returns the dns_opt entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> dnsOpt() {
    return (List<String>) get(40, List.of());
  }

  /** Returns the cap_add entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> capAdd() {
    return (List<String>) get(41, List.of());
  }

  /** Returns the cap_drop entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> capDrop() {
    return (List<String>) get(42, List.of());
  }

  /** Returns the security_opt entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> securityOpt() {
    return (List<String>) get(43, List.of());
  }

  /** Returns the group_add entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> groupAdd() {
    return (List<String>) get(44, List.of());
  }

  /** Returns the devices entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public List<String> devices() {
    return (List<String>) get(45, List.of());
  }

  /** Returns the privileged value, or null when absent. */
  public Boolean privileged() {
    return (Boolean) get(46, null);
  }

  /** Returns the read_only value, or null when absent. */
  public Boolean readOnly() {
    return (Boolean) get(47, null);
  }

  /** Returns the init value, or null when absent. */
  public Boolean init() {
    return (Boolean) get(48, null);
  }

  /** Returns the stdin_open value, or null when absent. */
  public Boolean stdinOpen() {
    return (Boolean) get(49, null);
  }

  /** Returns the tty value, or null when absent. */
  public Boolean tty() {
    return (Boolean) get(50, null);
  }

  /** Returns the pid value, or null when absent. */
  public String pid() {
    return (String) get(51, null);
  }

  /** Returns the ipc value, or null when absent. */
  public String ipc() {
    return (String) get(52, null);
  }

  /** Returns the stop_signal value, or null when absent. */
  public String stopSignal() {
    return (String) get(53, null);
  }

  /** Returns the stop_grace_period value, or null when absent. */
  public ComposeDuration stopGracePeriod() {
    return (ComposeDuration) get(54, null);
  }

  /** Returns the sysctls entries in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, String> sysctls() {
    return (Map<String, String>) get(55, Map.of());
  }

  /** Returns the {@code x-*} extension values in declaration order; never null. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> extensions() {
    return (Map<String, Object>) get(56, Map.of());
  }

  /** Returns what this fragment removes from the service it patches (only in a layer); never null. */
  @SuppressWarnings("unchecked")
  public List<Reset> resets() {
    return (List<Reset>) get(57, List.of());
  }

  /** Returns the Dockerfile composegen generates and builds this service's image from, or null; the generator turns it into {@code build}. */
  public GeneratedBuild generatedBuild() {
    return (GeneratedBuild) get(58, null);
  }

  /** Returns the service whose built image this one runs, or null; the generator turns it into {@code image}. */
  public String imageOf() {
    return (String) get(59, null);
  }

  /** Returns true for a service of the same name with the same attributes. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Service that && name.equals(that.name) && present == that.present
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return (31 * name.hashCode() + Long.hashCode(present)) * 31 + Arrays.hashCode(values);
  }

  /** Returns every attribute as {@code Service[name=web, image=nginx:1.27, build=null, ...]}. */
  @Override
  public String toString() {
    return "Service[name=" + name
        + ", image=" + image()
        + ", build=" + build()
        + ", extendsFrom=" + extendsFrom()
        + ", containerName=" + containerName()
        + ", hostname=" + hostname()
        + ", domainname=" + domainname()
        + ", platform=" + platform()
        + ", runtime=" + runtime()
        + ", pullPolicy=" + pullPolicy()
        + ", restart=" + restart()
        + ", profiles=" + profiles()
        + ", command=" + command()
        + ", entrypoint=" + entrypoint()
        + ", workingDir=" + workingDir()
        + ", user=" + user()
        + ", environment=" + environment()
        + ", envFiles=" + envFiles()
        + ", ports=" + ports()
        + ", expose=" + expose()
        + ", volumes=" + volumes()
        + ", volumesFrom=" + volumesFrom()
        + ", tmpfs=" + tmpfs()
        + ", networks=" + networks()
        + ", networkMode=" + networkMode()
        + ", dependsOn=" + dependsOn()
        + ", links=" + links()
        + ", healthcheck=" + healthcheck()
        + ", secrets=" + secrets()
        + ", configs=" + configs()
        + ", labels=" + labels()
        + ", logging=" + logging()
        + ", deploy=" + deploy()
        + ", memLimit=" + memLimit()
        + ", memReservation=" + memReservation()
        + ", cpus=" + cpus()
        + ", shmSize=" + shmSize()
        + ", ulimits=" + ulimits()
        + ", extraHosts=" + extraHosts()
        + ", dns=" + dns()
        + ", dnsSearch=" + dnsSearch()
        + ", dnsOpt=" + dnsOpt()
        + ", capAdd=" + capAdd()
        + ", capDrop=" + capDrop()
        + ", securityOpt=" + securityOpt()
        + ", groupAdd=" + groupAdd()
        + ", devices=" + devices()
        + ", privileged=" + privileged()
        + ", readOnly=" + readOnly()
        + ", init=" + init()
        + ", stdinOpen=" + stdinOpen()
        + ", tty=" + tty()
        + ", pid=" + pid()
        + ", ipc=" + ipc()
        + ", stopSignal=" + stopSignal()
        + ", stopGracePeriod=" + stopGracePeriod()
        + ", sysctls=" + sysctls()
        + ", extensions=" + extensions()
        + ", resets=" + resets()
        + ", generatedBuild=" + generatedBuild()
        + ", imageOf=" + imageOf() + "]";
  }


  /** The name of a layer's fragment that applies to every service of its environment. */
  public static final String ALL_SERVICES = "*";

  /** Pattern of the names Compose accepts for services. */
  public static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  private static void checkName(String name) {
    Copies.nonBlank(name, "service name");
    if (!name.equals(ALL_SERVICES) && !isValidName(name)) {
      throw new IllegalArgumentException("invalid service name \"" + name
          + "\": use letters, digits, '_', '.' and '-', starting with a letter or digit");
    }
  }

  /** Whether {@code name} matches {@link #NAME}; by hand, since every service built checks its name. */
  private static boolean isValidName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!letterOrDigit && (i == 0 || c != '_' && c != '.' && c != '-')) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  /** Returns a builder of the service {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.image = image();
    b.build = build();
    b.extendsFrom = extendsFrom();
    b.containerName = containerName();
    b.hostname = hostname();
    b.domainname = domainname();
    b.platform = platform();
    b.runtime = runtime();
    b.pullPolicy = pullPolicy();
    b.restart = restart();
    b.profiles = profiles();
    b.command = command();
    b.entrypoint = entrypoint();
    b.workingDir = workingDir();
    b.user = user();
    b.environment = environment();
    b.envFiles = envFiles();
    b.ports = ports();
    b.expose = expose();
    b.volumes = volumes();
    b.volumesFrom = volumesFrom();
    b.tmpfs = tmpfs();
    b.networks = networks();
    b.networkMode = networkMode();
    b.dependsOn = dependsOn();
    b.links = links();
    b.healthcheck = healthcheck();
    b.secrets = secrets();
    b.configs = configs();
    b.labels = labels();
    b.logging = logging();
    b.deploy = deploy();
    b.memLimit = memLimit();
    b.memReservation = memReservation();
    b.cpus = cpus();
    b.shmSize = shmSize();
    b.ulimits = ulimits();
    b.extraHosts = extraHosts();
    b.dns = dns();
    b.dnsSearch = dnsSearch();
    b.dnsOpt = dnsOpt();
    b.capAdd = capAdd();
    b.capDrop = capDrop();
    b.securityOpt = securityOpt();
    b.groupAdd = groupAdd();
    b.devices = devices();
    b.privileged = privileged();
    b.readOnly = readOnly();
    b.init = init();
    b.stdinOpen = stdinOpen();
    b.tty = tty();
    b.pid = pid();
    b.ipc = ipc();
    b.stopSignal = stopSignal();
    b.stopGracePeriod = stopGracePeriod();
    b.sysctls = sysctls();
    b.extensions = extensions();
    b.resets = resets();
    b.generatedBuild = generatedBuild();
    b.imageOf = imageOf();
    b.origin = this;
    return b;
  }

  /**
   * Returns this service under another name: every attribute, its resets included, is this one's. Returns this
   * service when the name is its own.
   *
   * @throws IllegalArgumentException when {@code name} is not a valid service name (nor {@value #ALL_SERVICES})
   */
  public Service withName(String name) {
    if (this.name.equals(name)) {
      return this;
    }
    checkName(name);
    return new Service(name, present, values); // the values are immutable, so shared
  }

  /**
   * Returns the attributes present as bits: bit {@code i} set when attribute {@code i} in declaration order is, the
   * order of {@link ServiceAttributes#all()} followed by resets, generated build and image_of.
   */
  long presentBits() {
    return present;
  }

  /** Returns true when this value sets nothing but its name (an empty layer fragment). */
  public boolean isEmptyFragment() {
    return present == 0;
  }

  /** Mutable builder of {@link Service}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String name;
    private String image;
    private BuildSpec build;
    private ExtendsSpec extendsFrom;
    private String containerName;
    private String hostname;
    private String domainname;
    private String platform;
    private String runtime;
    private String pullPolicy;
    private Restart restart;
    private List<String> profiles = List.of();
    private Command command;
    private Command entrypoint;
    private String workingDir;
    private String user;
    private Map<String, String> environment = Map.of();
    private List<EnvFile> envFiles = List.of();
    private List<PortMapping> ports = List.of();
    private List<String> expose = List.of();
    private List<ServiceVolume> volumes = List.of();
    private List<String> volumesFrom = List.of();
    private List<String> tmpfs = List.of();
    private Map<String, ServiceNetwork> networks = Map.of();
    private String networkMode;
    private Map<String, Dependency> dependsOn = Map.of();
    private List<String> links = List.of();
    private Healthcheck healthcheck;
    private List<ServiceFileRef> secrets = List.of();
    private List<ServiceFileRef> configs = List.of();
    private Map<String, String> labels = Map.of();
    private Logging logging;
    private Deploy deploy;
    private ByteSize memLimit;
    private ByteSize memReservation;
    private BigDecimal cpus;
    private ByteSize shmSize;
    private Map<String, Ulimit> ulimits = Map.of();
    private List<String> extraHosts = List.of();
    private List<String> dns = List.of();
    private List<String> dnsSearch = List.of();
    private List<String> dnsOpt = List.of();
    private List<String> capAdd = List.of();
    private List<String> capDrop = List.of();
    private List<String> securityOpt = List.of();
    private List<String> groupAdd = List.of();
    private List<String> devices = List.of();
    private Boolean privileged;
    private Boolean readOnly;
    private Boolean init;
    private Boolean stdinOpen;
    private Boolean tty;
    private String pid;
    private String ipc;
    private String stopSignal;
    private ComposeDuration stopGracePeriod;
    private Map<String, String> sysctls = Map.of();
    private Map<String, Object> extensions = Map.of();
    private List<Reset> resets = List.of();
    private GeneratedBuild generatedBuild;
    private String imageOf;
    /** The service {@link #toBuilder()} made this builder from, which {@link #build()} returns when nothing changed. */
    private Service origin;

    Builder(String name) {
      this.name = name;
    }

    /** Returns the service's name. */
    public String name() {
      return name;
    }

    /** Sets image: the image value, or null when absent. */
    public Builder image(String value) {
      this.image = value;
      return this;
    }

    /** Sets build: the build value, or null when absent. */
    public Builder build(BuildSpec value) {
      this.build = value;
      return this;
    }

    /** Sets extends: the extends value, or null when absent. */
    public Builder extendsFrom(ExtendsSpec value) {
      this.extendsFrom = value;
      return this;
    }

    /** Sets container_name: the container_name value, or null when absent. */
    public Builder containerName(String value) {
      this.containerName = value;
      return this;
    }

    /** Sets hostname: the hostname value, or null when absent. */
    public Builder hostname(String value) {
      this.hostname = value;
      return this;
    }

    /** Sets domainname: the domainname value, or null when absent. */
    public Builder domainname(String value) {
      this.domainname = value;
      return this;
    }

    /** Sets platform: the platform value, or null when absent. */
    public Builder platform(String value) {
      this.platform = value;
      return this;
    }

    /** Sets runtime: the OCI runtime to run the container with, e.g. {@code runc}, or null when absent. */
    public Builder runtime(String value) {
      this.runtime = value;
      return this;
    }

    /** Sets pull_policy: the pull_policy value, or null when absent. */
    public Builder pullPolicy(String value) {
      this.pullPolicy = value;
      return this;
    }

    /** Sets restart: the restart value, or null when absent. */
    public Builder restart(Restart value) {
      this.restart = value;
      return this;
    }

    /** Replaces profiles: the profiles entries in declaration order; never null. */
    public Builder profiles(List<? extends String> values) {
      this.profiles = Copies.builderList(values, "profiles entry");
      return this;
    }

    /** Appends one entry to profiles. */
    public Builder profile(String value) {
      this.profiles = Copies.mutable(this.profiles);
      this.profiles.add(Objects.requireNonNull(value, "profiles entry"));
      return this;
    }

    /** Sets command: the command value, or null when absent. */
    public Builder command(Command value) {
      this.command = value;
      return this;
    }

    /** Sets entrypoint: the entrypoint value, or null when absent. */
    public Builder entrypoint(Command value) {
      this.entrypoint = value;
      return this;
    }

    /** Sets working_dir: the working_dir value, or null when absent. */
    public Builder workingDir(String value) {
      this.workingDir = value;
      return this;
    }

    /** Sets user: the user value, or null when absent. */
    public Builder user(String value) {
      this.user = value;
      return this;
    }

    /** Replaces environment: the environment entries in declaration order; a null value means the key without a value; never null. */
    public Builder environment(Map<String, ? extends String> values) {
      this.environment = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of environment, keeping the others. */
    public Builder env(String key, String value) {
      this.environment = Copies.mutable(this.environment);
      this.environment.put(Objects.requireNonNull(key, "environment key"), value);
      return this;
    }

    /** Replaces env_file: the env_file entries in declaration order; never null. */
    public Builder envFiles(List<? extends EnvFile> values) {
      this.envFiles = Copies.builderList(values, "env_file entry");
      return this;
    }

    /** Appends one entry to env_file. */
    public Builder envFile(EnvFile value) {
      this.envFiles = Copies.mutable(this.envFiles);
      this.envFiles.add(Objects.requireNonNull(value, "env_file entry"));
      return this;
    }

    /** Replaces ports: the ports entries in declaration order; never null. */
    public Builder ports(List<? extends PortMapping> values) {
      this.ports = Copies.builderList(values, "ports entry");
      return this;
    }

    /** Appends one entry to ports. */
    public Builder port(PortMapping value) {
      this.ports = Copies.mutable(this.ports);
      this.ports.add(Objects.requireNonNull(value, "ports entry"));
      return this;
    }

    /** Replaces expose: the expose entries in declaration order; never null. */
    public Builder expose(List<? extends String> values) {
      this.expose = Copies.builderList(values, "expose entry");
      return this;
    }

    /** Appends one entry to expose. */
    public Builder exposePort(String value) {
      this.expose = Copies.mutable(this.expose);
      this.expose.add(Objects.requireNonNull(value, "expose entry"));
      return this;
    }

    /** Replaces volumes: the volumes entries in declaration order; never null. */
    public Builder volumes(List<? extends ServiceVolume> values) {
      this.volumes = Copies.builderList(values, "volumes entry");
      return this;
    }

    /** Appends one entry to volumes. */
    public Builder volume(ServiceVolume value) {
      this.volumes = Copies.mutable(this.volumes);
      this.volumes.add(Objects.requireNonNull(value, "volumes entry"));
      return this;
    }

    /** Replaces volumes_from: the volumes_from entries in declaration order; never null. */
    public Builder volumesFrom(List<? extends String> values) {
      this.volumesFrom = Copies.builderList(values, "volumes_from entry");
      return this;
    }

    /** Appends one entry to volumes_from. */
    public Builder volumeFrom(String value) {
      this.volumesFrom = Copies.mutable(this.volumesFrom);
      this.volumesFrom.add(Objects.requireNonNull(value, "volumes_from entry"));
      return this;
    }

    /** Replaces tmpfs: the tmpfs entries in declaration order; never null. */
    public Builder tmpfs(List<? extends String> values) {
      this.tmpfs = Copies.builderList(values, "tmpfs entry");
      return this;
    }

    /** Appends one entry to tmpfs. */
    public Builder tmpfsPath(String value) {
      this.tmpfs = Copies.mutable(this.tmpfs);
      this.tmpfs.add(Objects.requireNonNull(value, "tmpfs entry"));
      return this;
    }

    /** Replaces networks: the networks entries in declaration order; never null. */
    public Builder networks(Map<String, ? extends ServiceNetwork> values) {
      this.networks = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of networks, keeping the others. */
    public Builder network(String key, ServiceNetwork value) {
      this.networks = Copies.mutable(this.networks);
      this.networks.put(Objects.requireNonNull(key, "networks key"), Objects.requireNonNull(value, "networks." + key));
      return this;
    }

    /** Sets network_mode: the network_mode value, or null when absent. */
    public Builder networkMode(String value) {
      this.networkMode = value;
      return this;
    }

    /** Replaces depends_on: the depends_on entries in declaration order; never null. */
    public Builder dependsOn(Map<String, ? extends Dependency> values) {
      this.dependsOn = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of depends_on, keeping the others. */
    public Builder dependsOn(String key, Dependency value) {
      this.dependsOn = Copies.mutable(this.dependsOn);
      this.dependsOn.put(Objects.requireNonNull(key, "depends_on key"), Objects.requireNonNull(value, "depends_on." + key));
      return this;
    }

    /** Replaces links: the links entries in declaration order; never null. */
    public Builder links(List<? extends String> values) {
      this.links = Copies.builderList(values, "links entry");
      return this;
    }

    /** Appends one entry to links. */
    public Builder link(String value) {
      this.links = Copies.mutable(this.links);
      this.links.add(Objects.requireNonNull(value, "links entry"));
      return this;
    }

    /** Sets healthcheck: the healthcheck value, or null when absent. */
    public Builder healthcheck(Healthcheck value) {
      this.healthcheck = value;
      return this;
    }

    /** Replaces secrets: the secrets entries in declaration order; never null. */
    public Builder secrets(List<? extends ServiceFileRef> values) {
      this.secrets = Copies.builderList(values, "secrets entry");
      return this;
    }

    /** Appends one entry to secrets. */
    public Builder secret(ServiceFileRef value) {
      this.secrets = Copies.mutable(this.secrets);
      this.secrets.add(Objects.requireNonNull(value, "secrets entry"));
      return this;
    }

    /** Replaces configs: the configs entries in declaration order; never null. */
    public Builder configs(List<? extends ServiceFileRef> values) {
      this.configs = Copies.builderList(values, "configs entry");
      return this;
    }

    /** Appends one entry to configs. */
    public Builder config(ServiceFileRef value) {
      this.configs = Copies.mutable(this.configs);
      this.configs.add(Objects.requireNonNull(value, "configs entry"));
      return this;
    }

    /** Replaces labels: the labels entries in declaration order; never null. */
    public Builder labels(Map<String, ? extends String> values) {
      this.labels = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of labels, keeping the others. */
    public Builder label(String key, String value) {
      this.labels = Copies.mutable(this.labels);
      this.labels.put(Objects.requireNonNull(key, "labels key"), Objects.requireNonNull(value, "labels." + key));
      return this;
    }

    /** Sets logging: the logging value, or null when absent. */
    public Builder logging(Logging value) {
      this.logging = value;
      return this;
    }

    /** Sets deploy: the deploy value, or null when absent. */
    public Builder deploy(Deploy value) {
      this.deploy = value;
      return this;
    }

    /** Sets mem_limit: the mem_limit value, or null when absent. */
    public Builder memLimit(ByteSize value) {
      this.memLimit = value;
      return this;
    }

    /** Sets mem_reservation: the mem_reservation value, or null when absent. */
    public Builder memReservation(ByteSize value) {
      this.memReservation = value;
      return this;
    }

    /** Sets cpus: the cpus value, or null when absent. */
    public Builder cpus(BigDecimal value) {
      this.cpus = value;
      return this;
    }

    /** Sets shm_size: the shm_size value, or null when absent. */
    public Builder shmSize(ByteSize value) {
      this.shmSize = value;
      return this;
    }

    /** Replaces ulimits: the ulimits entries in declaration order; never null. */
    public Builder ulimits(Map<String, ? extends Ulimit> values) {
      this.ulimits = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of ulimits, keeping the others. */
    public Builder ulimit(String key, Ulimit value) {
      this.ulimits = Copies.mutable(this.ulimits);
      this.ulimits.put(Objects.requireNonNull(key, "ulimits key"), Objects.requireNonNull(value, "ulimits." + key));
      return this;
    }

    /** Replaces extra_hosts: the extra_hosts entries in declaration order; never null. */
    public Builder extraHosts(List<? extends String> values) {
      this.extraHosts = Copies.builderList(values, "extra_hosts entry");
      return this;
    }

    /** Appends one entry to extra_hosts. */
    public Builder extraHost(String value) {
      this.extraHosts = Copies.mutable(this.extraHosts);
      this.extraHosts.add(Objects.requireNonNull(value, "extra_hosts entry"));
      return this;
    }

    /** Replaces dns: the dns entries in declaration order; never null. */
    public Builder dns(List<? extends String> values) {
      this.dns = Copies.builderList(values, "dns entry");
      return this;
    }

    /** Appends one entry to dns. */
    public Builder dnsServer(String value) {
      this.dns = Copies.mutable(this.dns);
      this.dns.add(Objects.requireNonNull(value, "dns entry"));
      return this;
    }

    /** Replaces dns_search: the dns_search entries in declaration order; never null. */
    public Builder dnsSearch(List<? extends String> values) {
      this.dnsSearch = Copies.builderList(values, "dns_search entry");
      return this;
    }

    /** Appends one entry to dns_search. */
    public Builder dnsSearchDomain(String value) {
      this.dnsSearch = Copies.mutable(this.dnsSearch);
      this.dnsSearch.add(Objects.requireNonNull(value, "dns_search entry"));
      return this;
    }

    /** Replaces dns_opt: the dns_opt entries in declaration order; never null. */
    public Builder dnsOpt(List<? extends String> values) {
      this.dnsOpt = Copies.builderList(values, "dns_opt entry");
      return this;
    }

    /** Appends one entry to dns_opt. */
    public Builder dnsOption(String value) {
      this.dnsOpt = Copies.mutable(this.dnsOpt);
      this.dnsOpt.add(Objects.requireNonNull(value, "dns_opt entry"));
      return this;
    }

    /** Replaces cap_add: the cap_add entries in declaration order; never null. */
    public Builder capAdd(List<? extends String> values) {
      this.capAdd = Copies.builderList(values, "cap_add entry");
      return this;
    }

    /** Appends one entry to cap_add. */
    public Builder addCapability(String value) {
      this.capAdd = Copies.mutable(this.capAdd);
      this.capAdd.add(Objects.requireNonNull(value, "cap_add entry"));
      return this;
    }

    /** Replaces cap_drop: the cap_drop entries in declaration order; never null. */
    public Builder capDrop(List<? extends String> values) {
      this.capDrop = Copies.builderList(values, "cap_drop entry");
      return this;
    }

    /** Appends one entry to cap_drop. */
    public Builder dropCapability(String value) {
      this.capDrop = Copies.mutable(this.capDrop);
      this.capDrop.add(Objects.requireNonNull(value, "cap_drop entry"));
      return this;
    }

    /** Replaces security_opt: the security_opt entries in declaration order; never null. */
    public Builder securityOpt(List<? extends String> values) {
      this.securityOpt = Copies.builderList(values, "security_opt entry");
      return this;
    }

    /** Appends one entry to security_opt. */
    public Builder securityOption(String value) {
      this.securityOpt = Copies.mutable(this.securityOpt);
      this.securityOpt.add(Objects.requireNonNull(value, "security_opt entry"));
      return this;
    }

    /** Replaces group_add: the group_add entries in declaration order; never null. */
    public Builder groupAdd(List<? extends String> values) {
      this.groupAdd = Copies.builderList(values, "group_add entry");
      return this;
    }

    /** Appends one entry to group_add. */
    public Builder additionalGroup(String value) {
      this.groupAdd = Copies.mutable(this.groupAdd);
      this.groupAdd.add(Objects.requireNonNull(value, "group_add entry"));
      return this;
    }

    /** Replaces devices: the devices entries in declaration order; never null. */
    public Builder devices(List<? extends String> values) {
      this.devices = Copies.builderList(values, "devices entry");
      return this;
    }

    /** Appends one entry to devices. */
    public Builder device(String value) {
      this.devices = Copies.mutable(this.devices);
      this.devices.add(Objects.requireNonNull(value, "devices entry"));
      return this;
    }

    /** Sets privileged: the privileged value, or null when absent. */
    public Builder privileged(Boolean value) {
      this.privileged = value;
      return this;
    }

    /** Sets read_only: the read_only value, or null when absent. */
    public Builder readOnly(Boolean value) {
      this.readOnly = value;
      return this;
    }

    /** Sets init: the init value, or null when absent. */
    public Builder init(Boolean value) {
      this.init = value;
      return this;
    }

    /** Sets stdin_open: the stdin_open value, or null when absent. */
    public Builder stdinOpen(Boolean value) {
      this.stdinOpen = value;
      return this;
    }

    /** Sets tty: the tty value, or null when absent. */
    public Builder tty(Boolean value) {
      this.tty = value;
      return this;
    }

    /** Sets pid: the pid value, or null when absent. */
    public Builder pid(String value) {
      this.pid = value;
      return this;
    }

    /** Sets ipc: the ipc value, or null when absent. */
    public Builder ipc(String value) {
      this.ipc = value;
      return this;
    }

    /** Sets stop_signal: the stop_signal value, or null when absent. */
    public Builder stopSignal(String value) {
      this.stopSignal = value;
      return this;
    }

    /** Sets stop_grace_period: the stop_grace_period value, or null when absent. */
    public Builder stopGracePeriod(ComposeDuration value) {
      this.stopGracePeriod = value;
      return this;
    }

    /** Replaces sysctls: the sysctls entries in declaration order; never null. */
    public Builder sysctls(Map<String, ? extends String> values) {
      this.sysctls = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of sysctls, keeping the others. */
    public Builder sysctl(String key, String value) {
      this.sysctls = Copies.mutable(this.sysctls);
      this.sysctls.put(Objects.requireNonNull(key, "sysctls key"), Objects.requireNonNull(value, "sysctls." + key));
      return this;
    }

    /** Replaces x-*: the {@code x-*} extension values in declaration order; never null. */
    public Builder extensions(Map<String, ? extends Object> values) {
      this.extensions = Copies.builderMap(values);
      return this;
    }

    /** Sets one entry of x-*, keeping the others. */
    public Builder extension(String key, Object value) {
      this.extensions = Copies.mutable(this.extensions);
      this.extensions.put(Objects.requireNonNull(key, "x-* key"), value);
      return this;
    }

    /** Replaces (resets): what this fragment removes from the service it patches (only in a layer); never null. */
    public Builder resets(List<? extends Reset> values) {
      this.resets = Copies.builderList(values, "(resets) entry");
      return this;
    }

    /** Appends one entry to (resets). */
    public Builder reset(Reset value) {
      this.resets = Copies.mutable(this.resets);
      this.resets.add(Objects.requireNonNull(value, "(resets) entry"));
      return this;
    }

    /** Sets (generated build): the Dockerfile composegen generates and builds this service's image from, or null; the generator turns it into {@code build}. */
    public Builder generatedBuild(GeneratedBuild value) {
      this.generatedBuild = value;
      return this;
    }

    /** Sets (image of): the service whose built image this one runs, or null; the generator turns it into {@code image}. */
    public Builder imageOf(String value) {
      this.imageOf = value;
      return this;
    }

    /** Sets {@code build} to the given context folder with the default Dockerfile. */
    public Builder build(String context) {
      return build(BuildSpec.of(context));
    }

    /** Builds the image from the recipe's generated Dockerfile, written into {@code context}. */
    public Builder build(String context, io.composegen.model.recipe.Recipe recipe) {
      return generatedBuild(GeneratedBuild.of(context, recipe));
    }

    /** Builds the image from the given Dockerfile model, written into {@code context}. */
    public Builder build(String context, io.composegen.model.dockerfile.Dockerfile dockerfile) {
      return generatedBuild(GeneratedBuild.of(context, dockerfile));
    }

    /** Sets {@code command} in shell form: one command line. */
    public Builder command(String commandLine) {
      return command(Command.shell(commandLine));
    }

    /** Sets {@code command} in exec form: each argument passed as it is. */
    public Builder commandArgs(String... args) {
      return command(Command.exec(args));
    }

    /** Sets {@code entrypoint} in shell form: one command line. */
    public Builder entrypoint(String commandLine) {
      return entrypoint(Command.shell(commandLine));
    }

    /** Sets {@code entrypoint} in exec form: each argument passed as it is. */
    public Builder entrypointArgs(String... args) {
      return entrypoint(Command.exec(args));
    }

    /** Sets {@code restart} from its Compose form, e.g. {@code unless-stopped} or {@code on-failure:3}. */
    public Builder restart(String policy) {
      return restart(Restart.parse(policy));
    }

    /** Appends a port in Compose short syntax, e.g. {@code 127.0.0.1:8080:80/tcp}. */
    public Builder port(String shortSyntax) {
      return port(PortMapping.parse(shortSyntax));
    }

    /** Appends a mount in Compose short syntax, e.g. {@code ./app:/app:ro} or {@code data:/var/lib/data}. */
    public Builder volume(String shortSyntax) {
      return volume(ServiceVolume.parse(shortSyntax));
    }

    /** Appends a bind mount of a host path. */
    public Builder bind(String source, String target) {
      return volume(ServiceVolume.bind(source, target));
    }

    /** Appends an env file in the short form. */
    public Builder envFile(String path) {
      return envFile(EnvFile.of(path));
    }

    /** Attaches the service to a network with no further settings. */
    public Builder network(String network) {
      return network(network, ServiceNetwork.DEFAULT);
    }

    /** Adds a dependency with no condition (Compose's default, {@code service_started}). */
    public Builder dependsOn(String service) {
      return dependsOn(service, Dependency.DEFAULT);
    }

    /** Adds a dependency that waits for {@code condition}. */
    public Builder dependsOn(String service, Condition condition) {
      return dependsOn(service, Dependency.on(condition));
    }

    /** Grants the service a secret at Compose's default place, {@code /run/secrets/<name>}. */
    public Builder secret(String name) {
      return secret(ServiceFileRef.of(name));
    }

    /** Grants the service a config at Compose's default place, {@code /<name>}. */
    public Builder config(String name) {
      return config(ServiceFileRef.of(name));
    }

    /** Sets {@code mem_limit} from Compose byte syntax, e.g. {@code 512m}. */
    public Builder memLimit(String size) {
      return memLimit(ByteSize.parse(size));
    }

    /** Sets {@code stop_grace_period} from Compose duration syntax, e.g. {@code 1m30s}. */
    public Builder stopGracePeriod(String duration) {
      return stopGracePeriod(ComposeDuration.parse(duration));
    }

    /** Removes the whole attribute {@code attribute} (its YAML name) from the service this fragment patches. */
    public Builder reset(String attribute) {
      return reset(Reset.of(attribute));
    }

    /** Removes one element, identified by its merge key, of the attribute {@code attribute} of the patched service. */
    public Builder reset(String attribute, String key) {
      return reset(Reset.element(attribute, key));
    }

    /**
     * Returns the immutable value; checks its invariants. A builder from {@link Service#toBuilder()} whose attributes
     * are still the very objects of that service returns that service rather than a copy of it.
     */
    public Service build() {
      return Service.of(origin, name, image, build, extendsFrom, containerName, hostname, domainname, platform, runtime, pullPolicy, restart, profiles, command, entrypoint, workingDir, user, environment, envFiles, ports, expose, volumes, volumesFrom, tmpfs, networks, networkMode, dependsOn, links, healthcheck, secrets, configs, labels, logging, deploy, memLimit, memReservation, cpus, shmSize, ulimits, extraHosts, dns, dnsSearch, dnsOpt, capAdd, capDrop, securityOpt, groupAdd, devices, privileged, readOnly, init, stdinOpen, tty, pid, ipc, stopSignal, stopGracePeriod, sysctls, extensions, resets, generatedBuild, imageOf);
    }
  }
}
