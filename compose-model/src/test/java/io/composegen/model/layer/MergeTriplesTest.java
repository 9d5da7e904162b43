package io.composegen.model.layer;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Command;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.EnvFile;
import io.composegen.model.service.ExtendsSpec;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Logging;
import io.composegen.model.service.Placement;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.ServiceNetwork;
import io.composegen.model.service.Ulimit;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One (base, layer, expected) triple per service attribute: Compose v2's rule for layering files
 * (../shared/compose-spec/MERGE.md), applied by {@link ServiceAttributes#merge}.
 */
class MergeTriplesTest {

  record Triple(String attribute, UnaryOperator<Service.Builder> base, UnaryOperator<Service.Builder> layer,
      UnaryOperator<Service.Builder> expected) {
    @Override
    public String toString() {
      return attribute;
    }
  }

  private static Triple t(String attribute, UnaryOperator<Service.Builder> base, UnaryOperator<Service.Builder> layer,
      UnaryOperator<Service.Builder> expected) {
    return new Triple(attribute, base, layer, expected);
  }

  private static final ComposeDuration S10 = ComposeDuration.parse("10s");
  private static final ComposeDuration S30 = ComposeDuration.parse("30s");

  static List<Triple> triples() {
    return List.of(
        t("image", b -> b.image("app:1"), l -> l.image("app:2"), e -> e.image("app:2")),
        t("build", b -> b.build(BuildSpec.builder().context("./app").arg("A", "1").cacheFrom1("a").build()),
            l -> l.build(BuildSpec.builder().target("prod").arg("B", "2").arg("A", "3").cacheFrom1("b").build()),
            e -> e.build(BuildSpec.builder().context("./app").target("prod").arg("A", "3").arg("B", "2")
                .cacheFrom1("a").cacheFrom1("b").build())),
        t("extends", b -> b.extendsFrom(new ExtendsSpec("common", null)),
            l -> l.extendsFrom(new ExtendsSpec("other", "x.yaml")), e -> e.extendsFrom(new ExtendsSpec("other", "x.yaml"))),
        t("container_name", b -> b.containerName("a"), l -> l.containerName("b"), e -> e.containerName("b")),
        t("hostname", b -> b.hostname("a"), l -> l.hostname("b"), e -> e.hostname("b")),
        t("domainname", b -> b.domainname("a.example"), l -> l, e -> e.domainname("a.example")),
        t("platform", b -> b.platform("linux/amd64"), l -> l.platform("linux/arm64"), e -> e.platform("linux/arm64")),
        t("runtime", b -> b.runtime("runc"), l -> l.runtime("io.containerd.wasmedge.v1"), e -> e.runtime("io.containerd.wasmedge.v1")),
        t("pull_policy", b -> b.pullPolicy("always"), l -> l.pullPolicy("never"), e -> e.pullPolicy("never")),
        t("restart", b -> b.restart("no"), l -> l.restart("unless-stopped"), e -> e.restart("unless-stopped")),
        t("profiles", b -> b.profile("a").profile("b"), l -> l.profile("b").profile("c"),
            e -> e.profile("a").profile("b").profile("c")),
        t("command", b -> b.commandArgs("a", "b"), l -> l.command("c d"), e -> e.command(Command.shell("c d"))),
        t("entrypoint", b -> b.entrypoint("/a"), l -> l.entrypointArgs("/b", "-x"), e -> e.entrypointArgs("/b", "-x")),
        t("working_dir", b -> b.workingDir("/a"), l -> l.workingDir("/b"), e -> e.workingDir("/b")),
        t("user", b -> b.user("1000"), l -> l.user("10001:10001"), e -> e.user("10001:10001")),
        t("environment", b -> b.env("A", "1").env("B", "2").env("C", null), l -> l.env("B", "3").env("D", "4"),
            e -> e.env("A", "1").env("B", "3").env("C", null).env("D", "4")),
        t("env_file", b -> b.envFile(".env").envFile("a.env"), l -> l.envFile(new EnvFile("a.env", false)).envFile("b.env"),
            e -> e.envFile(".env").envFile(new EnvFile("a.env", false)).envFile("b.env")),
        t("ports", b -> b.port("8080:80").port("127.0.0.1:9000:9000"),
            l -> l.port("0.0.0.0:8080:80").port("8080:80/udp").port("127.0.0.1:9000:9000"),
            e -> e.port("0.0.0.0:8080:80").port("127.0.0.1:9000:9000").port("8080:80/udp")),
        t("expose", b -> b.exposePort("80").exposePort("443"), l -> l.exposePort("443").exposePort("8080"),
            e -> e.exposePort("80").exposePort("443").exposePort("8080")),
        t("volumes", b -> b.volume("./app:/app").volume("data:/data"), l -> l.volume("./other:/app:ro").volume("/cache"),
            e -> e.volume("./other:/app:ro").volume("data:/data").volume("/cache")),
        t("volumes_from", b -> b.volumeFrom("a"), l -> l.volumeFrom("a").volumeFrom("b"),
            e -> e.volumeFrom("a").volumeFrom("a").volumeFrom("b")),
        t("tmpfs", b -> b.tmpfsPath("/tmp"), l -> l.tmpfsPath("/tmp").tmpfsPath("/run"), e -> e.tmpfsPath("/tmp").tmpfsPath("/run")),
        t("networks", b -> b.network("front", ServiceNetwork.withAliases("a")).network("back"),
            l -> l.network("front", new ServiceNetwork(List.of("a", "b"), "10.0.0.5", null, null)).network("data"),
            e -> e.network("front", new ServiceNetwork(List.of("a", "b"), "10.0.0.5", null, null)).network("back").network("data")),
        t("network_mode", b -> b.networkMode("bridge"), l -> l.networkMode("host"), e -> e.networkMode("host")),
        t("depends_on", b -> b.dependsOn("db", Condition.HEALTHY).dependsOn("cache"),
            l -> l.dependsOn("db", new Dependency(null, true, null)).dependsOn("queue"),
            // a layer's entry always carries a condition (service_started when not given), as in Compose files
            e -> e.dependsOn("db", new Dependency(Condition.STARTED, true, null)).dependsOn("cache").dependsOn("queue")),
        t("links", b -> b.link("db"), l -> l.link("db").link("cache"), e -> e.link("db").link("cache")),
        t("healthcheck", b -> b.healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost").withInterval("10s").withRetries(3)),
            l -> l.healthcheck(Healthcheck.shell("true").withTimeout("30s")),
            e -> e.healthcheck(Healthcheck.builder().testPart("CMD-SHELL").testPart("true").interval(S10).retries(3)
                .timeout(S30).build())),
        t("secrets", b -> b.secret("db_password").secret(new ServiceFileRef("api", "/run/secrets/key", null, null, null)),
            l -> l.secret(new ServiceFileRef("db_password", null, "1000", null, 0440)).secret(new ServiceFileRef("other", "/run/secrets/key", null, null, null)),
            e -> e.secret(new ServiceFileRef("db_password", null, "1000", null, 0440)).secret(new ServiceFileRef("other", "/run/secrets/key", null, null, null))),
        t("configs", b -> b.config("nginx"), l -> l.config(new ServiceFileRef("nginx2", "/nginx", null, null, null)),
            e -> e.config(new ServiceFileRef("nginx2", "/nginx", null, null, null))),
        t("labels", b -> b.label("a", "1").label("b", "2"), l -> l.label("b", "3"), e -> e.label("a", "1").label("b", "3")),
        t("logging", b -> b.logging(Logging.builder().driver("json-file").option("max-size", "10m").build()),
            l -> l.logging(Logging.builder().option("max-file", "3").build()),
            e -> e.logging(Logging.builder().driver("json-file").option("max-size", "10m").option("max-file", "3").build())),
        t("deploy", b -> b.deploy(Deploy.builder().replicas(1).label("a", "1").memoryLimit("256m")
                .placement(new Placement(List.of("node.role==worker"), List.of(), null)).build()),
            l -> l.deploy(Deploy.builder().replicas(3).label("b", "2").cpuLimit("0.5")
                .placement(new Placement(List.of("node.labels.zone==a"), List.of(), null)).build()),
            e -> e.deploy(Deploy.builder().replicas(3).label("a", "1").label("b", "2").memoryLimit("256m").cpuLimit("0.5")
                .placement(new Placement(List.of("node.role==worker", "node.labels.zone==a"), List.of(), null)).build())),
        t("mem_limit", b -> b.memLimit("256m"), l -> l.memLimit("1g"), e -> e.memLimit(ByteSize.parse("1g"))),
        t("mem_reservation", b -> b.memReservation(ByteSize.parse("64m")), l -> l, e -> e.memReservation(ByteSize.parse("64m"))),
        t("cpus", b -> b.cpus(new BigDecimal("0.5")), l -> l.cpus(new BigDecimal("2")), e -> e.cpus(new BigDecimal("2"))),
        t("shm_size", b -> b.shmSize(ByteSize.parse("64m")), l -> l.shmSize(ByteSize.parse("1g")), e -> e.shmSize(ByteSize.parse("1g"))),
        t("ulimits", b -> b.ulimit("nofile", Ulimit.of(1024, 2048)).ulimit("nproc", Ulimit.of(512)),
            l -> l.ulimit("nofile", Ulimit.of(4096)), e -> e.ulimit("nofile", Ulimit.of(4096)).ulimit("nproc", Ulimit.of(512))),
        t("extra_hosts", b -> b.extraHost("db:10.0.0.2"), l -> l.extraHost("db:10.0.0.2").extraHost("db:10.0.0.3"),
            e -> e.extraHost("db:10.0.0.2").extraHost("db:10.0.0.3")),
        t("dns", b -> b.dnsServer("1.1.1.1"), l -> l.dnsServer("1.1.1.1").dnsServer("8.8.8.8"),
            e -> e.dnsServer("1.1.1.1").dnsServer("8.8.8.8")),
        t("dns_search", b -> b.dnsSearchDomain("a.example"), l -> l.dnsSearchDomain("b.example"),
            e -> e.dnsSearchDomain("a.example").dnsSearchDomain("b.example")),
        t("dns_opt", b -> b.dnsOption("use-vc"), l -> l.dnsOption("use-vc"), e -> e.dnsOption("use-vc")),
        t("cap_add", b -> b.addCapability("NET_ADMIN"), l -> l.addCapability("NET_ADMIN").addCapability("SYS_TIME"),
            e -> e.addCapability("NET_ADMIN").addCapability("SYS_TIME")),
        t("cap_drop", b -> b.dropCapability("ALL"), l -> l.dropCapability("ALL"), e -> e.dropCapability("ALL")),
        t("security_opt", b -> b.securityOption("no-new-privileges:true"), l -> l.securityOption("no-new-privileges:true"),
            e -> e.securityOption("no-new-privileges:true").securityOption("no-new-privileges:true")),
        t("group_add", b -> b.additionalGroup("audio"), l -> l.additionalGroup("video"),
            e -> e.additionalGroup("audio").additionalGroup("video")),
        t("devices", b -> b.device("/dev/ttyUSB0:/dev/ttyUSB0"), l -> l.device("/dev/ttyUSB1:/dev/ttyUSB0:r"),
            e -> e.device("/dev/ttyUSB1:/dev/ttyUSB0:r")),
        t("privileged", b -> b.privileged(true), l -> l.privileged(false), e -> e.privileged(false)),
        t("read_only", b -> b.readOnly(false), l -> l.readOnly(true), e -> e.readOnly(true)),
        t("init", b -> b.init(true), l -> l, e -> e.init(true)),
        t("stdin_open", b -> b.stdinOpen(true), l -> l.stdinOpen(false), e -> e.stdinOpen(false)),
        t("tty", b -> b, l -> l.tty(true), e -> e.tty(true)),
        t("pid", b -> b.pid("host"), l -> l.pid("service:other"), e -> e.pid("service:other")),
        t("ipc", b -> b.ipc("private"), l -> l.ipc("shareable"), e -> e.ipc("shareable")),
        t("stop_signal", b -> b.stopSignal("SIGTERM"), l -> l.stopSignal("SIGINT"), e -> e.stopSignal("SIGINT")),
        t("stop_grace_period", b -> b.stopGracePeriod("10s"), l -> l.stopGracePeriod("1m30s"), e -> e.stopGracePeriod("1m30s")),
        t("sysctls", b -> b.sysctl("net.core.somaxconn", "1024"), l -> l.sysctl("net.ipv4.tcp_syncookies", "0"),
            e -> e.sysctl("net.core.somaxconn", "1024").sysctl("net.ipv4.tcp_syncookies", "0")),
        t("x-*", b -> b.extension("x-a", 1).extension("x-b", "two"), l -> l.extension("x-b", List.of("three")),
            e -> e.extension("x-a", 1).extension("x-b", List.of("three"))));
  }

  static Stream<Arguments> cases() {
    return triples().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mergesAttributeByComposeRule(Triple triple) {
    Service base = triple.base.apply(Service.builder("web")).build();
    Service layer = triple.layer.apply(Service.builder("web")).build();
    Service expected = triple.expected.apply(Service.builder("web")).build();

    assertThat(ServiceAttributes.merge(base, layer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keepsTheBaseWhenTheLayerLeavesAnAttributeAbsent(Triple triple) {
    Service base = triple.base.apply(Service.builder("web")).build();

    assertThat(ServiceAttributes.merge(base, Service.builder("web").build())).isEqualTo(base);
  }

  @Test
  void everyAttributeHasATriple() {
    Set<String> covered = triples().stream().map(Triple::attribute).collect(Collectors.toCollection(TreeSet::new));
    Set<String> all = ServiceAttributes.all().stream().map(ServiceAttribute::yamlName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(covered).isEqualTo(all);
  }

  @Test
  void logsWithAnotherDriverReplaceTheWholeLogging() {
    Service base = Service.builder("web")
        .logging(Logging.builder().driver("json-file").option("max-size", "10m").build()).build();
    Service layer = Service.builder("web").logging(Logging.builder().driver("syslog").build()).build();

    assertThat(ServiceAttributes.merge(base, layer).logging()).isEqualTo(Logging.driver("syslog"));
  }

  @Test
  void healthcheckTestIsReplacedWholeNotAppended() {
    Service base = Service.builder("web").healthcheck(Healthcheck.cmd("a", "b")).build();
    Service layer = Service.builder("web").healthcheck(Healthcheck.cmd("c")).build();

    assertThat(ServiceAttributes.merge(base, layer).healthcheck().test()).containsExactly("CMD", "c");
  }

  @Test
  void mapsKeepUnrelatedEntriesAndOrder() {
    Service base = Service.builder("web").env("Z", "1").env("A", "2").build();
    Service layer = Service.builder("web").env("M", "3").build();

    assertThat(ServiceAttributes.merge(base, layer).environment()).containsExactly(
        Map.entry("Z", "1"), Map.entry("A", "2"), Map.entry("M", "3"));
  }
}
