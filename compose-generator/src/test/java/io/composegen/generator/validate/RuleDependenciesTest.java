package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
  void followsAChainOfTwentyThousandServicesAndReportsTheCycleThatClosesIt() {
    int length = 20_000;
    Service.Builder[] chain = new Service.Builder[length];
    for (int i = 0; i < length; i++) {
      // s1 depends on s0, s2 on s1, ...: in name order the search starts at s1, s10, s100, ... and goes deep
      chain[i] = Service.builder("s" + i).image("nginx:1.27").dependsOn("s" + ((i + length - 1) % length));
    }
    assertThat(problems(base(chain), "CG110")).singleElement().satisfies(cycle -> {
      assertThat(cycle.path()).hasToString("services.s0.depends_on.s19999");
      assertThat(cycle.message()).isEqualTo("depends_on forms a cycle: s0 -> " + java.util.stream.IntStream
          .rangeClosed(19_981, 19_999).map(i -> 19_999 + 19_981 - i).mapToObj(i -> "s" + i)
          .collect(java.util.stream.Collectors.joining(" -> ")) + " -> (19980 more) -> s0");
    });
    chain[0] = Service.builder("s0").image("nginx:1.27");
    assertNone(base(chain), "CG110");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void reportsTenThousandCyclesOfAGraphBuiltToHoldThemEachWithTwentyNamesAtMost() {
    int n = 10_000;
    Service.Builder[] services = new Service.Builder[n + 1];
    services[0] = Service.builder("a").image("nginx:1.27").dependsOn("b00001");
    for (int k = 1; k <= n; k++) {
      // b_k depends on the next and back on a: a closes one cycle through each of b_1 .. b_k
      services[k] = Service.builder(String.format("b%05d", k)).image("nginx:1.27").dependsOn("a");
      if (k < n) {
        services[k].dependsOn(String.format("b%05d", k + 1));
      }
    }

    List<Problem> cycles = problems(base(services), "CG110");

    assertThat(cycles).hasSize(n);
    assertThat(cycles).allSatisfy(p -> assertThat(p.message().split(" -> ")).hasSizeLessThanOrEqualTo(22));
    assertThat(cycles).extracting(Problem::message).contains("depends_on forms a cycle: a -> b00001 -> a",
        "depends_on forms a cycle: a -> " + java.util.stream.IntStream.rangeClosed(1, 19)
            .mapToObj(k -> String.format("b%05d", k)).collect(java.util.stream.Collectors.joining(" -> "))
            + " -> (" + (n + 1 - 20) + " more) -> a");
  }

  /** Cycles as the search found them when it recursed on the thread's stack, in the order it found them. */
  private static Set<List<String>> cyclesAsFoundRecursively(Stack stack) {
    Set<List<String>> cycles = new LinkedHashSet<>();
    Set<String> done = new HashSet<>();
    for (String start : new TreeMap<>(stack.services()).keySet()) {
      visitRecursively(start, stack, new ArrayList<>(), done, cycles);
    }
    return cycles;
  }

  private static void visitRecursively(String name, Stack stack, List<String> path, Set<String> done,
      Set<List<String>> cycles) {
    int on = path.indexOf(name);
    if (on >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(on, path.size()));
      Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
      cycles.add(cycle);
      return;
    }
    Service service = stack.services().get(name);
    if (done.contains(name) || service == null) {
      return;
    }
    path.add(name);
    service.dependsOn().keySet().forEach(next -> visitRecursively(next, stack, path, done, cycles));
    path.remove(path.size() - 1);
    done.add(name);
  }

  @Property(tries = 500)
  void reportsTheCyclesARecursiveSearchFinds(@ForAll("graphs") Map<String, List<String>> graph) {
    Stack stack = base(graph.entrySet().stream().map(e -> {
      Service.Builder service = Service.builder(e.getKey()).image("nginx:1.27");
      e.getValue().forEach(service::dependsOn);
      return service;
    }).toArray(Service.Builder[]::new));

    List<String> expected = cyclesAsFoundRecursively(stack).stream().map(cycle -> "services." + cycle.get(0)
        + ".depends_on." + (cycle.size() > 1 ? cycle.get(1) : cycle.get(0)) + ": depends_on forms a cycle: "
        + String.join(" -> ", cycle) + " -> " + cycle.get(0)).sorted().toList();
    assertThat(problems(stack, "CG110")).extracting(p -> p.path() + ": " + p.message())
        .containsExactlyElementsOf(expected);
  }

  /** Up to eight services of one-letter names, each depending on up to three names, some of services not defined. */
  @Provide
  Arbitrary<Map<String, List<String>>> graphs() {
    Arbitrary<String> names = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h", "x");
    return Arbitraries.maps(names.filter(n -> !n.equals("x")), names.list().uniqueElements().ofMaxSize(3))
        .ofMinSize(1).ofMaxSize(8);
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
