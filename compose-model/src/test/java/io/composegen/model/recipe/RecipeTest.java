package io.composegen.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Entrypoint;
import io.composegen.model.dockerfile.Env;
import io.composegen.model.dockerfile.Expose;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.Instruction;
import io.composegen.model.dockerfile.Label;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.dockerfile.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecipeTest {

  private static final Pattern INSTALL = Pattern.compile("dependency:go-offline|pip install|poetry install|npm ci");

  static Stream<String> recipes() {
    return all().keySet().stream();
  }

  static Map<String, Recipe> all() {
    Map<String, Recipe> recipes = new LinkedHashMap<>();
    recipes.put("java-maven", Recipes.javaMaven().build());
    recipes.put("java-maven-layers", Recipes.javaMaven().java("21").springBootLayers(true).mavenWrapper(true)
        .user(2000, 3000).title("t").version("1").build());
    recipes.put("python-pip", Recipes.pythonPip().build());
    recipes.put("python-poetry", Recipes.pythonPoetry().python("3.11").port(5000).build());
    recipes.put("node", Recipes.node().build());
    recipes.put("node-build", Recipes.node().buildScript("build").build());
    recipes.put("static-nginx", Recipes.staticNginx().build());
    recipes.put("static-nginx-port", Recipes.staticNginx().port(9090).build());
    return recipes;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void finalStageRunsAsANumericNonRootUserThatOwnsTheCopiedFiles(String name) {
    Recipe recipe = all().get(name);
    Stage image = recipe.dockerfile().finalStage();

    List<User> users = image.instructionsOf(User.class);
    assertThat(users).isNotEmpty();
    User user = users.get(users.size() - 1);
    assertThat(user.isNumeric()).isTrue();
    assertThat(user.isRoot()).isFalse();
    assertThat(image.instructionsOf(Copy.class)).isNotEmpty()
        .allSatisfy(copy -> assertThat(copy.chown()).isEqualTo(user.spec()));
    assertThat(recipe.finalStage()).isEqualTo(image.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void installsDependenciesBeforeCopyingTheSources(String name) {
    for (Stage stage : all().get(name).dockerfile().stages()) {
      List<Instruction> instructions = stage.instructions();
      int install = indexOf(instructions, i -> i instanceof Run run && INSTALL.matcher(run.commandLine()).find());
      int sources = indexOf(instructions, i -> i instanceof Copy copy && copy.from() == null
          && (copy.copiesWholeContext() || copy.sources().contains("src")));
      if (install >= 0 && sources >= 0) {
        assertThat(install).as("stage %s: install before sources", stage.name()).isLessThan(sources);
      }
      if (install >= 0) {
        Run run = (Run) instructions.get(install);
        assertThat(run.mounts()).as("stage %s: package cache in a cache mount", stage.name()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void finalStageHasNoBuildToolsAndInstallsNothing(String name) {
    Stage image = all().get(name).dockerfile().finalStage();

    assertThat(image.image()).as("the final stage builds on an image, not on a build stage").isNotNull();
    String repository = image.image().repository();
    String tag = image.image().tag();
    assertThat(repository).isNotEqualTo("maven");
    switch (repository) {
      case "eclipse-temurin" -> assertThat(tag).contains("-jre").doesNotContain("jdk");
      case "python", "node" -> assertThat(tag).endsWith("-slim");
      default -> assertThat(repository).isEqualTo("nginxinc/nginx-unprivileged");
    }
    assertThat(image.instructionsOf(Run.class)).allSatisfy(run ->
        assertThat(run.commandLine()).doesNotContain("install", "apt-get", "apk add"));
  }

  @Test
  void pythonAndNodeFinalImagesAreSlim() {
    assertThat(Recipes.pythonPip().build().runtimeImage()).hasToString("python:3.12-slim");
    assertThat(Recipes.pythonPoetry().build().runtimeImage()).hasToString("python:3.12-slim");
    assertThat(Recipes.node().build().image()).hasToString("node:22-slim");
    assertThat(Recipes.javaMaven().java("21").build().runtimeImage()).hasToString("eclipse-temurin:21-jre");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void exposesTheAppPort(String name) {
    Recipe recipe = all().get(name);

    assertThat(recipe.dockerfile().finalStage().instructionsOf(Expose.class)).containsExactly(Expose.tcp(recipe.port()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void healthchecksCallOnlyWhatTheFinalImageHas(String name) {
    Stage image = all().get(name).dockerfile().finalStage();
    String repository = image.image().repository();

    for (Healthcheck check : image.instructionsOf(Healthcheck.class)) {
      String executable = check.command().get(0);
      switch (executable) {
        case "python" -> assertThat(repository).isEqualTo("python");
        case "node" -> assertThat(repository).isEqualTo("node");
        case "wget" -> assertThat(image.image().tag()).contains("alpine");
        default -> throw new AssertionError("unexpected healthcheck executable " + executable);
      }
      assertThat(check.command()).noneMatch(arg -> arg.contains("curl"));
    }
  }

  @Test
  void theJavaImageHasNoHealthcheckOfItsOwnButAcceptsOne() {
    assertThat(Recipes.javaMaven().build().dockerfile().finalStage().instructionsOf(Healthcheck.class)).isEmpty();

    Healthcheck custom = Healthcheck.cmd("java", "-version");
    assertThat(Recipes.javaMaven().healthcheck(custom).build().dockerfile().finalStage()
        .instructionsOf(Healthcheck.class)).containsExactly(custom);
    assertThat(Recipes.pythonPip().noHealthcheck().build().dockerfile().finalStage()
        .instructionsOf(Healthcheck.class)).isEmpty();
  }

  @Test
  void labelsFollowTheOciKeysWithoutTimestamps() {
    Recipe recipe = Recipes.node().title("gateway").description("API gateway").version("3.1.0")
        .revision("abc123").source("https://github.com/acme/gateway").url("https://acme.io")
        .documentation("https://docs.acme.io").licenses("MIT").vendor("ACME").build();

    List<Label> labels = recipe.dockerfile().finalStage().instructionsOf(Label.class);

    assertThat(labels).hasSize(1);
    assertThat(labels.get(0).labels().keySet()).containsExactly(
        "org.opencontainers.image.title", "org.opencontainers.image.description", "org.opencontainers.image.version",
        "org.opencontainers.image.revision", "org.opencontainers.image.source", "org.opencontainers.image.url",
        "org.opencontainers.image.documentation", "org.opencontainers.image.licenses",
        "org.opencontainers.image.vendor");
    assertThat(labels.get(0).labels()).doesNotContainKey("org.opencontainers.image.created");
    assertThat(Recipes.node().build().dockerfile().finalStage().instructionsOf(Label.class)).isEmpty();
  }

  @Test
  void javaRecipeSetsMemoryOptionsAndStartsInExecForm() {
    Stage image = Recipes.javaMaven().build().dockerfile().finalStage();

    assertThat(image.instructionsOf(Env.class)).containsExactly(Env.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75.0"));
    assertThat(image.instructionsOf(Entrypoint.class)).containsExactly(Entrypoint.of("java", "-jar", "app.jar"));
  }

  @Test
  void springBootLayersAreCopiedLeastChangingFirst() {
    Stage image = Recipes.javaMaven().springBootLayers(true).build().dockerfile().finalStage();

    assertThat(image.instructionsOf(Copy.class)).extracting(c -> c.sources().get(0)).containsExactly(
        "/build/extracted/dependencies/", "/build/extracted/spring-boot-loader/",
        "/build/extracted/snapshot-dependencies/", "/build/extracted/application/");
  }

  @Test
  void pythonRuntimeSetsInterpreterEnvironment() {
    Env env = Recipes.pythonPip().build().dockerfile().finalStage().instructionsOf(Env.class).get(0);

    assertThat(env.variables()).containsEntry("PYTHONDONTWRITEBYTECODE", "1").containsEntry("PYTHONUNBUFFERED", "1")
        .containsEntry("PATH", "/opt/venv/bin:$PATH");
  }

  @Test
  void dockerignoreHoldsTheRecipesOwnEntries() {
    assertThat(Recipes.javaMaven().build().dockerignore()).containsExactly("**/target/");
    assertThat(Recipes.pythonPip().build().dockerignore()).contains("**/__pycache__/", ".venv/");
    assertThat(Recipes.node().build().dockerignore()).contains("**/node_modules/").doesNotContain("dist/");
    assertThat(Recipes.node().buildScript("build").build().dockerignore()).contains("dist/");
    assertThat(Recipes.staticNginx().buildOutput("build").build().dockerignore()).contains("build/");
  }

  @Test
  void sameParametersGiveEqualRecipesAndDockerfiles() {
    assertThat(Recipes.pythonPip().python("3.11").build()).isEqualTo(Recipes.pythonPip().python("3.11").build());
    assertThat(Recipes.node().build().dockerfile()).isEqualTo(Recipes.node().build().dockerfile());
  }

  @Test
  void rejectsRootUsers() {
    assertThatThrownBy(() -> Recipes.pythonPip().user(0, 0).build())
        .hasMessage("user 0:0 must be a non-root user and group (ids above 0); recipes never run as root");
  }

  @Test
  void rejectsMalformedParameters() {
    assertThatThrownBy(() -> Recipes.javaMaven().java("17-ea").build())
        .hasMessage("java \"17-ea\" must be a version number such as 17 or 3.12");
    assertThatThrownBy(() -> Recipes.pythonPip().healthPath("health").build())
        .hasMessage("healthPath \"health\" must start with / and contain only URL characters, without quotes or "
            + "spaces");
    assertThatThrownBy(() -> Recipes.pythonPip().healthPath("/it's").build())
        .hasMessageStartingWith("healthPath \"/it's\"");
    assertThatThrownBy(() -> Recipes.node().buildScript("build; rm -rf /").build())
        .hasMessage("buildScript \"build; rm -rf /\" must be an npm script name: letters, digits, ':', '.', '_' and '-'");
    assertThatThrownBy(() -> Recipes.node().buildScript("build").buildOutput("../out").build())
        .hasMessage("buildOutput \"../out\" must be a relative folder inside the project, such as dist");
    assertThatThrownBy(() -> Recipes.pythonPip().command().build()).hasMessage("command must start with an executable");
    assertThatThrownBy(() -> Recipes.javaMaven().title("a\nb").build())
        .hasMessage("label.org.opencontainers.image.title \"a\\nb\" must be on one line, without control characters");
    assertThatThrownBy(() -> Recipes.node().node("16").build())
        .hasMessage("node \"16\" is too old: the healthcheck uses fetch, which Node.js has from version 18");
    assertThatThrownBy(() -> Recipes.javaMaven().jar("target/my app.jar").build())
        .hasMessage("jar \"target/my app.jar\" must be a path pattern without spaces or quotes");
    assertThatThrownBy(() -> Recipes.pythonPoetry().group("main").build())
        .hasMessage("group \"main\" must be a Poetry dependency group name other than main (installed always), such "
            + "as deploy");
    assertThatThrownBy(() -> Recipes.pythonPoetry().poetry("latest").build())
        .hasMessage("poetry \"latest\" must be a version number such as 2.1.3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void writablePathsBelongToTheUserAndGroupZeroBeforeTheUserSwitch(String name) {
    Recipe plain = all().get(name);
    Stage image = plain.dockerfile().finalStage();
    assertThat(image.instructionsOf(Run.class)).noneMatch(run -> run.commandLine().contains("chmod -R g=u"));

    Recipe writable = rebuiltWithWritablePaths(name);
    List<Instruction> instructions = writable.dockerfile().finalStage().instructions();
    int run = -1;
    int user = -1;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i) instanceof Run r && r.commandLine().contains("chmod -R g=u")) {
        run = i;
        assertThat(r.commandLine()).isEqualTo("mkdir -p /app/data /var/cache/app && chown -R "
            + writable.dockerfile().finalStage().instructionsOf(User.class).get(0).spec().split(":")[0]
            + ":0 /app/data /var/cache/app && chmod -R g=u /app/data /var/cache/app");
      }
      if (instructions.get(i) instanceof User) {
        user = i;
      }
    }
    assertThat(run).as("the RUN creating the writable paths").isNotNegative().isLessThan(user);
  }

  private static Recipe rebuiltWithWritablePaths(String name) {
    List<String> paths = List.of("/app/data", "/var/cache/app");
    return switch (name) {
      case "java-maven", "java-maven-layers" -> Recipes.javaMaven().writablePaths(paths).build();
      case "python-pip" -> Recipes.pythonPip().writablePaths(paths).build();
      case "python-poetry" -> Recipes.pythonPoetry().user(2000, 2000).writablePaths(paths).build();
      case "node", "node-build" -> Recipes.node().writablePaths(paths).build();
      default -> Recipes.staticNginx().writablePaths(paths).build();
    };
  }

  @Test
  void rejectsWritablePathsThatAreNotPlainAbsoluteFolders() {
    for (String bad : List.of("/", "app/data", "/app data", "/app;rm -rf /", "/app/../etc", "/a/$HOME")) {
      assertThatThrownBy(() -> Recipes.pythonPip().writablePath(bad).build())
          .hasMessage("writable path \"" + bad + "\" must be an absolute folder such as /app/data, without spaces, "
              + "quotes or shell characters");
    }
  }

  @Test
  void createdLabelIsSetOnlyWhenGivenAndMustBeRfc3339() {
    Recipe recipe = Recipes.node().created("2026-01-15T10:00:00Z").build();
    assertThat(recipe.dockerfile().finalStage().instructionsOf(Label.class).get(0).labels())
        .containsExactly(Map.entry("org.opencontainers.image.created", "2026-01-15T10:00:00Z"));
    assertThatThrownBy(() -> Recipes.node().created("15.01.2026").build())
        .hasMessage("created \"15.01.2026\" must be an RFC 3339 date-time such as 2026-01-15T10:00:00Z");
  }

  @Test
  void javaRecipeCopiesTheOneApplicationJarAndNamesWhatItFoundOtherwise() {
    List<String> runs = Recipes.javaMaven().build().dockerfile().stage("build").orElseThrow()
        .instructionsOf(Run.class).stream().map(Run::commandLine).toList();

    assertThat(runs).contains("mvn -B -ntp -DskipTests package");
    assertThat(runs.get(runs.size() - 1)).isEqualTo(
        "set -- $(ls -1 target/*.jar 2>/dev/null | grep -v -E '(^|/)original-[^/]*$|-(sources|javadoc|tests|plain)\\.jar$')"
        + " && if [ \"$#\" -ne 1 ]; then echo \"expected one application jar matching target/*.jar, found: $*\" >&2; "
        + "exit 1; fi && cp \"$1\" app.jar");
  }

  @Test
  void staticSitesServeOnAnUnprivilegedPort() {
    assertThatThrownBy(() -> Recipes.staticNginx().port(80).build())
        .hasMessage("port 80 is privileged; nginx runs as a non-root user here, so use a port of 1024 or above, "
            + "such as 8080");
    Stage image = Recipes.staticNginx().port(9090).build().dockerfile().finalStage();
    assertThat(image.instructionsOf(Run.class)).extracting(Run::commandLine)
        .containsExactly("sed -i 's/8080;/9090;/g' /etc/nginx/conf.d/default.conf");
    assertThat(Recipes.staticNginx().build().dockerfile().finalStage().instructionsOf(Run.class)).isEmpty();
  }

  private static int indexOf(List<Instruction> instructions, java.util.function.Predicate<Instruction> test) {
    for (int i = 0; i < instructions.size(); i++) {
      if (test.test(instructions.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
