package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Service;
import org.junit.jupiter.api.Test;

/** CG110 and CG111: dependency cycles and waits for health without a healthcheck. */
class RuleDependenciesTest {

  @Test
  void printsCycleStartingAtTheAlphabeticallyFirstService() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("api"),
        Service.builder("worker").image("acme/worker:1.0").dependsOn("web"),
        Service.builder("api").image("acme/api:1.0").dependsOn("worker"));

    assertOnly(stack, "CG110", "services.api.depends_on.worker",
        "depends_on forms a cycle: api -> worker -> web -> api");
  }

  @Test
  void reportsServiceThatDependsOnItself() {
    assertOnly(base(Service.builder("web").image("nginx:1.27").dependsOn("web")), "CG110",
        "services.web.depends_on.web", "depends_on forms a cycle: web -> web");
  }

  @Test
  void acceptsDiamondOfDependencies() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("api").dependsOn("worker"),
        Service.builder("api").image("acme/api:1.0").dependsOn("db"),
        Service.builder("worker").image("acme/worker:1.0").dependsOn("db"),
        Service.builder("db").image("postgres:16"));

    assertNone(stack, "CG110");
  }

  @Test
  void reportsWaitForHealthOfServiceWithoutHealthcheck() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("db", Condition.HEALTHY),
        Service.builder("db").image("postgres:16"));

    assertOnly(stack, "CG111", "services.web.depends_on.db",
        "waits for service \"db\" to be healthy, but db has no healthcheck");
  }

  @Test
  void reportsWaitForHealthOfServiceWithDisabledHealthcheck() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("db", Condition.HEALTHY),
        Service.builder("db").image("postgres:16").healthcheck(Healthcheck.disabled()));

    assertOnly(stack, "CG111", "services.web.depends_on.db",
        "waits for service \"db\" to be healthy, but db's healthcheck is disabled");
  }

  @Test
  void acceptsWaitForHealthOfServiceWithHealthcheckAndPlainStartWithout() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("db", Condition.HEALTHY)
            .dependsOn("cache", Condition.STARTED),
        Service.builder("db").image("postgres:16").healthcheck(Healthcheck.cmd("pg_isready")),
        Service.builder("cache").image("redis:7.2"));

    assertNone(stack, "CG111");
  }

  @Test
  void acceptsWaitForHealthOfServiceWhoseGeneratedImageChecksHealth() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("api", Condition.HEALTHY),
        Service.builder("api").build("./api", Recipes.pythonPip().python("3.11").build()));

    assertNone(stack, "CG111");
  }

  @Test
  void reportsWaitForHealthOfServiceWhoseGeneratedImageLeavesHealthcheckOut() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("api", Condition.HEALTHY),
        Service.builder("api").build("./api", Recipes.pythonPip().python("3.11").noHealthcheck().build()));

    assertOnly(stack, "CG111", "services.web.depends_on.api",
        "waits for service \"api\" to be healthy, but api has no healthcheck");
  }

  @Test
  void generatorKnowsTheHealthcheckOfTheDockerfileItGenerates() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27").dependsOn("api", Condition.HEALTHY))
        .service(Service.builder("api").build("./api", Recipes.pythonPip().python("3.11").build()))
        .service(Service.builder("admin").imageOf("api").dependsOn("api", Condition.HEALTHY))
        .service(Service.builder("proxy").image("nginx:1.27").dependsOn("admin", Condition.HEALTHY))
        .build();

    assertThat(ComposeGenerator.create().validate(stack).problems())
        .noneMatch(problem -> problem.code().equals("CG111"));
  }
}
