package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.generator.env.Interpolation;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.generator.ComposeGenerator;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Command;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.ExtendsSpec;
import io.composegen.model.service.Service;
import org.junit.jupiter.api.Test;

/**
 * CG130 to CG152: container names, services without an image, variable references, resource names and entrypoints
 * that clear an image's command.
 */
class RuleStructureTest {

  @Test
  void reportsDuplicateContainerNameOnTheSecondService() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").containerName("app"),
        Service.builder("api").image("acme/api:1.0").containerName("app"));

    assertOnly(stack, "CG130", "services.api.container_name",
        "container_name \"app\" is also used by services.web.container_name");
  }

  @Test
  void acceptsDistinctContainerNames() {
    assertNone(base(Service.builder("web").image("nginx:1.27").containerName("web"),
        Service.builder("api").image("acme/api:1.0").containerName("api")), "CG130");
  }

  @Test
  void reportsContainerNameWithSeveralReplicas() {
    Stack stack = base(Service.builder("worker").image("acme/worker:1.0").containerName("worker")
        .deploy(Deploy.builder().replicas(3).build()));

    assertOnly(stack, "CG131", "services.worker.container_name",
        "container_name \"worker\" cannot be combined with deploy.replicas: 3");
  }

  @Test
  void acceptsContainerNameWithOneReplica() {
    assertNone(base(Service.builder("worker").image("acme/worker:1.0").containerName("worker")
        .deploy(Deploy.builder().replicas(1).build())), "CG131");
  }

  @Test
  void reportsInvalidContainerNameWithItsControlCharactersEscaped() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").containerName("web\nproxy"),
        Service.builder("api").image("acme/api:1.0").containerName("a"));

    assertThat(problems(stack, "CG132")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.api.container_name", "container_name \"a\" is not a valid container name"),
        tuple("services.web.container_name", "container_name \"web\\nproxy\" is not a valid container name"));
  }

  @Test
  void acceptsValidAndVariableContainerNames() {
    assertNone(base(Service.builder("web").image("nginx:1.27").containerName("shop_web.1"),
        Service.builder("api").image("acme/api:1.0").containerName("${API_NAME}")), "CG132");
  }

  @Test
  void reportsServiceWithoutImageOrBuildSayingWhatToAdd() {
    Stack stack = base(Service.builder("worker").command("rqworker"));

    assertOnly(stack, "CG140", "services.worker", "service worker has neither image nor build");
    assertThat(problems(stack, "CG140").get(0).hint()).isEqualTo("add build: with the folder of its Dockerfile "
        + "(e.g. build: ./worker) or image: with a pinned image (e.g. nginx:1.27); the base file needs one too when "
        + "only a layer sets it");
  }

  @Test
  void reportsMissingImageInTheBaseFileEvenWhenALayerAddsIt() {
    Stack stack = base(Service.builder("worker").command("rqworker")).toBuilder()
        .layer(Layer.dev())
        .layer(Layer.prod().service("worker", w -> w.image("acme/worker:1.0")))
        .build();

    assertThat(problems(stack, "CG140")).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("compose.yaml services.worker");
      assertThat(p.environments()).containsExactly("base", "dev");
    });
  }

  @Test
  void acceptsImageBuildAndExtendsChains() {
    Stack stack = base(Service.builder("web").image("nginx:1.27"), Service.builder("api").build("./api"),
        Service.builder("worker").extendsFrom(new ExtendsSpec("api", null)),
        Service.builder("beat").extendsFrom(new ExtendsSpec("worker", null)));

    assertNone(stack, "CG140");
  }

  @Test
  void followsAnExtendsChainOfTwentyThousandServicesOnce() {
    int length = 20_000;
    Service.Builder[] chain = new Service.Builder[length];
    chain[0] = Service.builder("s0").image("nginx:1.27");
    for (int i = 1; i < length; i++) {
      chain[i] = Service.builder("s" + i).extendsFrom(new ExtendsSpec("s" + (i - 1), null));
    }
    assertNone(base(chain), "CG140");

    chain[0] = Service.builder("s0").command("rqworker");
    assertThat(problems(base(chain), "CG140")).hasSize(length);
  }

  @Test
  void takesAnExtendsCycleOrAnotherFilesServiceForAnImage() {
    Stack stack = base(Service.builder("a").extendsFrom(new ExtendsSpec("b", null)),
        Service.builder("b").extendsFrom(new ExtendsSpec("c", null)),
        Service.builder("c").extendsFrom(new ExtendsSpec("b", null)),
        Service.builder("d").extendsFrom(new ExtendsSpec("web", "common.yaml")),
        Service.builder("e").extendsFrom(new ExtendsSpec("d", null)),
        Service.builder("f").extendsFrom(new ExtendsSpec("undefined", null)),
        Service.builder("g").extendsFrom(new ExtendsSpec("h", null)),
        Service.builder("h").command("run"));

    assertThat(problems(stack, "CG140")).extracting(p -> p.path().toString())
        .containsExactly("services.g", "services.h");
  }

  @Test
  void reportsInvalidVariableReferences() {
    Stack stack = base(Service.builder("web").image("acme/web:${TAG").env("A", "${}").env("B", "${X:=1}"));

    assertThat(problems(stack, "CG150")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.web.environment.A", "\"${}\" is not a valid variable reference"),
        tuple("services.web.environment.B", "\"${X:=1}\" is not a valid variable reference"),
        tuple("services.web.image", "\"${TAG\" is not a valid variable reference"));
  }

  @Test
  void reportsReferencesNestedDeeperThanItReadsOnceAndTheRestAsUsual() {
    String deep = "${A:-".repeat(5_000) + "x" + "}".repeat(5_000);
    String limit = "${A:-".repeat(Interpolation.MAX_NESTING + 1) + "$$ ${}" + "}".repeat(Interpolation.MAX_NESTING + 1);
    Stack stack = base(Service.builder("web").image("acme/web:1.0").env("DEEP", deep).env("LIMIT", limit));

    assertThat(problems(stack, "CG150")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.web.environment.DEEP", "the value nests variable references more than 64 deep "
            + "(${A:-${B:-...}}), deeper than composegen reads"),
        tuple("services.web.environment.LIMIT", "the value nests variable references more than 64 deep "
            + "(${A:-${B:-...}}), deeper than composegen reads"));
  }

  @Test
  void acceptsEveryReferenceFormAndLiteralDollars() {
    Stack stack = base(Service.builder("web").image("acme/web:${TAG:-1.0}")
        .env("A", "${A}${B-x}${C:?set C}${D?set D}${E:+on}${F+on}$G $$H 5$ ${I:-${J}}"));

    assertNone(stack, "CG150");
  }

  @Test
  void reportsResourceNamesComposeRejects() {
    Stack stack = base(Service.builder("web").image("nginx:1.27")).toBuilder()
        .network("front end", Network.defaults()).secret("api/key", Secret.fromFile("./key")).build();

    assertThat(problems(stack, "CG151")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("networks[\"front end\"]", "network name \"front end\" is not valid"),
        tuple("secrets[\"api/key\"]", "secret name \"api/key\" is not valid"));
  }

  @Test
  void acceptsResourceNamesWithDotsDashesAndUnderscores() {
    assertNone(base(Service.builder("web").image("nginx:1.27")).toBuilder().network("front.end-1_a").build(),
        "CG151");
  }

  @Test
  void reportsEntrypointThatClearsTheCommandOfTheGeneratedImage() {
    Stack stack = base(Service.builder("web")
        .build("./app", Recipes.pythonPip().python("3.11").command("gunicorn", "app:app").build())
        .entrypoint(Command.exec("sh", "/app/entrypoint.sh")));

    assertOnly(stack, "CG152", "services.web.entrypoint", "entrypoint replaces the image's ENTRYPOINT and clears its "
        + "CMD [\"gunicorn\", \"app:app\"], and command is not set");
    assertThat(problems(stack, "CG152")).extracting(Problem::hint).containsExactly(
        "add command: [\"gunicorn\", \"app:app\"] (the image's CMD) for the entrypoint to receive, drop "
            + "entrypoint, or write command: [] if the entrypoint needs no arguments");
  }

  @Test
  void reportsEntrypointOfServiceRunningAnotherServicesGeneratedImage() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web")
            .build("./app", Recipes.pythonPip().python("3.11").command("gunicorn", "app:app").build()))
        .service(Service.builder("worker").imageOf("web").entrypoint(Command.shell("/app/worker.sh")))
        .build();

    assertThat(ComposeGenerator.create().validate(stack).problems())
        .filteredOn(problem -> problem.code().equals("CG152"))
        .extracting(problem -> problem.path().toString())
        .containsExactly("services.worker.entrypoint");
  }

  @Test
  void acceptsEntrypointWithCommandAndEntrypointsOfImagesItCannotSee() {
    assertNone(base(
        Service.builder("web")
            .build("./app", Recipes.pythonPip().python("3.11").command("gunicorn", "app:app").build())
            .entrypoint(Command.exec("sh", "/app/entrypoint.sh")).command(Command.exec("gunicorn", "app:app")),
        Service.builder("job")
            .build("./app", Recipes.pythonPip().python("3.11").command("gunicorn", "app:app").build())
            .entrypoint(Command.exec("/app/job.sh")).command(Command.exec()),
        Service.builder("api").image("acme/api:1.0").entrypoint(Command.exec("/entrypoint.sh")),
        Service.builder("cleared")
            .build("./app", Recipes.pythonPip().python("3.11").command("gunicorn", "app:app").build())
            .entrypoint(Command.exec())), "CG152");
  }
}
