package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static io.composegen.generator.validate.Validations.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.DeployRestartPolicy;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import io.composegen.model.units.ByteSize;
import org.junit.jupiter.api.Test;

/** CG401 to CG407: production readiness. */
class RuleProductionTest {

  /** A service that passes every production rule. */
  private static Service.Builder ready(String name) {
    return Service.builder(name).image("acme/" + name + ":1.0").restart(Restart.UNLESS_STOPPED).memLimit("256m")
        .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost:8080/health"));
  }

  @Test
  void acceptsAReadyServiceInProduction() {
    assertThat(problems(production(ready("web")))).isEmpty();
  }

  @Test
  void checksNothingOfProductionOutsideProduction() {
    Stack stack = base(Service.builder("web").build("./web").volume("./web:/app").containerName("web"))
        .toBuilder().layer(Layer.dev()).layer(Layer.named("ci")).build();

    assertThat(problems(stack)).extracting(Problem::code).allMatch(code -> code.compareTo("CG400") < 0);
  }

  @Test
  void reportsUntaggedAndLatestImages() {
    Stack stack = production(ready("web").image("nginx"), ready("api").image("acme/api:latest"),
        ready("cache").image("registry.local:5000/redis"));

    assertThat(problems(stack, "CG401")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.api.image", "image \"acme/api:latest\" uses the tag latest, so each pull may bring another "
            + "version"),
        tuple("services.cache.image", "image \"registry.local:5000/redis\" has no tag, so each pull may bring "
            + "another version"),
        tuple("services.web.image", "image \"nginx\" has no tag, so each pull may bring another version"));
  }

  @Test
  void acceptsPinnedDigestAndVariableImages() {
    Stack stack = production(ready("web").image("nginx:1.27"), ready("api").image("acme/api@sha256:0123abcd"),
        ready("worker").image("acme/worker:${TAG:-latest}"));

    assertNone(stack, "CG401");
  }

  @Test
  void reportsBuildWithoutImage() {
    assertOnly(production(ready("web").image(null).build("./web")), "CG402", "services.web.build",
        "service web is built on the deploying host: build without image leaves nothing to push or pull");
  }

  @Test
  void acceptsBuildWithImage() {
    assertNone(production(ready("web").build("./web")), "CG402");
  }

  @Test
  void reportsSourceBindMountButNotAbsoluteOrVolumeMounts() {
    Stack stack = production(ready("web").volume("./src:/app/src").volume("/etc/localtime:/etc/localtime:ro")
        .volume("data:/data")).toBuilder().volume("data").build();

    assertOnly(stack, "CG403", "services.web.volumes[0]",
        "bind-mounts ./src from the project folder, so production runs whatever files are on the host");
  }

  @Test
  void locatesProblemsOfTheBaseInTheBaseFileAndNamesTheEnvironment() {
    Stack stack = Stack.builder("app").service(ready("web").bind("./src", "/app/src"))
        .layer(Layer.dev()).layer(Layer.prod()).build();

    assertThat(problems(stack, "CG403")).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("compose.yaml services.web.volumes[0]");
      assertThat(p.environments()).containsExactly("prod");
    });
  }

  @Test
  void reportsMissingRestartPolicyHealthcheckAndMemoryLimit() {
    Stack stack = production(Service.builder("web").image("acme/web:1.0"));

    assertThat(problems(stack)).extracting(Problem::code, p -> p.path().toString(), Problem::message).containsExactly(
        tuple("CG404", "services.web",
            "service web has no restart policy, so it stays down after a crash or a reboot"),
        tuple("CG405", "services.web", "service web has no healthcheck, so a hung container looks healthy"),
        tuple("CG406", "services.web",
            "service web has no memory limit, so a leak can starve every other service of the host"));
  }

  @Test
  void acceptsDeployRestartPolicyAndMemoryLimit() {
    Stack stack = production(ready("web").restart((Restart) null).memLimit((ByteSize) null).deploy(Deploy.builder()
        .restartPolicy(DeployRestartPolicy.builder().condition("any").build()).memoryLimit("512m").build()));

    assertNone(stack, "CG404");
    assertNone(stack, "CG406");
  }

  @Test
  void skipsRestartAndHealthcheckOfOneOffJobs() {
    Stack stack = production(ready("web").dependsOn("migrate", Condition.COMPLETED_SUCCESSFULLY),
        Service.builder("migrate").image("acme/web:1.0").memLimit("256m"),
        Service.builder("seed").image("acme/web:1.0").memLimit("256m").profile("demo"));

    assertNone(stack, "CG404");
    assertNone(stack, "CG405");
  }

  @Test
  void reportsContainerNameInProductionOnly() {
    assertOnly(production(ready("web").containerName("web")), "CG407", "services.web.container_name",
        "container_name \"web\" is fixed in production, so the service cannot scale and clashes with any other "
            + "container of that name on the host");
    assertNone(base(ready("web").containerName("web")), "CG407");
  }

  @Test
  void locatesWhatTheAllServicesFragmentSetsInTheLayerFile() {
    Stack stack = Stack.builder("app").service(ready("web")).service(ready("api"))
        .layer(Layer.prod().allServices(s -> s.image("acme/app:latest"))).build();

    assertThat(problems(stack, "CG401")).extracting(Problem::location).containsExactly(
        "compose.prod.yaml services.api.image", "compose.prod.yaml services.web.image");
  }
}
