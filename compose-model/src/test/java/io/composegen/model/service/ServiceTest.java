package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTest {

  @Test
  void buildsEveryCollectionInDeclarationOrder() {
    Service web = Service.builder("web")
        .port("8080:80").port("127.0.0.1:9000:9000/udp")
        .env("B", "2").env("A", "1")
        .volume("./app:/app:ro").bind("./conf", "/etc/app")
        .build();

    assertThat(web.ports()).extracting(PortMapping::toShortSyntax)
        .containsExactly("8080:80", "127.0.0.1:9000:9000/udp");
    assertThat(web.environment().keySet()).containsExactly("B", "A");
    assertThat(web.volumes()).extracting(ServiceVolume::target).containsExactly("/app", "/etc/app");
  }

  @Test
  void pluralSettersReplaceAndSingularAddersAppend() {
    Service web = Service.builder("web").port("1:1").ports(List.of(PortMapping.of(2, 2))).port("3:3").build();

    assertThat(web.ports()).extracting(PortMapping::toShortSyntax).containsExactly("2:2", "3:3");
  }

  @Test
  void toBuilderRoundTrips() {
    Service web = Service.builder("web").image("a:1").command("run it").env("X", null).label("l", "v")
        .healthcheck(Healthcheck.cmd("true")).restart(Restart.onFailure(3)).build();

    assertThat(web.toBuilder().build()).isEqualTo(web);
  }

  @Test
  void keepsEnvironmentKeysWithoutValues() {
    Service web = Service.builder("web").env("PASSTHROUGH", null).build();

    assertThat(web.environment()).containsEntry("PASSTHROUGH", null);
  }

  @Test
  void rejectsNamesComposeRejects() {
    assertThatThrownBy(() -> Service.builder("-web").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid service name \"-web\": use letters, digits, '_', '.' and '-', starting with a letter or digit");
  }

  @Test
  void rejectsNullListEntriesNamingTheField() {
    assertThatThrownBy(() -> Service.builder("web").profile(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("profiles entry");
  }

  @Test
  void knowsAnEmptyFragment() {
    assertThat(Service.builder("web").build().isEmptyFragment()).isTrue();
    assertThat(Service.builder("web").tty(true).build().isEmptyFragment()).isFalse();
  }

  @Test
  void parsesRestartPolicies() {
    assertThat(Restart.parse("on-failure:5")).isEqualTo(Restart.onFailure(5));
    assertThat(Restart.parse("unless-stopped")).isEqualTo(Restart.UNLESS_STOPPED);
    assertThat(Restart.onFailure(5)).hasToString("on-failure:5");
    assertThatThrownBy(() -> Restart.parse("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid restart policy \"sometimes\": expected no, always, on-failure[:max-retries] or unless-stopped");
    assertThatThrownBy(() -> new Restart("always", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restart: only on-failure takes a retry limit, not always");
  }

  @Test
  void checksCommandForms() {
    assertThat(Command.shell("a b").shellForm()).isTrue();
    assertThat(Command.exec("a", "b").parts()).containsExactly("a", "b");
    assertThatThrownBy(() -> new Command(List.of("a", "b"), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command: the shell form is one command line, got 2 parts");
  }

  @Test
  void checksHealthcheckTests() {
    assertThat(Healthcheck.shell("curl -f localhost").test()).containsExactly("CMD-SHELL", "curl -f localhost");
    assertThat(Healthcheck.disabled().isDisabled()).isTrue();
    assertThatThrownBy(() -> Healthcheck.builder().testPart("RUN").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthcheck.test must start with CMD, CMD-SHELL or NONE, got \"RUN\"");
    assertThatThrownBy(() -> Healthcheck.cmd("x").withRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthcheck.retries must be at least 0, got -1");
  }

  @Test
  void checksUlimits() {
    assertThatThrownBy(() -> Ulimit.of(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ulimit: soft 10 exceeds hard 5");
  }

  @Test
  void checksDeployModes() {
    assertThatThrownBy(() -> Deploy.builder().mode("everywhere").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deploy.mode must be replicated, global, replicated-job or global-job, got \"everywhere\"");
    assertThat(Deploy.builder().memoryLimit("512m").cpuLimit("0.5").build().resources().limits())
        .isEqualTo(new ResourceSpec(new java.math.BigDecimal("0.5"), io.composegen.model.units.ByteSize.parse("512m"), null));
  }

  @Test
  void checksSecretAndFileReferenceInvariants() {
    assertThatThrownBy(() -> new ServiceFileRef("db", null, null, null, 010000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mode must be between 0 and 07777, got 10000");
    assertThat(ServiceFileRef.of("db").isShortForm()).isTrue();
  }

  @Test
  void mergesDevicesThatNameNoContainerPath() {
    Service base = Service.builder("a").device(":").device("/dev/a").build();

    Service merged = ServiceAttributes.merge(base, Service.builder("a").device("").build());

    assertThat(merged.devices()).containsExactly("", "/dev/a");
  }

  @Test
  void readsAnAbsentDependencyConditionAsServiceStarted() {
    assertThat(new Dependency(null, true, null).condition()).isEqualTo(Condition.STARTED);
    assertThat(Dependency.on(Condition.STARTED)).isEqualTo(Dependency.DEFAULT);
  }

  @Test
  void knowsDefaultDependencyAndNetworkForms() {
    assertThat(Dependency.DEFAULT.isDefault()).isTrue();
    assertThat(Dependency.healthy().isDefault()).isFalse();
    assertThat(ServiceNetwork.DEFAULT.isDefault()).isTrue();
    assertThat(Condition.fromYaml("service_healthy")).isEqualTo(Condition.HEALTHY);
    assertThatThrownBy(() -> Condition.fromYaml("ready"))
        .hasMessage("invalid depends_on condition \"ready\": expected service_started, service_healthy or service_completed_successfully");
  }

  @Test
  void buildSpecKnowsItsShortForm() {
    assertThat(BuildSpec.of("./app").isContextOnly()).isTrue();
    assertThat(BuildSpec.builder().context("./app").target("prod").build().isContextOnly()).isFalse();
    assertThatThrownBy(() -> BuildSpec.builder().dockerfile("D").dockerfileInline("FROM x").build())
        .hasMessage("build: set dockerfile or dockerfile_inline, not both");
  }
}
