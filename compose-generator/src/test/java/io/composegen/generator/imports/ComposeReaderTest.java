package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.composegen.generator.ComposeGenerator;
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
import io.composegen.model.service.MountType;
import io.composegen.model.service.Placement;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.PortRange;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComposeReaderTest {

  private static final ComposeReader READER = ComposeReader.create();

  /** Reads a layer file whose only service {@code web} has the given attributes, so it needs no image. */
  private static Service web(String attributes) {
    String text = "services:\n  web:\n" + attributes.stripTrailing().indent(4);
    ReadResult<Layer> result = READER.readLayer("dev", text);
    assertThat(result.problems()).as(text).isEmpty();
    return result.value().services().get("web");
  }

  private static List<String> problems(String text) {
    return READER.readBase(text).problems().stream().map(Problem::toString).toList();
  }

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  @Test
  void readsEveryServiceAttributeOfTheModel() {
    List<String> modelAttributes = ServiceAttributes.all().stream().map(ServiceAttribute::yamlName)
        .filter(name -> !name.equals("x-*")).toList();

    assertThat(ComposeReader.serviceAttributes()).containsExactlyElementsOf(modelAttributes);
  }

  @Nested
  class ServiceAttributesInEachSyntax {

    @Test
    void readsScalarStringAttributes() {
      Service web = web("""
          image: nginx:1.25
          container_name: web-1
          hostname: web
          domainname: example.com
          platform: linux/amd64
          pull_policy: always
          working_dir: /app
          user: 1000
          network_mode: host
          pid: host
          ipc: shareable
          stop_signal: SIGTERM
          """);

      assertThat(web).isEqualTo(Service.builder("web").image("nginx:1.25").containerName("web-1").hostname("web")
          .domainname("example.com").platform("linux/amd64").pullPolicy("always").workingDir("/app").user("1000")
          .networkMode("host").pid("host").ipc("shareable").stopSignal("SIGTERM").build());
    }

    @Test
    void readsBuildAsContextStringOrMapping() {
      assertThat(web("build: ./app").build()).isEqualTo(BuildSpec.of("./app"));
      assertThat(web("""
          build:
            context: .
            dockerfile: docker/Dockerfile
            target: prod
            args:
              - VERSION=1.2
              - TOKEN
            cache_from: [app:cache]
            cache_to: ["type=local,dest=/tmp"]
            labels: {tier: web}
            network: host
            shm_size: 256m
            extra_hosts: {db: 10.0.0.2}
            pull: true
            tags: [app:1]
            platforms: [linux/arm64]
            x-note: kept
          """).build()).isEqualTo(BuildSpec.builder().context(".").dockerfile("docker/Dockerfile").target("prod")
          .arg("VERSION", "1.2").arg("TOKEN", null).cacheFrom1("app:cache").cacheTo1("type=local,dest=/tmp")
          .label("tier", "web").network("host").shmSize(ByteSize.ofMegabytes(256)).extraHost("db:10.0.0.2")
          .pull(true).tag("app:1").platform("linux/arm64").extension("x-note", "kept").build());
      assertThat(web("build: {dockerfile_inline: \"FROM alpine\\nRUN true\"}").build())
          .isEqualTo(BuildSpec.builder().dockerfileInline("FROM alpine\nRUN true").build());
    }

    @Test
    void readsExtendsAsNameOrMapping() {
      assertThat(web("extends: base").extendsFrom()).isEqualTo(new ExtendsSpec("base", null));
      assertThat(web("extends: {service: base, file: common.yaml}").extendsFrom())
          .isEqualTo(new ExtendsSpec("base", "common.yaml"));
    }

    @Test
    void readsRestartPolicies() {
      assertThat(web("restart: \"no\"").restart()).isEqualTo(Restart.NO);
      assertThat(web("restart: unless-stopped").restart()).isEqualTo(Restart.UNLESS_STOPPED);
      assertThat(web("restart: on-failure:3").restart()).isEqualTo(Restart.onFailure(3));
    }

    @Test
    void readsCommandAndEntrypointInShellAndExecForm() {
      Service shell = web("""
          command: gunicorn -b :5000 main:app
          entrypoint: /docker-entrypoint.sh --verbose
          """);
      Service exec = web("""
          command: ["sleep", 10]
          entrypoint:
            - /bin/sh
            - -c
          """);

      assertThat(shell.command()).isEqualTo(Command.shell("gunicorn -b :5000 main:app"));
      assertThat(shell.entrypoint()).isEqualTo(Command.shell("/docker-entrypoint.sh --verbose"));
      assertThat(exec.command()).isEqualTo(Command.exec("sleep", "10"));
      assertThat(exec.entrypoint()).isEqualTo(Command.exec("/bin/sh", "-c"));
    }

    @Test
    void readsEnvironmentAsMappingOrList() {
      Service mapping = web("""
          environment:
            DEBUG: "1"
            PORT: 5054
            VERBOSE: true
            FROM_SHELL:
            EMPTY: ""
            URL: postgres://${DB_HOST:-db}:5432/$${NOT_INTERPOLATED}
          """);
      Service list = web("""
          environment:
            - DEBUG=1
            - FROM_SHELL
            - EMPTY=
            - EQUATION=a=b
          """);

      assertThat(mapping.environment()).containsExactlyEntriesOf(map("DEBUG", "1", "PORT", "5054", "VERBOSE",
          "true", "FROM_SHELL", null, "EMPTY", "", "URL", "postgres://${DB_HOST:-db}:5432/$${NOT_INTERPOLATED}"));
      assertThat(list.environment()).containsExactlyEntriesOf(map("DEBUG", "1", "FROM_SHELL", null, "EMPTY", "",
          "EQUATION", "a=b"));
    }

    @Test
    void readsEnvFileAsStringListOrLongSyntax() {
      assertThat(web("env_file: .env").envFiles()).containsExactly(EnvFile.of(".env"));
      assertThat(web("""
          env_file:
            - .env
            - path: ./local.env
              required: false
            - path: ./more.env
          """).envFiles()).containsExactly(EnvFile.of(".env"), new EnvFile("./local.env", false),
          EnvFile.of("./more.env"));
    }

    @Test
    void readsPortsInShortAndLongSyntax() {
      Service web = web("""
          ports:
            - "8080:80"
            - 3000
            - 127.0.0.1::5000/udp
            - "[::1]:6001:6001"
            - 9090-9091:8080-8081
            - target: 80
              published: "8081"
            - target: 443
              published: 8443
              host_ip: 0.0.0.0
              protocol: tcp
              mode: host
              name: https
              app_protocol: https
            - target: 9000-9001
              published: 9000-9001
          """);

      assertThat(web.ports()).containsExactly(
          PortMapping.of(8080, 80),
          PortMapping.target(3000),
          new PortMapping("127.0.0.1", null, PortRange.of(5000), "udp", null, null, null),
          new PortMapping("::1", PortRange.of(6001), PortRange.of(6001), null, null, null, null),
          new PortMapping(null, PortRange.of(9090, 9091), PortRange.of(8080, 8081), null, null, null, null),
          PortMapping.of(8081, 80),
          new PortMapping("0.0.0.0", PortRange.of(8443), PortRange.of(443), "tcp", "host", "https", "https"),
          new PortMapping(null, PortRange.of(9000, 9001), PortRange.of(9000, 9001), null, null, null, null));
    }

    @Test
    void readsVolumesInShortAndLongSyntax() {
      Service web = web("""
          volumes:
            - ./app:/app:ro
            - data:/var/lib/data:nocopy
            - /var/cache
            - type: bind
              source: ./conf
              target: /etc/app
              read_only: true
              bind:
                propagation: rshared
                create_host_path: false
                selinux: z
            - type: volume
              source: data
              target: /data
              consistency: cached
              volume:
                nocopy: true
                subpath: sub/dir
            - type: tmpfs
              target: /run
              tmpfs:
                size: 64m
                mode: 1023
            - type: tmpfs
              target: /tmp
              tmpfs:
                size: 1048576
          """);

      assertThat(web.volumes()).containsExactly(
          ServiceVolume.bind("./app", "/app").withReadOnly(true),
          ServiceVolume.volume("data", "/var/lib/data").withVolume(new VolumeOptions(true, null)),
          ServiceVolume.anonymous("/var/cache"),
          new ServiceVolume(MountType.BIND, "./conf", "/etc/app", true, null, new BindOptions("rshared", false, "z"),
              null, null),
          new ServiceVolume(MountType.VOLUME, "data", "/data", false, "cached", null,
              new VolumeOptions(true, "sub/dir"), null),
          ServiceVolume.tmpfs("/run").withTmpfs(new TmpfsOptions(ByteSize.ofMegabytes(64), 01777)),
          ServiceVolume.tmpfs("/tmp").withTmpfs(new TmpfsOptions(ByteSize.ofMegabytes(1), null)));
    }

    @Test
    void readsStringListsAndSingleStringsWhereComposeAllowsThem() {
      Service web = web("""
          profiles: [debug]
          expose: [3000, "8000-8010"]
          volumes_from: [db:ro]
          tmpfs: /run
          links: [db:database]
          dns: 8.8.8.8
          dns_search: example.com
          dns_opt: [use-vc]
          cap_add: [NET_ADMIN]
          cap_drop: [ALL]
          security_opt: [no-new-privileges:true]
          group_add: [mail, 1001]
          devices: [/dev/ttyUSB0:/dev/ttyUSB0]
          """);

      assertThat(web).isEqualTo(Service.builder("web").profile("debug").expose(List.of("3000", "8000-8010"))
          .volumeFrom("db:ro").tmpfsPath("/run").link("db:database").dnsServer("8.8.8.8")
          .dnsSearchDomain("example.com").dnsOption("use-vc").addCapability("NET_ADMIN").dropCapability("ALL")
          .securityOption("no-new-privileges:true").groupAdd(List.of("mail", "1001"))
          .device("/dev/ttyUSB0:/dev/ttyUSB0").build());
      assertThat(web("tmpfs: [/run, /tmp]").tmpfs()).containsExactly("/run", "/tmp");
      assertThat(web("dns: [1.1.1.1, 8.8.8.8]").dns()).containsExactly("1.1.1.1", "8.8.8.8");
    }

    @Test
    void readsNetworksAsListOrMapping() {
      assertThat(web("networks: [front, back]").networks())
          .containsExactly(Map.entry("front", ServiceNetwork.DEFAULT), Map.entry("back", ServiceNetwork.DEFAULT));
      assertThat(web("""
          networks:
            front:
            back: {}
            dns-net:
              aliases: [resolver]
              ipv4_address: 172.20.0.2
              ipv6_address: 2001:db8::2
              priority: 100
          """).networks()).containsExactly(
          Map.entry("front", ServiceNetwork.DEFAULT),
          Map.entry("back", ServiceNetwork.DEFAULT),
          Map.entry("dns-net", new ServiceNetwork(List.of("resolver"), "172.20.0.2", "2001:db8::2", 100)));
    }

    @Test
    void readsDependsOnAsListOrMapping() {
      assertThat(web("depends_on: [db, cache]").dependsOn())
          .containsExactly(Map.entry("db", Dependency.DEFAULT), Map.entry("cache", Dependency.DEFAULT));
      assertThat(web("""
          depends_on:
            db:
              condition: service_healthy
              restart: true
            init:
              condition: service_completed_successfully
              required: false
          """).dependsOn()).containsExactly(
          Map.entry("db", new Dependency(Condition.HEALTHY, true, null)),
          Map.entry("init", new Dependency(Condition.COMPLETED_SUCCESSFULLY, null, false)));
    }

    @Test
    void readsHealthcheckTestAsShellStringOrList() {
      assertThat(web("""
          healthcheck:
            test: curl -f http://localhost || exit 1
            interval: 1m30s
            timeout: 10s
            retries: 3
            start_period: 40s
            start_interval: 5s
          """).healthcheck()).isEqualTo(Healthcheck.builder().testPart("CMD-SHELL")
          .testPart("curl -f http://localhost || exit 1").interval(ComposeDuration.parse("1m30s"))
          .timeout(ComposeDuration.ofSeconds(10)).retries(3).startPeriod(ComposeDuration.ofSeconds(40))
          .startInterval(ComposeDuration.ofSeconds(5)).build());
      assertThat(web("healthcheck: {test: [CMD, pg_isready, -U, postgres], x-owner: db}").healthcheck())
          .isEqualTo(Healthcheck.cmd("pg_isready", "-U", "postgres").toBuilder().extension("x-owner", "db").build());
      assertThat(web("healthcheck: {disable: true}").healthcheck()).isEqualTo(Healthcheck.disabled());
    }

    @Test
    void readsSecretsAndConfigsInShortAndLongSyntax() {
      Service web = web("""
          secrets:
            - db-password
            - source: api-key
              target: /run/secrets/key
              uid: "103"
              gid: 103
              mode: 0440
          configs:
            - nginx-conf
            - source: app-conf
              target: /etc/app.conf
          """);

      assertThat(web.secrets()).containsExactly(ServiceFileRef.of("db-password"),
          new ServiceFileRef("api-key", "/run/secrets/key", "103", "103", 0440));
      assertThat(web.configs()).containsExactly(ServiceFileRef.of("nginx-conf"),
          ServiceFileRef.of("app-conf").withTarget("/etc/app.conf"));
    }

    @Test
    void readsLabelsAndSysctlsAsMappingOrList() {
      assertThat(web("labels: {com.example.tier: web, replicas: 2}").labels())
          .containsExactlyEntriesOf(map("com.example.tier", "web", "replicas", "2"));
      assertThat(web("labels: [com.example.tier=web, flag]").labels())
          .containsExactlyEntriesOf(map("com.example.tier", "web", "flag", ""));
      assertThat(web("sysctls: {net.core.somaxconn: 1024}").sysctls())
          .containsExactlyEntriesOf(map("net.core.somaxconn", "1024"));
      assertThat(web("sysctls: [net.ipv4.tcp_syncookies=0]").sysctls())
          .containsExactlyEntriesOf(map("net.ipv4.tcp_syncookies", "0"));
    }

    @Test
    void readsLoggingAndDeploy() {
      Service web = web("""
          logging:
            driver: json-file
            options: {max-size: 10m, max-file: 3}
          deploy:
            mode: replicated
            replicas: 2
            endpoint_mode: vip
            labels: [tier=web]
            resources:
              limits: {cpus: "0.50", memory: 512M, pids: 100}
              reservations: {cpus: 0.25, memory: 268435456}
            restart_policy: {condition: on-failure, delay: 5s, max_attempts: 3, window: 2m}
            update_config: {parallelism: 2, delay: 10s, failure_action: rollback, monitor: 1m, max_failure_ratio: 0.1, order: start-first}
            rollback_config: {parallelism: 1, order: stop-first}
            placement:
              constraints: [node.role==manager]
              preferences: [{spread: node.labels.zone}]
              max_replicas_per_node: 1
            x-team: web
          """);

      assertThat(web.logging()).isEqualTo(Logging.builder().driver("json-file").option("max-size", "10m")
          .option("max-file", "3").build());
      assertThat(web.deploy()).isEqualTo(Deploy.builder().mode("replicated").replicas(2).endpointMode("vip")
          .label("tier", "web")
          .resources(new Resources(new ResourceSpec(new BigDecimal("0.50"), ByteSize.ofMegabytes(512), 100),
              new ResourceSpec(new BigDecimal("0.25"), ByteSize.ofMegabytes(256), null)))
          .restartPolicy(new DeployRestartPolicy("on-failure", ComposeDuration.ofSeconds(5), 3,
              ComposeDuration.ofMinutes(2)))
          .updateConfig(new UpdateConfig(2, ComposeDuration.ofSeconds(10), "rollback", ComposeDuration.ofMinutes(1),
              new BigDecimal("0.1"), "start-first"))
          .rollbackConfig(UpdateConfig.builder().parallelism(1).order("stop-first").build())
          .placement(new Placement(List.of("node.role==manager"), List.of("node.labels.zone"), 1))
          .extension("x-team", "web").build());
    }

    @Test
    void readsSizesWithUnitsOrAsBytesAndCpusAsNumberOrString() {
      Service web = web("""
          mem_limit: 1g
          mem_reservation: 536870912
          shm_size: 2gb
          cpus: "1.5"
          """);

      assertThat(web.memLimit()).isEqualTo(ByteSize.ofGigabytes(1));
      assertThat(web.memReservation()).isEqualTo(ByteSize.ofMegabytes(512));
      assertThat(web.shmSize()).isEqualTo(ByteSize.ofGigabytes(2));
      assertThat(web.cpus()).isEqualTo(new BigDecimal("1.5"));
      assertThat(web("cpus: 2").cpus()).isEqualTo(BigDecimal.valueOf(2));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void refusesNumbersWrittenWithMoreCharactersThanAnyNeedsQuickly() {
      String longCpus = "0." + "0".repeat(1_000_000) + "1";
      assertThat(problems("services:\n  web:\n    image: x\n    cpus: \"" + longCpus + "\"\n"))
          .containsExactly("services.web.cpus: CG703 \"0." + "0".repeat(57) + "...\" is not a number of at most"
              + " 100 characters (write the number of CPUs, e.g. 0.5)");
      assertThat(problems("services:\n  web:\n    image: x\n    mem_limit: 1" + "0".repeat(1_000_000) + "b\n"))
          .singleElement().asString().endsWith("write the size with at most 40 digits (write a number with an"
              + " optional unit (b, k, m, g), e.g. 512m, or a number of bytes)");
      assertThat(web("cpus: \"0." + "0".repeat(97) + "1\"").cpus()).isPositive();
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void reportsAnUnknownKeyOfAMillionCharactersWithoutComparingItInFullToEveryKnownOne() {
      String key = "k".repeat(1_000_000);
      List<Problem> problems = READER.readBase("services:\n  web:\n    image: x\n    ? " + key + "\n    : 1\n")
          .problems();

      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(Problem.UNKNOWN_KEY);
        assertThat(p.hint()).startsWith("remove it, or rename it to x-kkk");
      });
      assertThat(problems("services:\n  web:\n    image: x\n    prots: [\"80\"]\n"))
          .singleElement().asString().endsWith("(did you mean \"ports\"?)");
    }

    @Test
    void readsUlimitsAsNumberOrSoftAndHard() {
      assertThat(web("ulimits: {nproc: 65535, nofile: {soft: 20000, hard: 40000}}").ulimits())
          .containsExactly(Map.entry("nproc", Ulimit.of(65535)), Map.entry("nofile", Ulimit.of(20000, 40000)));
    }

    @Test
    void readsExtraHostsAsListOrMapping() {
      assertThat(web("extra_hosts: [\"somehost:162.242.195.82\", \"other=::1\"]").extraHosts())
          .containsExactly("somehost:162.242.195.82", "other=::1");
      assertThat(web("extra_hosts: {somehost: 162.242.195.82, dual: [10.0.0.1, \"::1\"]}").extraHosts())
          .containsExactly("somehost:162.242.195.82", "dual:10.0.0.1", "dual:::1");
    }

    @Test
    void readsBooleansDurationsAndExtensions() {
      Service web = web("""
          privileged: false
          read_only: true
          init: true
          stdin_open: true
          tty: false
          stop_grace_period: 1m30s
          x-plain: text
          x-nested: {list: [1, 2.50, true, null, 12345678901], flag: false}
          """);

      assertThat(web.privileged()).isFalse();
      assertThat(web.readOnly()).isTrue();
      assertThat(web.init()).isTrue();
      assertThat(web.stdinOpen()).isTrue();
      assertThat(web.tty()).isFalse();
      assertThat(web.stopGracePeriod()).isEqualTo(ComposeDuration.ofSeconds(90));
      Map<String, Object> nested = new LinkedHashMap<>();
      nested.put("list", Arrays.asList(1, new BigDecimal("2.50"), true, null, 12345678901L));
      nested.put("flag", false);
      assertThat(web.extensions()).containsExactly(Map.entry("x-plain", "text"), Map.entry("x-nested", nested));
    }

    @Test
    void keepsVariablesAndDollarEscapesAsWritten() {
      Service web = web("""
          image: ${REGISTRY:-docker.io}/app:${TAG:?set TAG}
          command: echo $$HOME ${GREETING}
          environment: [PRICE=$$5, PATH=$PATH]
          """);

      assertThat(web.image()).isEqualTo("${REGISTRY:-docker.io}/app:${TAG:?set TAG}");
      assertThat(web.command()).isEqualTo(Command.shell("echo $$HOME ${GREETING}"));
      assertThat(web.environment()).containsExactlyEntriesOf(map("PRICE", "$$5", "PATH", "$PATH"));
    }

    @Test
    void readsYamlOneOneBooleanWordsAsStringsAsComposeDoes() {
      Service web = web("environment: {A: yes, B: off, C: y, D: True}");

      assertThat(web.environment()).containsExactlyEntriesOf(map("A", "yes", "B", "off", "C", "y", "D", "true"));
    }
  }

  @Nested
  class TopLevel {

    @Test
    void readsNameResourcesAndExtensionsAndDropsVersion() {
      ReadResult<Stack> result = READER.readBase("""
          version: "3.9"
          name: shop
          services:
            web: {image: nginx}
          networks:
            front:
            back: {}
            dns-net:
              driver: bridge
              driver_opts: {com.docker.network.bridge.name: br0, mtu: 1400}
              internal: true
              attachable: true
              enable_ipv6: false
              ipam:
                driver: default
                config:
                  - subnet: 172.20.0.0/24
                    ip_range: 172.20.0.0/25
                    gateway: 172.20.0.1
                    aux_addresses: {host1: 172.20.0.3}
                options: {foo: bar}
              labels: [tier=dns]
              x-note: n
            outside: {external: true, name: corp-net}
          volumes:
            data:
            cache: {driver: local, driver_opts: {type: tmpfs}, labels: {a: b}, name: app-cache}
            old: {external: true}
          secrets:
            db-password: {file: ./db_password.txt}
            token: {environment: TOKEN}
            shared: {external: true, name: corp-secret}
          configs:
            nginx: {file: ./nginx.conf}
            inline: {content: "hello ${NAME}"}
          x-common: {restart: always}
          x-number: 3
          """);

      assertThat(result.problems()).isEmpty();
      Stack expected = Stack.builder("shop")
          .service(Service.builder("web").image("nginx"))
          .network("front")
          .network("back")
          .network("dns-net", Network.builder().driver("bridge").driverOpt("com.docker.network.bridge.name", "br0")
              .driverOpt("mtu", "1400").internal(true).attachable(true).enableIpv6(false)
              .ipam(Ipam.builder().driver("default").pool(new IpamPool("172.20.0.0/24", "172.20.0.0/25",
                  "172.20.0.1", Map.of("host1", "172.20.0.3"))).option("foo", "bar").build())
              .label("tier", "dns").extension("x-note", "n").build())
          .network("outside", Network.externalNetwork("corp-net"))
          .volume("data")
          .volume("cache", Volume.builder().driver("local").driverOpt("type", "tmpfs").label("a", "b")
              .name("app-cache").build())
          .volume("old", Volume.builder().external(true).build())
          .secret("db-password", Secret.fromFile("./db_password.txt"))
          .secret("token", Secret.fromEnvironment("TOKEN"))
          .secret("shared", Secret.externalSecret("corp-secret"))
          .config("nginx", Config.fromFile("./nginx.conf"))
          .config("inline", Config.ofContent("hello ${NAME}"))
          .extension("x-common", Map.of("restart", "always"))
          .extension("x-number", 3)
          .build();
      assertThat(result.value()).isEqualTo(expected);
    }

    @Test
    void readsAnEmptyFileAsAnEmptyStack() {
      assertThat(READER.readBase("# nothing yet\n").value()).isEqualTo(Stack.builder(null).build());
      assertThat(READER.readBase("").problems()).isEmpty();
    }

    @Test
    void keepsLargeNumbersOfExtensionsExactly() {
      Stack stack = READER.readBase("x-big: 123456789012345678901234567890\nx-exact: 0.1000\n").value();

      assertThat(stack.extensions()).containsExactly(
          Map.entry("x-big", new BigInteger("123456789012345678901234567890")),
          Map.entry("x-exact", new BigDecimal("0.1000")));
    }

    @Test
    void readsALayerFileWhoseServicesAreFragments() {
      ReadResult<Layer> result = READER.readLayer("prod", """
          services:
            web:
              restart: always
              environment: {LOG_LEVEL: warn}
          volumes:
            data: {driver: ssd}
          x-env: prod
          """);

      assertThat(result.problems()).isEmpty();
      assertThat(result.value()).isEqualTo(Layer.named("prod")
          .service("web", web -> web.restart(Restart.ALWAYS).env("LOG_LEVEL", "warn"))
          .volume("data", Volume.builder().driver("ssd").build())
          .extension("x-env", "prod").build());
    }

    @Test
    void readsATreeFromAnotherLoader() {
      ObjectNode tree = JsonNodeFactory.instance.objectNode();
      tree.putObject("services").putObject("web").put("image", "nginx");
      ComposeReader reader = ComposeReader.withLoader(text -> new YamlLoader.Loaded(tree, List.of()));

      assertThat(reader.readBase("ignored").value().services()).containsKey("web");
      assertThat(READER.readBase(tree).value().services().get("web").image()).isEqualTo("nginx");
    }
  }

  @Nested
  class AwesomeComposeCorpus {

    private static final Path CORPUS = Path.of("/work/shared/corpus/awesome-compose");
    private static final ComposeGenerator GENERATOR = ComposeGenerator.create();

    /** Samples that use a Compose attribute the model has no place for, with the problems that says so: none. */
    private static final Map<String, List<String>> EXPECTED_PROBLEMS = Map.of();

    static Stream<Path> composeFiles() throws IOException {
      try (Stream<Path> dirs = Files.list(CORPUS)) {
        return dirs.filter(Files::isDirectory).sorted()
            .flatMap(dir -> Stream.of(dir.resolve("compose.yaml"), dir.resolve("compose.yml")))
            .filter(Files::exists).toList().stream();
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void readsEverySampleWithoutProblemsOrWithTheExplainedOnes(Path file) throws IOException {
      String sample = file.getParent().getFileName().toString();

      ReadResult<Stack> result = READER.readBase(Files.readString(file));

      assertThat(result.problems()).map(Problem::toString)
          .containsExactlyElementsOf(EXPECTED_PROBLEMS.getOrDefault(sample, List.of()));
      assertThat(result.value().services()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void rendersEachSampleSoThatItReadsBackTheSame(Path file) throws IOException {
      Stack read = READER.readBase(Files.readString(file)).value();

      String rendered = GENERATOR.render(read).get("compose.yaml");

      ReadResult<Stack> again = READER.readBase(rendered);
      assertThat(again.problems()).isEmpty();
      assertThat(again.value()).isEqualTo(read);
    }

    @Test
    void readsTheSamplesValuesFaithfully() throws IOException {
      Stack pihole = READER.readBase(Files.readString(CORPUS.resolve("pihole-cloudflared-DoH/compose.yaml")))
          .value();

      Service cloudflared = pihole.services().get("cloudflared");
      assertThat(cloudflared.ports()).containsExactly(PortMapping.parse("5054:5054/tcp"),
          PortMapping.parse("5054:5054/udp"));
      assertThat(cloudflared.environment()).containsEntry("TZ", "${TIMEZONE}");
      assertThat(cloudflared.networks()).containsExactly(
          Map.entry("dns-net", new ServiceNetwork(List.of(), "172.20.0.2", null, null)));
      assertThat(pihole.services().get("pihole").environment())
          .containsEntry("PIHOLE_DNS_", "172.20.0.2#5054;1.1.1.1");
      assertThat(pihole.networks().get("dns-net").ipam().config())
          .containsExactly(IpamPool.builder().subnet("172.20.0.0/24").build());
    }
  }

  @Nested
  class BadInput {

    @Test
    void reportsYamlSyntaxErrorsWithTheirPlace() {
      assertThat(problems("services:\n  web: [nginx\n")).containsExactly(
          "(root): CG700 not valid YAML: while parsing a flow sequence, expected ',' or ']', but got <stream end> "
              + "(line 3, column 1) (fix the YAML syntax at that place)");
    }

    @Test
    void reportsDuplicateKeys() {
      assertThat(problems("services:\n  web:\n    image: a\n    image: b\n")).containsExactly(
          "services.web.image: CG700 key \"image\" appears twice (keep one of the two entries)");
    }

    @Test
    void reportsUnknownKeysWithTheClosestKnownOne() {
      assertThat(problems("servces: {}\nservices:\n  web:\n    image: a\n    prots: [\"80\"]\n    colour: red\n"))
          .containsExactly(
              "servces: CG701 unknown key \"servces\" in the top level (did you mean \"services\"?)",
              "services.web.colour: CG701 unknown key \"colour\" in a service "
                  + "(remove it, or rename it to x-colour to keep it as an extension)",
              "services.web.prots: CG701 unknown key \"prots\" in a service (did you mean \"ports\"?)");
    }

    @Test
    void reportsWrongTypesQuotingTheValue() {
      assertThat(problems("""
          services:
            web:
              image: [nginx]
              ports: "8080:80"
              privileged: yes
              environment:
                NESTED: {a: 1}
          """)).containsExactly(
          "services.web.environment.NESTED: CG702 expected a string, number or boolean, got the mapping {\"a\":1} "
              + "(write a mapping of KEY: value, or a list of \"KEY=value\" strings)",
          "services.web.image: CG702 expected a string, got the list [\"nginx\"] "
              + "(write a string; quote it if YAML reads it as something else)",
          "services.web.ports: CG702 expected a list, got the string \"8080:80\" (write a port as "
              + "\"[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]\", e.g. \"8080:80\", or as a mapping with target)",
          "services.web.privileged: CG702 expected a boolean (true or false), got the string \"yes\" "
              + "(write true or false)");
    }

    @Test
    void reportsInvalidPortsWithTheModelsMessageAtTheirIndex() {
      assertThat(problems("""
          services:
            web:
              image: nginx
              ports:
                - "8080:80"
                - "99999:80"
                - target: 80
                  published: eighty
          """)).containsExactly(
          "services.web.ports[1]: CG703 invalid port \"99999:80\": published port 99999 is out of range 1-65535 "
              + "(write a port as \"[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]\", e.g. \"8080:80\", or as a mapping "
              + "with target)",
          "services.web.ports[2].published: CG703 invalid port range \"eighty\": port \"eighty\" is not a number "
              + "or a range like 8000-8010 (write a port number, or a range like \"8000-8010\")");
    }

    @Test
    void reportsInvalidValuesOfDurationsSizesAndRestart() {
      assertThat(problems("""
          services:
            web:
              image: nginx
              stop_grace_period: 10
              mem_limit: lots
              restart: sometimes
              healthcheck:
                interval: 10 seconds
          """)).containsExactly(
          "services.web.healthcheck.interval: CG703 invalid duration \"10 seconds\": expected a number followed by "
              + "a unit (h, m, s, ms, us, ns), e.g. 1m30s (write a number with a unit (h, m, s, ms, us, ns), "
              + "e.g. 30s or 1m30s)",
          "services.web.mem_limit: CG703 invalid size \"lots\": expected a number with an optional unit (b, k, kb, "
              + "m, mb, g, gb), e.g. 512m (write a number with an optional unit (b, k, m, g), e.g. 512m, or a "
              + "number of bytes)",
          "services.web.restart: CG703 invalid restart policy \"sometimes\": expected no, always, "
              + "on-failure[:max-retries] or unless-stopped (write no, always, on-failure, on-failure:3 or "
              + "unless-stopped)",
          "services.web.stop_grace_period: CG702 expected a duration string, got the number 10 (write a number "
              + "with a unit (h, m, s, ms, us, ns), e.g. 30s or 1m30s)");
    }

    @Test
    void reportsAServiceWithNeitherImageNorBuild() {
      assertThat(problems("services:\n  worker:\n    command: rqworker\n")).containsExactly(
          "services.worker: CG704 service \"worker\" has neither image nor build "
              + "(set image to run an existing image, or build to build one)");
    }

    @Test
    void acceptsAFragmentWithoutImageInALayerButNotTheProjectName() {
      ReadResult<Layer> result = READER.readLayer("dev", "name: other\nservices:\n  worker:\n    command: x\n");

      assertThat(result.problems()).map(Problem::toString).containsExactly(
          "name: CG701 a layer file cannot set the project name (set name in the base file only)");
      assertThat(result.value().services().get("worker").command()).isEqualTo(Command.shell("x"));
    }

    @Test
    void reportsInvalidNamesWithTheModelsMessage() {
      assertThat(problems("name: My Shop\nservices:\n  web app: {image: nginx}\n")).containsExactly(
          "name: CG703 invalid project name \"My Shop\": use lower-case letters, digits, '-' and '_', starting "
              + "with a letter or digit (use lower-case letters, digits, '-' and '_', starting with a letter or "
              + "digit)",
          "services[\"web app\"]: CG703 invalid service name \"web app\": use letters, digits, '_', '.' and '-', "
              + "starting with a letter or digit (rename the service: letters, digits, '_', '.' and '-', starting "
              + "with a letter or digit)");
    }

    @Test
    void reportsLongSyntaxWithoutRequiredKeysAndInvalidNestedValues() {
      assertThat(problems("""
          services:
            web:
              image: nginx
              volumes:
                - source: data
                  target: /data
              depends_on:
                db: {condition: service_ready}
              healthcheck:
                test: [RUN, check]
          """)).containsExactly(
          "services.web.depends_on.db.condition: CG703 invalid depends_on condition \"service_ready\": expected "
              + "service_started, service_healthy or service_completed_successfully (write service_started, "
              + "service_healthy or service_completed_successfully)",
          "services.web.healthcheck.test: CG703 healthcheck.test must start with CMD, CMD-SHELL or NONE, got "
              + "\"RUN\" (write a command line (run by the shell), or a list starting with CMD, CMD-SHELL or NONE)",
          "services.web.volumes[0]: CG704 mount has no type (give at least type and target, e.g. {type: volume, "
              + "source: data, target: /data})");
    }

    @Test
    void resolvesAliasesAndMergeKeysAndReportsTagsAsUnsupported() {
      assertThat(problems("""
          x-base: &base {restart: always}
          services:
            web:
              <<: *base
              image: nginx
              hostname: *base
              ports: !reset []
          """)).containsExactly(
          "services.web.hostname: CG702 expected a string, got the mapping {\"restart\":\"always\"} (write a string;"
              + " quote it if YAML reads it as something else)",
          "services.web.ports: CG705 tag !reset is not supported (remove the tag; in composegen a layer removes "
              + "what the base sets with Service.Builder#reset)");
    }

    @Test
    void reportsATopLevelThatIsNotAMapping() {
      assertThat(problems("- web\n- db\n")).containsExactly(
          "(root): CG702 expected a mapping, got the list [\"web\",\"db\"] "
              + "(write a mapping with services, networks ...)");
    }

    @Test
    void collectsEveryProblemAndStillReadsTheRest() {
      ReadResult<Stack> result = READER.readBase("""
          services:
            web:
              image: nginx
              ports: ["80:80", "x"]
              cpus: -1
            db: {image: postgres, tty: maybe}
          """);

      assertThat(result.problems()).map(Problem::path).map(Object::toString)
          .containsExactly("services.db.tty", "services.web.cpus", "services.web.ports[1]");
      assertThat(result.value().services().get("web").ports()).containsExactly(PortMapping.of(80, 80));
      assertThat(result.value().services().get("db").image()).isEqualTo("postgres");
    }
  }
}
