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
import io.composegen.model.service.Deploy;
import io.composegen.model.service.DeployRestartPolicy;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CG501 to CG506: what docker stack deploy ignores, as infos in production. */
class RuleSwarmTest {

  private static Service.Builder ready(String name) {
    return Service.builder(name).image("acme/" + name + ":1.0").restart(Restart.UNLESS_STOPPED).memLimit("256m")
        .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost:8080/health"));
  }

  @Test
  void reportsWhatSwarmIgnoresAsInfos() {
    Stack stack = production(ready("web").build("./web").containerName("web").dependsOn("db").link("db")
        .restart(Restart.ON_FAILURE).port("127.0.0.1:8080:8080").securityOption("no-new-privileges:true"),
        ready("db"));

    assertThat(problems(stack)).filteredOn(p -> p.code().startsWith("CG5"))
        .extracting(Problem::code, p -> p.path().toString(), Problem::severity, Problem::message)
        .containsExactly(
            tuple("CG501", "services.web.build", Severity.INFO,
                "docker stack deploy ignores build: Swarm only runs images it can pull"),
            tuple("CG502", "services.web.container_name", Severity.INFO,
                "docker stack deploy ignores container_name: Swarm names the containers <stack>_web.<n>.<id>"),
            tuple("CG503", "services.web.depends_on", Severity.INFO,
                "docker stack deploy ignores depends_on: Swarm starts the services in any order and waits for no "
                    + "condition"),
            tuple("CG505", "services.web.links", Severity.INFO, "docker stack deploy ignores links"),
            tuple("CG506", "services.web.ports[0]", Severity.INFO,
                "docker stack deploy ignores host_ip 127.0.0.1: Swarm publishes 8080/tcp on every interface of "
                    + "every node"),
            tuple("CG504", "services.web.restart", Severity.INFO,
                "docker stack deploy ignores restart: on-failure: Swarm follows deploy.restart_policy, which is not "
                    + "set, and restarts the service whenever it stops"),
            tuple("CG505", "services.web.security_opt", Severity.INFO, "docker stack deploy ignores security_opt"));
  }

  @Test
  void acceptsRestartThatMatchesSwarmOrHasARestartPolicy() {
    Stack stack = production(ready("web").restart(Restart.ALWAYS), ready("job").restart(Restart.NO)
        .deploy(Deploy.builder().restartPolicy(DeployRestartPolicy.builder().condition("none").build()).build()));

    assertNone(stack, "CG504");
  }

  @Test
  void reportsNothingOfSwarmOutsideProduction() {
    Stack stack = base(ready("web").build("./web").containerName("web").port("127.0.0.1:8080:8080"));

    assertThat(problems(stack)).filteredOn(p -> p.code().startsWith("CG5")).isEmpty();
  }

  @Test
  void acceptsPortsOnAllInterfaces() {
    assertNone(production(ready("web").port("8080:8080").port("0.0.0.0:8443:8443")), "CG506");
  }

  @Test
  void reportsPrivilegedAsIgnoredButNotPrivilegedFalse() {
    assertOnly(production(ready("web").privileged(true)), "CG505", "services.web.privileged",
        "docker stack deploy ignores privileged");
    assertNone(production(ready("web").privileged(false)), "CG505");
  }
  @Test
  void locatesEachOfTensOfThousandsOfPortsInTheFileThatWritesIt() {
    // a problem at an item of a resolved list is located by finding the item in the file's list: 40,000 ports with
    // a problem each searched the list once per problem (1.6 billion comparisons); it is now indexed once
    Stack stack = base(ready("web").port("127.0.0.1:9090:90")).toBuilder()
        .layer(Layer.prod().service("web", web -> {
          for (int i = 0; i < 40_000; i++) {
            web.port(address(i) + ":8080:80");
          }
        }))
        .build();

    List<Problem> found = problems(stack, "CG506");

    assertThat(found).hasSize(40_001).allSatisfy(p -> assertThat(p.environments()).containsExactly("prod"));
    Map<String, String> byAddress = new HashMap<>();
    found.forEach(p -> byAddress.put(p.message().substring(0, p.message().indexOf(':')), p.file() + " " + p.path()));
    assertThat(byAddress).containsEntry("docker stack deploy ignores host_ip 127.0.0.1",
        "compose.yaml services.web.ports[0]");
    for (int i : new int[] {0, 1, 15, 16, 17, 12_345, 39_999}) {
      assertThat(byAddress).containsEntry("docker stack deploy ignores host_ip " + address(i),
          "compose.prod.yaml services.web.ports[" + i + "]");
    }
  }

  private static String address(int i) {
    return "10." + i / 62_500 + "." + i / 250 % 250 + "." + (i % 250 + 1);
  }
}
