package io.composegen.generator.validate.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.Rule;
import io.composegen.generator.validate.RuleRegistry;
import io.composegen.generator.validate.Severity;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.Recipe;
import io.composegen.model.recipe.Recipes;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileLintTest {

  /** Returns a one-stage Dockerfile on a pinned image that runs as a non-root user after {@code body}. */
  private static Dockerfile image(UnaryOperator<Stage.Builder> body) {
    return Dockerfile.of(body.apply(Stage.builder("app").from("debian:12-slim")).user(10001, 10001).build());
  }

  private static List<String> headlines(Dockerfile dockerfile) {
    return DockerfileLint.check(dockerfile).stream()
        .map(p -> p.path() + ": " + p.code() + " " + p.severity().label() + ": " + p.message()).toList();
  }

  @Test
  void cg301FlagsAFinalStageWithoutUser() {
    Dockerfile dockerfile = Dockerfile.of(Stage.builder("app").from("debian:12-slim").cmd("sh").build());

    List<Problem> problems = DockerfileLint.check(dockerfile);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("CG301");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.path()).hasToString("stages.app");
      assertThat(p.message()).isEqualTo("the final stage \"app\" has no USER, so the container runs as root");
      assertThat(p.hint()).isEqualTo("End the final stage with USER and a numeric non-root id, such as USER "
          + "10001:10001, and give it its files with COPY --chown.");
    });
  }

  @Test
  void cg301FlagsAFinalStageThatSwitchesBackToRoot() {
    Dockerfile dockerfile = Dockerfile.of(image(s -> s).finalStage().toBuilder().user("root").build());

    assertThat(headlines(dockerfile)).containsExactly(
        "stages.app.instructions[1]: CG301 warning: the final stage \"app\" runs as root (USER root)");
  }

  @Test
  void cg301AcceptsAUserInheritedFromTheBaseStageButNotFromAnEarlierBuildStage() {
    Stage base = Stage.builder("base").from("debian:12-slim").user(10001, 10001).build();

    assertThat(headlines(Dockerfile.of(base, Stage.builder("app").fromStage("base").cmd("sh").build()))).isEmpty();
    assertThat(headlines(Dockerfile.of(base, Stage.builder("app").from("debian:12-slim").build())))
        .containsExactly("stages.app: CG301 warning: the final stage \"app\" has no USER, so the container runs as root");
  }

  @Test
  void cg302FlagsUntaggedAndLatestBaseImages() {
    Dockerfile dockerfile = Dockerfile.of(
        Stage.builder("build").from("maven").build(),
        Stage.builder("app").from("eclipse-temurin:latest").user(1, 1).build());

    assertThat(DockerfileLint.check(dockerfile)).extracting(Problem::code, Problem::message).containsExactly(
        tuple("CG302", "stage \"app\" builds on image \"eclipse-temurin:latest\", "
            + "which uses the tag latest"),
        tuple("CG302", "stage \"build\" builds on image \"maven\", which has no tag"));
    assertThat(DockerfileLint.check(dockerfile).get(1).hint()).isEqualTo("Pin a version tag such as maven:<version>, "
        + "or a digest (@sha256:...), so every build starts from the same image.");
  }

  @Test
  void cg302AcceptsTagsDigestsAndScratch() {
    Dockerfile dockerfile = Dockerfile.of(
        Stage.builder("a").from("maven@sha256:" + "0".repeat(64)).build(),
        Stage.builder("app").from("scratch").user(1, 1).build());

    assertThat(headlines(dockerfile)).isEmpty();
  }

  @Test
  void cg303FlagsRepeatedCmdEntrypointAndHealthcheck() {
    Dockerfile dockerfile = image(s -> s.cmd("a").cmd("b").entrypoint("x").entrypoint("y")
        .healthcheck(Healthcheck.cmd("true")).healthcheck(Healthcheck.none()));

    assertThat(headlines(dockerfile)).containsExactly(
        "stages.app.instructions[1]: CG303 warning: stage \"app\" has more than one CMD; only the last one takes effect",
        "stages.app.instructions[3]: CG303 warning: stage \"app\" has more than one ENTRYPOINT; only the last one "
            + "takes effect",
        "stages.app.instructions[5]: CG303 warning: stage \"app\" has more than one HEALTHCHECK; only the last one "
            + "takes effect");
  }

  @Test
  void cg303AcceptsOneOfEach() {
    assertThat(headlines(image(s -> s.entrypoint("x").cmd("a").healthcheck(Healthcheck.cmd("true"))))).isEmpty();
  }

  @Test
  void cg304FlagsARelativeWorkdir() {
    List<Problem> problems = DockerfileLint.check(image(s -> s.workdir("app")));

    assertThat(problems).extracting(Problem::code, Problem::message, Problem::hint).containsExactly(
        tuple("CG304",
            "WORKDIR \"app\" is relative, so where it points depends on the base image",
            "Use an absolute path, such as /app."));
    assertThat(headlines(image(s -> s.workdir("/app").workdir("$HOME/x")))).isEmpty();
  }

  @Test
  void cg305FlagsSudo() {
    assertThat(headlines(image(s -> s.run("sudo make install")))).containsExactly(
        "stages.app.instructions[0]: CG305 warning: RUN uses sudo, which is rarely installed and behaves "
            + "unpredictably without a terminal");
    assertThat(headlines(image(s -> s.run("echo pseudo sudoku")))).isEmpty();
  }

  @Test
  void cg306To308FlagAptGetWithoutYesRecommendsOrCleanup() {
    assertThat(headlines(image(s -> s.run("apt-get update && apt-get install curl")))).containsExactly(
        "stages.app.instructions[0]: CG306 error: apt-get install without -y waits for a confirmation that never "
            + "comes, so the build fails",
        "stages.app.instructions[0]: CG307 warning: apt-get install without --no-install-recommends also installs "
            + "recommended packages, which makes the image bigger and its attack surface wider",
        "stages.app.instructions[0]: CG308 warning: apt-get leaves its package lists in /var/lib/apt/lists, tens of "
            + "megabytes in the layer");
  }

  @Test
  void cg306To308AcceptCleanAptGetUse() {
    assertThat(headlines(image(s -> s.run("apt-get update && apt-get install -qy --no-install-recommends curl "
        + "&& rm -rf /var/lib/apt/lists/*")))).isEmpty();
    assertThat(headlines(image(s -> s.run(Run.shell("apt-get update && apt-get -y install --no-install-recommends "
        + "curl").withMount(RunMount.cache("/var/cache/apt").withSharing(RunMount.Sharing.LOCKED)))))).isEmpty();
  }

  @Test
  void cg309FlagsPipInstallThatKeepsItsCache() {
    assertThat(headlines(image(s -> s.run("pip install -r requirements.txt")))).containsExactly(
        "stages.app.instructions[0]: CG309 warning: pip install keeps the downloaded packages in its cache, which "
            + "ends up in the layer");
    assertThat(headlines(image(s -> s.run("python -m pip install flask")))).hasSize(1);
  }

  @Test
  void cg309AcceptsNoCacheDirCacheMountsAndPipNoCacheDir() {
    assertThat(headlines(image(s -> s.run("pip install --no-cache-dir -r requirements.txt")))).isEmpty();
    assertThat(headlines(image(s -> s.run("/opt/venv/bin/pip install -r r.txt", RunMount.cache("/root/.cache/pip")))))
        .isEmpty();
    assertThat(headlines(image(s -> s.env("PIP_NO_CACHE_DIR", "1").run("pip3 install flask")))).isEmpty();
  }

  @Test
  void cg310FlagsTheWholeContextCopiedBeforeInstallingDependencies() {
    assertThat(headlines(image(s -> s.workdir("/app").copy(".", ".").run("npm ci").run("npm run build"))))
        .containsExactly("stages.app.instructions[1]: CG310 warning: COPY copies the whole build context before "
            + "\"npm ci\" installs dependencies, so every source change installs them again");
  }

  @Test
  void cg310AcceptsManifestsFirst() {
    assertThat(headlines(image(s -> s.workdir("/app").copy(Copy.of(List.of("package.json", "package-lock.json"),
        "./")).run("npm ci").copy(".", ".").run("npm run build")))).isEmpty();
  }

  @Test
  void cg311FlagsCopyFromTheSameOrALaterStage() {
    Dockerfile dockerfile = Dockerfile.of(
        Stage.builder("build").from("golang:1.23").copy(Copy.fromStage("app", "/x", "/x"))
            .copy(Copy.fromStage("build", "/y", "/y")).copy(Copy.fromStage("1", "/z", "/z")).build(),
        Stage.builder("app").from("debian:12-slim").copy(Copy.fromStage("0", "/bin/app", "/app")).user(1, 1).build());

    assertThat(headlines(dockerfile)).containsExactly(
        "stages.build.instructions[0]: CG311 error: COPY --from names stage \"app\", which comes later; Docker "
            + "would look for an image called \"app\" instead",
        "stages.build.instructions[1]: CG311 error: COPY --from names stage \"build\", which is this stage itself; "
            + "Docker would look for an image called \"build\" instead",
        "stages.build.instructions[2]: CG311 error: COPY --from names stage 1, but only stages before 0 "
            + "(\"build\") are built by then");
  }

  @Test
  void cg312FlagsCopyFromAnUnknownNameButNotFromATaggedImage() {
    Dockerfile dockerfile = Dockerfile.of(
        Stage.builder("build").from("golang:1.23").build(),
        Stage.builder("app").from("debian:12-slim").copy(Copy.fromStage("biuld", "/bin/app", "/app"))
            .copy(Copy.fromStage("build", "/bin/app", "/app"))
            .copy(Copy.fromStage("nginx:1.27-alpine", "/etc/nginx/nginx.conf", "/etc/nginx/"))
            .run(Run.shell("cp /mnt/x /x").withMount(RunMount.bind("/x", "/mnt/x").withFrom("bulid")))
            .user(1, 1).build());

    assertThat(headlines(dockerfile)).containsExactly(
        "stages.app.instructions[0]: CG312 warning: COPY --from names \"biuld\", which is no stage of this "
            + "Dockerfile, so Docker would pull an image of that name",
        "stages.app.instructions[3]: CG312 warning: RUN --mount from names \"bulid\", which is no stage of this "
            + "Dockerfile, so Docker would pull an image of that name");
  }

  @Test
  void cg313FlagsSecretLookingArgAndEnvNames() {
    assertThat(headlines(image(s -> s.arg("NPM_TOKEN").env("DB_PASSWORD", "x").env("API_KEY", "y")
        .env("SECRET_KEY_BASE", "z")))).containsExactly(
        "stages.app.instructions[0]: CG313 warning: ARG NPM_TOKEN looks like a secret, and its value is recorded in "
            + "the image history",
        "stages.app.instructions[1]: CG313 warning: ENV DB_PASSWORD looks like a secret, and its value is stored in "
            + "the image's configuration",
        "stages.app.instructions[2]: CG313 warning: ENV API_KEY looks like a secret, and its value is stored in the "
            + "image's configuration",
        "stages.app.instructions[3]: CG313 warning: ENV SECRET_KEY_BASE looks like a secret, and its value is stored "
            + "in the image's configuration");
  }

  @Test
  void cg313AcceptsFileReferencesAndOrdinaryNames() {
    assertThat(headlines(image(s -> s.env("DB_PASSWORD_FILE", "/run/secrets/db").env("KEYBOARD", "us")
        .arg("MONKEY").env("TOKENIZER_PATH", "/opt/t")))).isEmpty();
  }

  @Test
  void reportsOnlyDockerfileRulesOfTheRegistryWithTheirSeverity() {
    Dockerfile dockerfile = Dockerfile.of(Stage.builder("app").from("debian")
        .run(Run.shell("sudo apt-get update && apt-get install curl")).workdir("app").arg("NPM_TOKEN")
        .cmd("a").cmd("b").build());

    assertThat(DockerfileLint.check(dockerfile)).isNotEmpty().allSatisfy(problem -> {
      Rule rule = RuleRegistry.byCode(problem.code());
      assertThat(rule).as(problem.code()).isNotNull();
      assertThat(rule.isDockerfileRule()).as(problem.code()).isTrue();
      assertThat(problem.severity()).as(problem.code()).isEqualTo(rule.severity());
    });
    assertThat(RuleRegistry.ROOT_USER.seeAlso()).isEqualTo("hadolint DL3002");
  }

  @Test
  void namesTheFileWhenGiven() {
    Problem problem = DockerfileLint.check(image(s -> s.workdir("app")), "web/Dockerfile").get(0);

    assertThat(problem.toString()).isEqualTo("web/Dockerfile stages.app.instructions[0]: CG304 warning: WORKDIR "
        + "\"app\" is relative, so where it points depends on the base image\n  hint: Use an absolute path, such as "
        + "/app.");
  }

  static Stream<Map.Entry<String, Recipe>> recipes() {
    return Map.of(
        "java-maven", (Recipe) Recipes.javaMaven().build(),
        "java-maven-layers", Recipes.javaMaven().springBootLayers(true).mavenWrapper(true).build(),
        "python-pip", Recipes.pythonPip().build(),
        "python-poetry", Recipes.pythonPoetry().build(),
        "node", Recipes.node().build(),
        "node-build", Recipes.node().buildScript("build").build(),
        "static-nginx", Recipes.staticNginx().build(),
        "static-nginx-port", Recipes.staticNginx().port(9090).build()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void everyRecipePassesEveryRule(Map.Entry<String, Recipe> recipe) {
    assertThat(DockerfileLint.check(recipe.getValue().dockerfile())).isEmpty();
  }
}
