package io.composegen.generator;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Ipam;
import io.composegen.model.resource.IpamPool;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
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
import io.composegen.model.service.MergeRule;
import io.composegen.model.service.MountType;
import io.composegen.model.service.Placement;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.PortRange;
import io.composegen.model.service.Reset;
import io.composegen.model.service.ResourceSpec;
import io.composegen.model.service.Resources;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.ServiceNetwork;
import io.composegen.model.service.ServiceVolume;
import io.composegen.model.service.TmpfsOptions;
import io.composegen.model.service.Ulimit;
import io.composegen.model.service.UpdateConfig;
import io.composegen.model.service.VolumeOptions;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary stacks whose strings are the ones YAML and Compose most easily get wrong: quotes, {@code : } and
 * {@code  #}, indicators at the start, line breaks and tabs, {@code ${VAR}} and {@code $$}, YAML 1.1 booleans,
 * null words, numbers in every notation, empty strings, unicode and emoji. Strings go wherever the model accepts
 * them; names the model validates are drawn from their patterns.
 */
final class HostileStacks {

  private HostileStacks() {}

  /** Strings that YAML or Compose read as something else unless they are quoted exactly right. */
  static final List<String> ATOMS = List.of(
      "", " ", "  leading", "trailing ", "a: b", "a:b", ":", "key: value # comment", " #", "#", "a #b", "-",
      "- item", "-x", "--flag", "*", "*ref", "&", "&anchor", "!", "!tag", "!!str", "%", "%YAML", "@", "@at", "`",
      "`cmd`", "'", "\"", "'single'", "\"double\"", "it's", "say \"hi\"", "\\", "C:\\path", "\n", "line1\nline2",
      "trailing\n", "\t", "tab\there", "\r\n", "${VAR}", "${VAR:-default}", "${VAR:?err}", "$$", "$$VAR", "$VAR",
      "$", "${", "}", "yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "NO", "On", "OFF", "true", "false",
      "True", "FALSE", "null", "Null", "NULL", "~", "0123", "007", "0", "-0", "1e3", "1E3", "1.0", "1.10", ".5",
      "0x1F", "0o17", "0b101", "1_000", "+1", "-1", ".inf", "-.inf", ".NaN", "12:30", "1:20:30", "2001-01-01",
      "[a, b]", "{a: b}", "a, b", "?", "? x", "|", ">", "|-", "<<", "=", "a=b", "==", "é", "ünïcödé", "日本語",
      "🐳", "👍🏽", "a\u00a0b", "\u2028", "\u0085", "\ufeff", "\u200e", "\u0000", "\u001b", "\u007f");

  // Every arbitrary is built once: jqwik memoizes generators per arbitrary, and arbitraries made afresh for each
  // sample (flatMap) make that memo grow without bound.

  private static final Arbitrary<String> ATOM = Arbitraries.of(ATOMS);

  /** Returns maps of up to {@code max} entries; a repeated key keeps its last value (faster than unique keys). */
  private static <K, V> Arbitrary<Map<K, V>> mapOf(Arbitrary<K> keys, Arbitrary<V> values, int max) {
    return Combinators.combine(keys, values).as(Tuple::of).list().ofMaxSize(max).map(entries -> {
      Map<K, V> out = new LinkedHashMap<>();
      entries.forEach(e -> out.put(e.get1(), e.get2()));
      return out;
    });
  }

  /** Hostile strings: an atom, a few atoms run together, or random text from a hostile alphabet. */
  static final Arbitrary<String> HOSTILE = Arbitraries.frequencyOf(
      Tuple.of(4, ATOM),
      Tuple.of(3, ATOM.list().ofMinSize(2).ofMaxSize(3).map(parts -> String.join("", parts))),
      Tuple.of(3, Arbitraries.strings().withChars("ab:# -*&!%@`'\"\\\n\t${}[],|>?=~.0123456789é").ofMaxLength(12)));

  /** Hostile strings that are not blank, for fields the model requires to be given. */
  static final Arbitrary<String> NON_BLANK = HOSTILE.filter(s -> !s.isBlank());

  static final Arbitrary<String> SERVICE_NAME = Arbitraries.strings().withChars("abcxz019_.-").ofMinLength(1)
      .ofMaxLength(8).filter(s -> Service.NAME.matcher(s).matches());

  static final Arbitrary<String> PROJECT_NAME = Arbitraries.strings().withChars("abcxyz0189_-").ofMinLength(1)
      .ofMaxLength(8).filter(s -> Stack.PROJECT_NAME.matcher(s).matches());

  private static final Arbitrary<Boolean> BOOLEAN = Arbitraries.of(true, false);

  private static final Arbitrary<List<String>> LIST = HOSTILE.list().ofMaxSize(3);

  private static final Arbitrary<Map<String, String>> MAP =
      mapOf(HOSTILE, HOSTILE, 3);

  /** Environment and build args: any key YAML can hold, values possibly null (the key without a value). */
  private static final Arbitrary<Map<String, String>> ENVIRONMENT =
      mapOf(HOSTILE, HOSTILE.injectNull(0.2), 4);

  private static final Arbitrary<ComposeDuration> DURATION = Arbitraries.oneOf(
      Arbitraries.longs().between(0, 3_600_000_000_000L),
      Arbitraries.longs().between(0, Long.MAX_VALUE)).map(ComposeDuration::ofNanos);

  private static final Arbitrary<ByteSize> SIZE = Arbitraries.oneOf(
      Arbitraries.longs().between(0, 4096).map(m -> m * 1024 * 1024),
      Arbitraries.longs().between(0, Long.MAX_VALUE)).map(ByteSize::ofBytes);

  private static final Arbitrary<BigDecimal> DECIMAL = Combinators.combine(
      Arbitraries.longs().between(0, 100_000), Arbitraries.integers().between(0, 3)).as(BigDecimal::valueOf);

  /** Extension values as the reader returns them: the smallest integer type, decimals with a fraction. */
  private static final Arbitrary<Object> EXTENSION_VALUE = extensionValue(2);

  private static final Arbitrary<Map<String, Object>> EXTENSIONS =
      mapOf(HOSTILE.map(s -> "x-" + s), EXTENSION_VALUE, 2);

  private static Arbitrary<Object> extensionValue(int depth) {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        HOSTILE.map(s -> (Object) s),
        BOOLEAN.map(b -> (Object) b),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().filter(l -> l > Integer.MAX_VALUE || l < Integer.MIN_VALUE).map(l -> (Object) l),
        Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 4))
            .as((unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale)),
        Arbitraries.just(null));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> inner = extensionValue(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(4, scalar),
        Tuple.of(1, inner.list().ofMaxSize(3).map(l -> (Object) l)),
        Tuple.of(1, mapOf(HOSTILE, inner, 3).map(m -> (Object) new LinkedHashMap<>(m))));
  }

  private static final Arbitrary<Command> COMMAND =
      Arbitraries.oneOf(HOSTILE.map(Command::shell), LIST.map(Command::exec));

  private static final Arbitrary<Restart> RESTART = Arbitraries.oneOf(
      Arbitraries.of(Restart.NO, Restart.ALWAYS, Restart.ON_FAILURE, Restart.UNLESS_STOPPED),
      Arbitraries.integers().between(0, 1000).map(Restart::onFailure));

  private static final Arbitrary<PortMapping> PORT = Combinators.combine(
      Arbitraries.integers().between(1, 65000),
      Arbitraries.integers().between(0, 9),
      Arbitraries.integers().between(1, 65535).injectNull(0.3),
      Arbitraries.of("127.0.0.1", "0.0.0.0", "::1", "fe80::1", "${HOST_IP}", "${HOST_IP:-::1}",
          "2001:db8::8:800:200c:417a").injectNull(0.5),
      Arbitraries.of("tcp", "udp", "sctp").injectNull(0.5),
      Arbitraries.of("host", "ingress").injectNull(0.7),
      NON_BLANK.injectNull(0.7),
      NON_BLANK.injectNull(0.8)).as((from, width, published, ip, protocol, mode, name, app) -> {
        PortRange target = PortRange.of(from, from + width);
        PortRange hostPorts = published == null ? null
            : width == 0 ? PortRange.of(published) : PortRange.of(from + 1, from + 1 + width);
        return new PortMapping(ip, hostPorts, target, protocol, mode, name, app);
      });

  private static final Arbitrary<String> ABSOLUTE_PATH = Arbitraries.oneOf(HOSTILE.map(s -> "/" + s),
      Arbitraries.of("/data", "${TARGET}", "C:\\data", "\\\\.\\pipe\\docker_engine"));

  private static final Arbitrary<ServiceVolume> MOUNT = mount();

  private static Arbitrary<ServiceVolume> mount() {
    Arbitrary<String> hostPath = Combinators.combine(
        Arbitraries.of(".", "./", "/", "~/", "$HOME/", "${SRC}/", "C:\\"), HOSTILE).as((prefix, rest) -> prefix + rest);
    Arbitrary<String> volumeName = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abc019_-.").ofMinLength(1).ofMaxLength(8).filter(s -> !s.startsWith(".")),
        Arbitraries.of("${VOLUME}", "${VOLUME:-data}"));
    Arbitrary<String> consistency = Arbitraries.of("consistent", "cached", "delegated", "default").injectNull(0.7);
    Arbitrary<BindOptions> bind = Combinators.combine(Arbitraries.of(BindOptions.PROPAGATIONS).injectNull(0.5),
        BOOLEAN.injectNull(0.5), Arbitraries.of("z", "Z").injectNull(0.5)).as(BindOptions::new);
    Arbitrary<VolumeOptions> volume = Combinators.combine(BOOLEAN.injectNull(0.5),
        NON_BLANK.filter(s -> !s.startsWith("/") && !s.startsWith("\\")).injectNull(0.6)).as(VolumeOptions::new);
    Arbitrary<TmpfsOptions> tmpfs = Combinators.combine(SIZE.injectNull(0.5),
        Arbitraries.integers().between(0, TmpfsOptions.MAX_MODE).injectNull(0.5)).as(TmpfsOptions::new);
    return Arbitraries.oneOf(
        Combinators.combine(hostPath, ABSOLUTE_PATH, BOOLEAN, consistency, bind.injectNull(0.4))
            .as((s, t, ro, c, o) -> new ServiceVolume(MountType.BIND, s, t, ro, c, o, null, null)),
        Combinators.combine(volumeName.injectNull(0.3), ABSOLUTE_PATH, BOOLEAN, consistency, volume.injectNull(0.4))
            .as((s, t, ro, c, o) -> new ServiceVolume(MountType.VOLUME, s, t, ro, c, null, o, null)),
        Combinators.combine(ABSOLUTE_PATH, BOOLEAN, tmpfs.injectNull(0.3))
            .as((t, ro, o) -> new ServiceVolume(MountType.TMPFS, null, t, ro, null, null, null, o)),
        Combinators.combine(Arbitraries.of(MountType.NPIPE, MountType.IMAGE, MountType.CLUSTER), NON_BLANK,
            ABSOLUTE_PATH, BOOLEAN).as((type, s, t, ro) -> new ServiceVolume(type, s, t, ro, null, null, null, null)));
  }

  private static final Arbitrary<List<String>> HEALTHCHECK_TEST = Arbitraries.oneOf(
          HOSTILE.map(line -> List.of("CMD-SHELL", line)),
          LIST.map(args -> {
            List<String> test = new ArrayList<>(List.of("CMD"));
            test.addAll(args);
            return test;
          }),
          Arbitraries.of(List.of("NONE"), List.<String>of()));

  private static final Arbitrary<Healthcheck> HEALTHCHECK = Combinators.combine(HEALTHCHECK_TEST,
      DURATION.injectNull(0.5), DURATION.injectNull(0.5), Arbitraries.integers().between(0, 100).injectNull(0.5),
      DURATION.injectNull(0.6), DURATION.injectNull(0.8), BOOLEAN.injectNull(0.8), EXTENSIONS).as(Healthcheck::new);

  private static final Arbitrary<BuildSpec> BUILD = Arbitraries.oneOf(
      HOSTILE.map(BuildSpec::of),
      Combinators.combine(HOSTILE.injectNull(0.6), HOSTILE.injectNull(0.6), HOSTILE.injectNull(0.6), ENVIRONMENT,
          LIST, MAP, SIZE.injectNull(0.7), BOOLEAN.injectNull(0.6))
          .as((context, file, target, args, cacheFrom, labels, shm, pull) -> BuildSpec.builder().context(context)
              .dockerfile(file).target(target).args(args).cacheFrom(cacheFrom).labels(labels).shmSize(shm).pull(pull)
              .build()),
      Combinators.combine(HOSTILE, LIST, LIST, LIST, LIST, HOSTILE.injectNull(0.6), EXTENSIONS)
          .as((inline, cacheTo, hosts, tags, platforms, network, ext) -> BuildSpec.builder().dockerfileInline(inline)
              .cacheTo(cacheTo).extraHosts(hosts).tags(tags).platforms(platforms).network(network).extensions(ext)
              .build()));

  private static final Arbitrary<Deploy> DEPLOY = deploy();

  private static Arbitrary<Deploy> deploy() {
    Arbitrary<ResourceSpec> spec = Combinators.combine(DECIMAL.injectNull(0.5), SIZE.injectNull(0.5),
        Arbitraries.integers().injectNull(0.5)).as(ResourceSpec::new);
    Arbitrary<Resources> resources = Combinators.combine(spec.injectNull(0.3), spec.injectNull(0.5)).as(Resources::new);
    Arbitrary<DeployRestartPolicy> restartPolicy = Combinators.combine(
        Arbitraries.of("none", "on-failure", "any").injectNull(0.5), DURATION.injectNull(0.5),
        Arbitraries.integers().injectNull(0.5), DURATION.injectNull(0.5)).as(DeployRestartPolicy::new);
    Arbitrary<UpdateConfig> update = Combinators.combine(Arbitraries.integers().injectNull(0.5),
        DURATION.injectNull(0.5), HOSTILE.injectNull(0.5), DURATION.injectNull(0.5), DECIMAL.injectNull(0.5),
        Arbitraries.of("start-first", "stop-first").injectNull(0.5)).as(UpdateConfig::new);
    Arbitrary<Placement> placement = Combinators.combine(LIST, LIST, Arbitraries.integers().injectNull(0.5))
        .as(Placement::new);
    Arbitrary<Deploy> core = Combinators.combine(
        Arbitraries.of("replicated", "global", "replicated-job", "global-job").injectNull(0.5),
        Arbitraries.integers().between(0, 50).injectNull(0.5), HOSTILE.injectNull(0.6), MAP,
        resources.injectNull(0.4), restartPolicy.injectNull(0.6), update.injectNull(0.7), update.injectNull(0.8))
        .as((mode, replicas, endpoint, labels, res, policy, up, rollback) -> Deploy.builder().mode(mode)
            .replicas(replicas).endpointMode(endpoint).labels(labels).resources(res).restartPolicy(policy)
            .updateConfig(up).rollbackConfig(rollback).build());
    return Combinators.combine(core, placement.injectNull(0.6), EXTENSIONS)
        .as((d, p, ext) -> d.toBuilder().placement(p).extensions(ext).build());
  }

  private static final Arbitrary<ServiceFileRef> FILE_REF = Arbitraries.oneOf(NON_BLANK.map(ServiceFileRef::of),
      Combinators.combine(NON_BLANK, HOSTILE.injectNull(0.3), HOSTILE.injectNull(0.5), HOSTILE.injectNull(0.5),
          Arbitraries.integers().between(0, 07777).injectNull(0.5)).as(ServiceFileRef::new));

  private static final Arbitrary<ServiceNetwork> SERVICE_NETWORK = Arbitraries.oneOf(
      Arbitraries.just(ServiceNetwork.DEFAULT),
      Combinators.combine(LIST, HOSTILE.injectNull(0.6), HOSTILE.injectNull(0.7), Arbitraries.integers().injectNull(0.7))
          .as(ServiceNetwork::new));

  private static final Arbitrary<Dependency> DEPENDENCY = Combinators.combine(
      Arbitraries.of(Condition.class).injectNull(0.4), BOOLEAN.injectNull(0.7), BOOLEAN.injectNull(0.7))
      .as(Dependency::new);

  private static final Arbitrary<Ulimit> ULIMIT = Arbitraries.oneOf(Arbitraries.integers().map(Ulimit::of),
      Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 1000))
          .as((soft, extra) -> Ulimit.of(soft, (int) Math.min(Integer.MAX_VALUE, (long) soft + extra))));

  /** One edit per service attribute other than image and build, each setting the attribute to a value. */
  static final Arbitrary<Consumer<Service.Builder>> EDIT = Arbitraries.oneOf(List.of(
      Combinators.combine(NON_BLANK, HOSTILE.injectNull(0.5)).as((s, f) -> b -> b.extendsFrom(new ExtendsSpec(s, f))),
      HOSTILE.map(v -> b -> b.containerName(v)),
      HOSTILE.map(v -> b -> b.hostname(v)),
      HOSTILE.map(v -> b -> b.domainname(v)),
      HOSTILE.map(v -> b -> b.platform(v)),
      HOSTILE.map(v -> b -> b.pullPolicy(v)),
      RESTART.map(v -> b -> b.restart(v)),
      LIST.map(v -> b -> b.profiles(v)),
      COMMAND.map(v -> b -> b.command(v)),
      COMMAND.map(v -> b -> b.entrypoint(v)),
      HOSTILE.map(v -> b -> b.workingDir(v)),
      HOSTILE.map(v -> b -> b.user(v)),
      ENVIRONMENT.map(v -> b -> b.environment(v)),
      Combinators.combine(NON_BLANK, BOOLEAN.injectNull(0.6)).as(EnvFile::new).list().ofMaxSize(3)
          .map(v -> b -> b.envFiles(v)),
      PORT.list().ofMaxSize(3).map(v -> b -> b.ports(v)),
      LIST.map(v -> b -> b.expose(v)),
      MOUNT.list().ofMaxSize(3).map(v -> b -> b.volumes(v)),
      LIST.map(v -> b -> b.volumesFrom(v)),
      LIST.map(v -> b -> b.tmpfs(v)),
      mapOf(HOSTILE, SERVICE_NETWORK, 3).map(v -> b -> b.networks(new LinkedHashMap<>(v))),
      HOSTILE.map(v -> b -> b.networkMode(v)),
      mapOf(SERVICE_NAME, DEPENDENCY, 3).map(v -> b -> b.dependsOn(new LinkedHashMap<>(v))),
      LIST.map(v -> b -> b.links(v)),
      HEALTHCHECK.map(v -> b -> b.healthcheck(v)),
      FILE_REF.list().ofMaxSize(3).map(v -> b -> b.secrets(v)),
      FILE_REF.list().ofMaxSize(3).map(v -> b -> b.configs(v)),
      MAP.map(v -> b -> b.labels(v)),
      Combinators.combine(HOSTILE.injectNull(0.3), MAP).as(Logging::new).map(v -> b -> b.logging(v)),
      DEPLOY.map(v -> b -> b.deploy(v)),
      SIZE.map(v -> b -> b.memLimit(v)),
      SIZE.map(v -> b -> b.memReservation(v)),
      DECIMAL.map(v -> b -> b.cpus(v)),
      SIZE.map(v -> b -> b.shmSize(v)),
      mapOf(HOSTILE, ULIMIT, 3).map(v -> b -> b.ulimits(new LinkedHashMap<>(v))),
      LIST.map(v -> b -> b.extraHosts(v)),
      LIST.map(v -> b -> b.dns(v)),
      LIST.map(v -> b -> b.dnsSearch(v)),
      LIST.map(v -> b -> b.dnsOpt(v)),
      LIST.map(v -> b -> b.capAdd(v)),
      LIST.map(v -> b -> b.capDrop(v)),
      LIST.map(v -> b -> b.securityOpt(v)),
      LIST.map(v -> b -> b.groupAdd(v)),
      LIST.map(v -> b -> b.devices(v)),
      BOOLEAN.map(v -> b -> b.privileged(v)),
      BOOLEAN.map(v -> b -> b.readOnly(v)),
      BOOLEAN.map(v -> b -> b.init(v)),
      BOOLEAN.map(v -> b -> b.stdinOpen(v)),
      BOOLEAN.map(v -> b -> b.tty(v)),
      HOSTILE.map(v -> b -> b.pid(v)),
      HOSTILE.map(v -> b -> b.ipc(v)),
      HOSTILE.map(v -> b -> b.stopSignal(v)),
      DURATION.map(v -> b -> b.stopGracePeriod(v)),
      MAP.map(v -> b -> b.sysctls(v)),
      EXTENSIONS.map(v -> b -> b.extensions(v))));

  /** A whole service but its name: an image, a build or both, and a few other attributes. */
  private static final Arbitrary<Consumer<Service.Builder>> SERVICE_BODY = Combinators.combine(
      Arbitraries.<Consumer<Service.Builder>>oneOf(
          HOSTILE.map(image -> b -> b.image(image)),
          BUILD.map(build -> b -> b.build(build)),
          Combinators.combine(HOSTILE, BUILD).as((image, build) -> b -> b.image(image).build(build))),
      EDIT.list().ofMaxSize(8)).as((origin, edits) -> b -> {
        origin.accept(b);
        edits.forEach(e -> e.accept(b));
      });

  private static final Arbitrary<Network> NETWORK = network();

  private static Arbitrary<Network> network() {
    Arbitrary<IpamPool> pool = Combinators.combine(HOSTILE.injectNull(0.3), HOSTILE.injectNull(0.6),
        HOSTILE.injectNull(0.6), MAP).as(IpamPool::new);
    Arbitrary<Ipam> ipam = Combinators.combine(HOSTILE.injectNull(0.5), pool.list().ofMaxSize(2), MAP).as(Ipam::new);
    Arbitrary<Network> managed = Combinators.combine(HOSTILE.injectNull(0.5), MAP, HOSTILE.injectNull(0.6),
        BOOLEAN.injectNull(0.6), BOOLEAN.injectNull(0.6), BOOLEAN.injectNull(0.6), ipam.injectNull(0.6), MAP)
        .as((driver, opts, name, internal, attachable, ipv6, i, labels) -> Network.builder().driver(driver)
            .driverOpts(opts).name(name).internal(internal).attachable(attachable).enableIpv6(ipv6).ipam(i)
            .labels(labels).build());
    return Arbitraries.oneOf(Arbitraries.just(Network.defaults()), HOSTILE.map(Network::externalNetwork),
        Combinators.combine(managed, EXTENSIONS).as((n, ext) -> n.toBuilder().extensions(ext).build()));
  }

  private static final Arbitrary<Volume> VOLUME = Arbitraries.oneOf(Arbitraries.just(Volume.defaults()),
      HOSTILE.map(Volume::externalVolume),
      Combinators.combine(HOSTILE.injectNull(0.5), MAP, HOSTILE.injectNull(0.5), MAP, EXTENSIONS)
          .as((driver, opts, name, labels, ext) -> new Volume(driver, opts, null, name, labels, ext)));

  private static final Arbitrary<Secret> SECRET = Combinators.combine(Arbitraries.integers().between(0, 2), HOSTILE,
      HOSTILE.injectNull(0.5), MAP, EXTENSIONS).as((source, text, name, labels, ext) -> new Secret(
          source == 0 ? text : null, source == 1 ? text : null, source == 2 ? Boolean.TRUE : null, name, labels, ext));

  private static final Arbitrary<Config> CONFIG = Combinators.combine(Arbitraries.integers().between(0, 3), HOSTILE,
      HOSTILE.injectNull(0.5), MAP, EXTENSIONS).as((source, text, name, labels, ext) -> new Config(
          source == 0 ? text : null, source == 1 ? text : null, source == 2 ? text : null,
          source == 3 ? Boolean.TRUE : null, name, labels, ext));

  /**
   * Networks and volumes a layer adds or merges: never external nor with a driver, which could clash with the base's
   * entry of the same name (the model rejects an external resource with a driver).
   */
  private static final Arbitrary<Network> LAYER_NETWORK = Combinators.combine(HOSTILE.injectNull(0.5), MAP,
      BOOLEAN.injectNull(0.6), EXTENSIONS).as((name, labels, attachable, ext) -> Network.builder().name(name)
          .labels(labels).attachable(attachable).extensions(ext).build());

  private static final Arbitrary<Volume> LAYER_VOLUME = Combinators.combine(HOSTILE.injectNull(0.5), MAP, EXTENSIONS)
      .as((name, labels, ext) -> Volume.builder().name(name).labels(labels).extensions(ext).build());

  /** Stacks without layers. */
  static final Arbitrary<Stack> STACK = Combinators.combine(
      PROJECT_NAME.injectNull(0.3),
      SERVICE_NAME.list().ofMinSize(1).ofMaxSize(3),
      SERVICE_BODY.list().ofSize(3),
      mapOf(HOSTILE, NETWORK, 2),
      mapOf(HOSTILE, VOLUME, 2),
      mapOf(HOSTILE, SECRET, 2),
      mapOf(HOSTILE, CONFIG, 2),
      EXTENSIONS).as((name, names, bodies, networks, volumes, secrets, configs, ext) -> {
        Stack.Builder b = Stack.builder(name);
        for (int i = 0; i < names.size(); i++) {
          if (b.build().services().containsKey(names.get(i))) {
            continue;
          }
          Service.Builder service = Service.builder(names.get(i));
          bodies.get(i).accept(service);
          b.service(distinctKeys(service.build()));
        }
        networks.forEach(b::network);
        volumes.forEach(b::volume);
        secrets.forEach(b::secret);
        configs.forEach(b::config);
        ext.forEach(b::extension);
        return b.build();
      });

  /** A service whose resets stand for what an all-services fragment may remove. */
  private static final Service RESETTABLE = Service.builder(Service.ALL_SERVICES).image("x").env("A", "1")
      .port("8080:80").command("c").restart(Restart.NO).label("l", "v").build();

  /** One change a layer makes to a given base stack. */
  private static final Arbitrary<BiConsumer<Stack, Layer.Builder>> LAYER_EDIT = Arbitraries.frequencyOf(
      Tuple.of(6, Combinators.combine(Arbitraries.integers().between(0, 2), EDIT.list().ofMaxSize(4),
          Arbitraries.integers().list().ofMaxSize(2)).as((index, edits, seeds) -> (stack, layer) -> {
            List<Service> services = List.copyOf(stack.services().values());
            if (!services.isEmpty()) {
              Service base = services.get(index % services.size());
              layer.service(fragment(base.name(), edits, resets(base, seeds)));
            }
          })),
      Tuple.of(2, Combinators.combine(EDIT.list().ofMaxSize(3), Arbitraries.integers().list().ofMaxSize(2))
          .as((edits, seeds) -> (stack, layer) -> {
            Service all = fragment(Service.ALL_SERVICES, edits, resets(RESETTABLE, seeds));
            layer.allServices(b -> copyInto(all, b));
          })),
      Tuple.of(1, Combinators.combine(SERVICE_NAME, SERVICE_BODY).as((name, body) -> (stack, layer) -> {
        if (!stack.services().containsKey(name)) {
          Service.Builder added = Service.builder(name);
          body.accept(added);
          layer.service(distinctKeys(added.build()));
        }
      })),
      Tuple.of(1, Combinators.combine(HOSTILE, LAYER_NETWORK).as((n, v) -> (stack, layer) -> layer.network(n, v))),
      Tuple.of(1, Combinators.combine(HOSTILE, LAYER_VOLUME).as((n, v) -> (stack, layer) -> layer.volume(n, v))),
      Tuple.of(1, Combinators.combine(HOSTILE, SECRET).as((n, v) -> (stack, layer) -> layer.secret(n, v))),
      Tuple.of(1, Combinators.combine(HOSTILE, CONFIG).as((n, v) -> (stack, layer) -> layer.config(n, v))),
      Tuple.of(1, EXTENSIONS.map(ext -> (stack, layer) -> ext.forEach(layer::extension))));

  /** Stacks with a dev layer, a prod layer or both, that patch, add and reset. */
  static final Arbitrary<Stack> LAYERED_STACK = Combinators.combine(STACK,
      LAYER_EDIT.list().ofMaxSize(5).injectNull(0.2), LAYER_EDIT.list().ofMaxSize(5).injectNull(0.2))
      .as((stack, dev, prod) -> {
        Stack.Builder b = stack.toBuilder();
        if (dev != null) {
          b.layer(layer(stack, Layer.dev(), dev));
        }
        if (prod != null || dev == null) {
          b.layer(layer(stack, Layer.prod(), prod == null ? List.of() : prod));
        }
        return b.build();
      });

  private static Layer layer(Stack stack, Layer.Builder layer, List<BiConsumer<Stack, Layer.Builder>> edits) {
    edits.forEach(e -> e.accept(stack, layer));
    return layer.build();
  }

  private static Service fragment(String name, List<Consumer<Service.Builder>> edits, List<Reset> resets) {
    Service.Builder b = Service.builder(name);
    edits.forEach(e -> e.accept(b));
    return distinctKeys(b.resets(resets).build());
  }

  /**
   * Returns {@code service} with one element per merge key in each list that Compose merges by key or without
   * duplicates. Two mounts at one target are invalid anyway (Docker refuses a duplicate mount point), and a merge
   * of layered files keeps only one of them, which the model's resolve of an untouched base does not.
   */
  static Service distinctKeys(Service service) {
    Service.Builder b = service.toBuilder();
    for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
      if (attribute.rule() == MergeRule.MERGE_BY_ELEMENT_KEY || attribute.rule() == MergeRule.APPEND_UNIQUE) {
        distinct(attribute, service, b);
      }
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void distinct(ServiceAttribute<T> attribute, Service service, Service.Builder out) {
    T value = attribute.get(service);
    if (!attribute.isPresent(value)) {
      return;
    }
    List<Object> kept = new ArrayList<>();
    for (String key : attribute.keys(value)) {
      kept.add(((List<?>) attribute.only(value, java.util.Set.of(key))).get(0));
    }
    attribute.set(out, (T) kept);
  }

  /** Returns resets of what {@code base} has, picked by {@code seeds}; never of image, build or extends. */
  private static List<Reset> resets(Service base, List<Integer> seeds) {
    List<Reset> candidates = new ArrayList<>();
    for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
      String name = attribute.yamlName();
      if (List.of("image", "build", "extends", "x-*").contains(name) || !isPresent(attribute, base)) {
        continue;
      }
      candidates.add(Reset.of(name));
      if (attribute.isKeyed()) {
        keysOf(attribute, base).forEach(key -> candidates.add(Reset.element(name, key)));
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    return seeds.stream().map(seed -> candidates.get(Math.floorMod(seed, candidates.size()))).toList();
  }

  private static void copyInto(Service fragment, Service.Builder b) {
    for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
      copyAttribute(attribute, fragment, b);
    }
    b.resets(fragment.resets());
  }

  private static <T> void copyAttribute(ServiceAttribute<T> attribute, Service from, Service.Builder to) {
    attribute.set(to, attribute.get(from));
  }

  private static <T> boolean isPresent(ServiceAttribute<T> attribute, Service service) {
    return attribute.isPresent(attribute.get(service));
  }

  private static <T> List<String> keysOf(ServiceAttribute<T> attribute, Service service) {
    return attribute.keys(attribute.get(service));
  }
}
