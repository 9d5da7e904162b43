package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.composegen.generator.ComposeGenerator;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.layer.Layer;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dockerfiles a stack's generated builds write are linted as part of its validation. */
class DockerfileValidationTest {

  @TempDir
  Path dir;

  /** A stack whose service {@code api} is built from a Dockerfile with a relative WORKDIR and no USER. */
  private static Stack relativeWorkdirAsRoot() {
    Dockerfile dockerfile = Dockerfile.of(Stage.builder("app").from("debian:12-slim").workdir("srv")
        .cmd("/srv/api").build());
    return Stack.builder("shop")
        .service(Service.builder("api").build("./api", dockerfile).image("acme/api:1.0"))
        .build();
  }

  /** A stack whose service {@code api} is built from a Dockerfile that runs apt-get install without -y. */
  private static Stack aptWithoutYes() {
    Dockerfile dockerfile = Dockerfile.of(Stage.builder("app").from("debian:12-slim")
        .run(Run.shell("apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*"))
        .user(10001, 10001).build());
    return Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27").port("8080:80"))
        .service(Service.builder("api").build("./api", dockerfile).image("acme/api:1.0"))
        .layer(Layer.dev().service("web", w -> w.env("MODE", "dev")))
        .build();
  }

  @Test
  void reportsDockerfileProblemsWithTheDockerfilesPathAndTheInstructionsPath() {
    ValidationReport report = ComposeGenerator.create().validate(relativeWorkdirAsRoot());

    assertThat(report.toText()).isEqualTo("""
        api/Dockerfile stages.app: CG301 warning: the final stage "app" has no USER, so the container runs as root
          hint: End the final stage with USER and a numeric non-root id, such as USER 10001:10001, and give it its \
        files with COPY --chown.
        api/Dockerfile stages.app.instructions[0]: CG304 warning: WORKDIR "srv" is relative, so where it points \
        depends on the base image
          hint: Use an absolute path, such as /srv.
        0 errors, 2 warnings, 0 infos in 1 environment
        """);
  }

  @Test
  void refusesToGenerateWhenAGeneratedDockerfileHasAnErrorAndWritesNothing() throws IOException {
    assertThatThrownBy(() -> ComposeGenerator.create().generate(aptWithoutYes(), dir))
        .isInstanceOf(ValidationException.class)
        .hasMessage("""
            api/Dockerfile stages.app.instructions[0]: CG306 error: apt-get install without -y waits for a \
            confirmation that never comes, so the build fails
              hint: Add -y: apt-get install -y --no-install-recommends <packages>.
            1 error, 0 warnings, 0 infos in 2 environments""");

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void lintsTheDockerfileOfAServiceThatOnlyALayerDefines() {
    Dockerfile dockerfile = Dockerfile.of(Stage.builder("tools").from("alpine").user(1000, 1000).build());
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.dev().service(Service.builder("tools").build("./tools", dockerfile).image("acme/tools:1.0")))
        .build();

    assertThat(ComposeGenerator.create().validate(stack).problems())
        .extracting(Problem::location, Problem::code, Problem::environments)
        .containsExactly(tuple("tools/Dockerfile stages.tools", "CG302", List.of()));
  }

  @Test
  void findsNoProblemInTheDockerfilesOfEveryRecipe() {
    Stack stack = Stack.builder("recipes")
        .service(Service.builder("java").build("./java", Recipes.javaMaven().build()).image("acme/java:1.0"))
        .service(Service.builder("boot").build("./boot",
            Recipes.javaMaven().springBootLayers(true).mavenWrapper(true).build()).image("acme/boot:1.0"))
        .service(Service.builder("pip").build("./pip", Recipes.pythonPip().build()).image("acme/pip:1.0"))
        .service(Service.builder("poetry").build("./poetry", Recipes.pythonPoetry().build())
            .image("acme/poetry:1.0"))
        .service(Service.builder("node").build("./node", Recipes.node().buildScript("build").build())
            .image("acme/node:1.0"))
        .service(Service.builder("static").build("./static", Recipes.staticNginx().build()).image("acme/static:1.0"))
        .build();

    ValidationReport report = ComposeGenerator.create().validate(stack);

    assertThat(report.problems()).isEmpty();
    assertThat(ComposeGenerator.create().render(stack)).containsKeys("java/Dockerfile", "boot/Dockerfile",
        "pip/Dockerfile", "poetry/Dockerfile", "node/Dockerfile", "static/Dockerfile");
  }

  @Test
  void acknowledgesADockerfileProblemForEveryService() {
    ComposeGenerator generator = ComposeGenerator.builder().validator(Validator.builder()
        .acknowledge("*", "CG301", "the base image drops privileges in its entrypoint")
        .acknowledge("api", "CG304", "a service name does not cover a Dockerfile")
        .build()).build();

    ValidationReport report = generator.validate(relativeWorkdirAsRoot());

    assertThat(report.acknowledged()).extracting(a -> a.problem().code()).containsExactly("CG301");
    assertThat(report.problems()).extracting(Problem::code).containsExactly("CG304");
  }

  @Test
  void failsOnDockerfileWarningsWithFailOnWarning() {
    ComposeGenerator strict = ComposeGenerator.builder()
        .validator(Validator.builder().failOn(Severity.WARNING).build()).build();

    assertThat(ComposeGenerator.create().validate(relativeWorkdirAsRoot()).failed()).isFalse();
    assertThat(strict.validate(relativeWorkdirAsRoot()).failed()).isTrue();
    assertThatThrownBy(() -> strict.generate(relativeWorkdirAsRoot(), dir)).isInstanceOf(ValidationException.class);
  }

  @Test
  void addsProblemsOfOtherFilesOnceWithAcknowledgementsApplied() {
    Problem other = new Problem("api/Dockerfile", ModelPath.of("stages", "app"), Severity.ERROR, "CG306",
        "apt-get install without -y", "Add -y.");
    Stack stack = Stack.builder("shop").service(Service.builder("web").image("nginx:1.27")).build();

    ValidationReport counted = Validator.create().validate(stack, List.of(other, other));
    ValidationReport acknowledged = Validator.builder().acknowledge("*", "CG306", "the base image answers yes")
        .build().validate(stack, List.of(other));

    assertThat(counted.problems()).containsExactly(other);
    assertThat(counted.failed()).isTrue();
    assertThat(acknowledged.problems()).isEmpty();
    assertThat(acknowledged.acknowledged()).extracting(ValidationReport.Acknowledged::problem).containsExactly(other);
    assertThat(acknowledged.failed()).isFalse();
  }

  @Test
  void listsDockerfileRulesInSarifAndLocatesTheirResultsInTheDockerfile() throws IOException {
    String sarif = ReportFormat.SARIF.render(ComposeGenerator.create().validate(relativeWorkdirAsRoot()));
    JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");

    JsonNode result = run.path("results").get(1);
    assertThat(result.path("ruleId").asText()).isEqualTo("CG304");
    JsonNode rule = rules.get(result.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("CG304");
    assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo("WORKDIR is relative");
    assertThat(rule.path("properties").path("seeAlso").asText()).isEqualTo("hadolint DL3000");
    JsonNode location = result.path("locations").get(0);
    assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("api/Dockerfile");
    assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("stages.app.instructions[0]");
  }

  @Test
  void locatesDockerfileProblemsInJson() throws IOException {
    String json = ReportFormat.JSON.render(ComposeGenerator.create().validate(relativeWorkdirAsRoot()));
    JsonNode problem = new ObjectMapper().readTree(json).path("problems").get(1);

    assertThat(problem.path("file").asText()).isEqualTo("api/Dockerfile");
    assertThat(problem.path("path").asText()).isEqualTo("stages.app.instructions[0]");
    assertThat(problem.path("code").asText()).isEqualTo("CG304");
    assertThat(problem.path("severity").asText()).isEqualTo("warning");
  }
}
