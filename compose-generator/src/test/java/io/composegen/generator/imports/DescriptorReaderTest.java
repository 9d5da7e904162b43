package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Presets;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Condition;
import io.composegen.model.service.GeneratedBuild;
import io.composegen.model.service.Reset;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.composegen.model.units.ComposeDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReaderTest {

  private static final DescriptorReader READER = DescriptorReader.create();

  private static Stack clean(String text) {
    ReadResult<Stack> result = READER.read(text, "stack.yaml");
    assertThat(result.problems()).as(text).isEmpty();
    return result.value();
  }

  private static List<String> problems(String text) {
    return READER.read(text, "stack.yaml").problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsTheDesignSketch() {
    Stack read = clean("""
        name: allocation
        services:
          web:
            recipe: {type: python-pip, python: "3.11", context: ./app}
            command: gunicorn -b :5000 main:app
            ports: ["5050:5000"]
            depends_on: {redis: {condition: service_healthy}}
          worker: {image_of: web, command: rqworker --url redis://redis:6379/0}
          redis: {preset: "redis:7.0"}
        layers:
          dev:
            services:
              web: {container_name: web, environment: {FLASK_DEBUG: "1"}, volumes: ["./app:/app"],
                    command: flask run --host=0.0.0.0}
          prod:
            services:
              "*": {restart: unless-stopped}
        """);

    Stack expected = Stack.builder("allocation")
        .service(Service.builder("web")
            .build("./app", Recipes.pythonPip().python("3.11").build())
            .command("gunicorn -b :5000 main:app")
            .port("5050:5000")
            .dependsOn("redis", Condition.HEALTHY))
        .service(Service.builder("worker").imageOf("web").command("rqworker --url redis://redis:6379/0"))
        .service(Presets.redis("7.0"))
        .layer(Layer.dev().service("web", web -> web
            .containerName("web").env("FLASK_DEBUG", "1").volume("./app:/app")
            .command("flask run --host=0.0.0.0")))
        .layer(Layer.prod().allServices(s -> s.restart(Restart.UNLESS_STOPPED)))
        .build();
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void renamesAPresetToItsKeyAndMergesTheEntryOnTop() {
    Stack read = clean("""
        services:
          cache:
            preset: redis
            ports: ["6379:6379"]
            restart: always
        """);

    Service preset = Presets.redis().service();
    Service cache = read.services().get("cache");
    assertThat(cache.image()).isEqualTo(preset.image());
    assertThat(cache.healthcheck()).isEqualTo(preset.healthcheck());
    assertThat(cache.volumes()).isEqualTo(preset.volumes());
    assertThat(cache.ports()).extracting(Object::toString).hasSize(preset.ports().size() + 1);
    assertThat(cache.restart()).isEqualTo(Restart.ALWAYS);
    assertThat(read.volumes()).containsOnlyKeys(Presets.redis().volumes().keySet());
  }

  @Test
  void keepsTheFilesOwnResourcesOverThoseAPresetBrings() {
    String volume = Presets.postgres().volumes().keySet().iterator().next();
    Stack read = clean("""
        services:
          db: {preset: "postgres:16"}
        volumes:
          %s: {external: true}
        """.formatted(volume));

    assertThat(read.volumes().get(volume).external()).isTrue();
    assertThat(read.services().get("db").image()).isEqualTo("postgres:16");
    assertThat(read.secrets()).containsOnlyKeys(Presets.postgres("16").secrets().keySet());
  }

  @Test
  void mapsRecipeParametersToTheBuildersSetters() {
    Stack read = clean("""
        services:
          api:
            recipe:
              type: java-maven
              java: 21
              port: 9090
              user: "1000:1001"
              spring_boot_layers: true
              maven_wrapper: true
              source_folders: [src, api/src]
              skip_tests: false
              java_tool_options: -Xmx512m
              title: api
              healthcheck: false
              dockerfile: Dockerfile.api
        """);

    GeneratedBuild expected = GeneratedBuild.of(".", Recipes.javaMaven().java("21").port(9090).user(1000, 1001)
        .springBootLayers(true).mavenWrapper(true).sourceFolders(List.of("src", "api/src")).skipTests(false)
        .javaToolOptions("-Xmx512m").title("api").noHealthcheck().build()).withDockerfileName("Dockerfile.api");
    assertThat(read.services().get("api").generatedBuild()).isEqualTo(expected);
  }

  @Test
  void readsRecipeHealthchecksWritablePathsAndCreated() {
    Stack read = clean("""
        services:
          api:
            recipe:
              type: python-pip
              writable_paths: [/app/media]
              created: "2026-01-15T10:00:00Z"
              healthcheck:
                test: [CMD, python, -c, "print(1)"]
                interval: 10s
                timeout: 2s
                start_period: 1m
                retries: 5
          worker:
            recipe: {type: python-pip, context: ./w, healthcheck: {test: python -c pass}}
          site:
            recipe: {type: static-nginx, context: ./site, healthcheck: true}
        """);

    assertThat(read.services().get("api").generatedBuild()).isEqualTo(GeneratedBuild.of(".",
        Recipes.pythonPip().writablePath("/app/media").created("2026-01-15T10:00:00Z")
            .healthcheck(new io.composegen.model.dockerfile.Healthcheck(List.of("python", "-c", "print(1)"),
                ComposeDuration.parse("10s"), ComposeDuration.parse("2s"), ComposeDuration.parse("1m"), 5))
            .build()));
    assertThat(read.services().get("worker").generatedBuild()).isEqualTo(GeneratedBuild.of("./w",
        Recipes.pythonPip().healthcheck(io.composegen.model.dockerfile.Healthcheck.cmd("python", "-c", "pass"))
            .build()));
    assertThat(read.services().get("site").generatedBuild())
        .isEqualTo(GeneratedBuild.of("./site", Recipes.staticNginx().build()));
  }

  @Test
  void reportsRecipeHealthcheckWithoutTestAndBadWritablePath() {
    assertThat(problems("""
        services:
          api:
            recipe:
              type: python-pip
              healthcheck: {interval: 10s}
          web:
            recipe: {type: python-pip, context: ./web, writable_paths: [data]}
        """)).containsExactly(
        "stack.yaml:5:7 services.api.recipe.healthcheck: CG704 healthcheck has no test (write false for none, or a "
            + "mapping with test (the command as a list, e.g. [wget, -q, --spider, \"http://127.0.0.1:8080/\"]) and "
            + "optional interval, timeout, start_period, retries)",
        "stack.yaml:7:5 services.web.recipe: CG703 writable path \"data\" must be an absolute folder such as "
            + "/app/data, without spaces, quotes or shell characters (change the recipe's parameters as the message "
            + "says)");
  }

  @Test
  void readsEachRecipeType() {
    Stack read = clean("""
        services:
          pip: {recipe: {type: python-pip, context: ./pip, requirements: req/base.txt, command: gunicorn app:app}}
          poetry: {recipe: {type: python-poetry, context: ./poetry, poetry: 1.8.5, python: 3.10, groups: [deploy]}}
          node: {recipe: {type: node, context: ./node, node: 20, build_script: build, command: [node, dist/main.js]}}
          site: {recipe: {type: static-nginx, context: ./site, build_output: build, health_path: /index.html}}
        """);

    assertThat(read.services().get("pip").generatedBuild()).isEqualTo(GeneratedBuild.of("./pip",
        Recipes.pythonPip().requirements("req/base.txt").command("gunicorn", "app:app").build()));
    assertThat(read.services().get("poetry").generatedBuild()).isEqualTo(GeneratedBuild.of("./poetry",
        Recipes.pythonPoetry().poetry("1.8.5").python("3.10").group("deploy").build()));
    assertThat(read.services().get("node").generatedBuild()).isEqualTo(GeneratedBuild.of("./node",
        Recipes.node().node("20").buildScript("build").command("node", "dist/main.js").build()));
    assertThat(read.services().get("site").generatedBuild()).isEqualTo(GeneratedBuild.of("./site",
        Recipes.staticNginx().buildOutput("build").healthPath("/index.html").build()));
  }

  @Test
  void readsLayersWithFilesProductionAndResets() {
    Stack read = clean("""
        base_file: docker-compose.yml
        services:
          web: {image: "nginx:1.27", container_name: web, ports: ["8080:80"], volumes: ["./site:/usr/share/nginx/html"]}
        layers:
          dev:
            file: docker-compose-development.yml
          staging:
            production: true
            services:
              web:
                reset: [container_name, {ports: "8080:80"}, {volumes: /usr/share/nginx/html}]
                ports: ["80:80"]
            volumes:
              cache: {}
            x-owner: ops
          prod:
            production: false
        """);

    assertThat(read.baseFileName()).isEqualTo("docker-compose.yml");
    assertThat(read.layers()).containsOnlyKeys("dev", "staging", "prod");
    Layer dev = read.layers().get("dev");
    assertThat(dev.fileName()).isEqualTo("docker-compose-development.yml");
    assertThat(dev.production()).isFalse();
    assertThat(dev.services()).isEmpty();
    Layer staging = read.layers().get("staging");
    assertThat(staging.production()).isTrue();
    assertThat(staging.services().get("web").resets()).containsExactly(Reset.of("container_name"),
        Reset.element("ports", "8080:80"), Reset.element("volumes", "/usr/share/nginx/html"));
    assertThat(staging.volumes()).containsOnlyKeys("cache");
    assertThat(staging.extensions()).containsEntry("x-owner", "ops");
    assertThat(read.layers().get("prod").production()).isFalse();
    assertThat(read.resolve("staging").services().get("web").ports()).extracting(Object::toString)
        .containsExactly(read.layers().get("staging").services().get("web").ports().get(0).toString());
  }

  @Test
  void readsAResetOfSeveralKeysOfOneAttribute() {
    Stack read = clean("""
        services:
          web: {image: nginx, environment: {A: "1", B: "2", C: "3"}}
        layers:
          prod:
            services:
              web: {reset: [{environment: [A, B]}]}
        """);

    assertThat(read.layers().get("prod").services().get("web").resets())
        .containsExactly(Reset.element("environment", "A"), Reset.element("environment", "B"));
    assertThat(read.resolve("prod").services().get("web").environment()).containsOnlyKeys("C");
  }

  @Test
  void reportsUnknownKeysWithLineAndColumn() {
    assertThat(problems("""
        name: shop
        services:
          web:
            image: nginx
            prots: ["80:80"]
        layer:
          dev: {}
        layers:
          dev:
            servces: {}
            services:
              web: {contianer_name: web}
        """)).containsExactly(
        "stack.yaml:5:5 services.web.prots: CG701 unknown key \"prots\" in a service (did you mean \"ports\"?)",
        "stack.yaml:6:1 layer: CG701 unknown key \"layer\" in the stack descriptor (did you mean \"layers\"?)",
        "stack.yaml:10:5 layers.dev.servces: CG701 unknown key \"servces\" in a layer (did you mean \"services\"?)",
        "stack.yaml:12:13 layers.dev.services.web.contianer_name: CG701 unknown key \"contianer_name\" in a service"
            + " (did you mean \"container_name\"?)");
  }

  @Test
  void reportsInvalidValuesAtTheListItem() {
    assertThat(problems("""
        services:
          web:
            image: nginx
            ports:
              - "8080:80"
              - "99999:80"
        """)).singleElement().asString()
        .startsWith("stack.yaml:6:9 services.web.ports[1]: CG703 ");
  }

  @Test
  void reportsRecipeProblems() {
    assertThat(problems("""
        services:
          a: {recipe: {type: java-mavn}}
          b: {recipe: {context: ./b}}
          c: {recipe: {type: python-pip, pyhton: "3.11", port: http}}
          d: {recipe: {type: node, user: root}}
          e: {recipe: {type: static-nginx, context: ../outside}}
        """)).containsExactly(
        "stack.yaml:2:16 services.a.recipe.type: CG703 unknown recipe type \"java-mavn\" (did you mean"
            + " \"java-maven\"?)",
        "stack.yaml:3:7 services.b.recipe: CG704 recipe has no type (set type to one of java-maven, python-pip,"
            + " python-poetry, node, static-nginx)",
        "stack.yaml:4:34 services.c.recipe.pyhton: CG701 unknown key \"pyhton\" in a recipe (did you mean"
            + " \"python\"?)",
        "stack.yaml:4:50 services.c.recipe.port: CG702 expected an integer, got the string \"http\" (write a whole"
            + " number)",
        "stack.yaml:5:28 services.d.recipe.user: CG703 user \"root\" is not uid:gid (write the numeric user and"
            + " group ids, e.g. \"10001:10001\", or one id for both)",
        "stack.yaml:6:36 services.e.recipe.context: CG703 build context \"../outside\" must stay inside the"
            + " project: generated Dockerfiles are written there (write a folder inside the project, e.g. ./app)");
  }

  @Test
  void reportsPresetImageOfAndResetProblems() {
    assertThat(problems("""
        services:
          web: {image: nginx, reset: [ports]}
          cache: {preset: "memcached:1.6"}
          worker: {image_of: web, image: other}
          empty: {command: run}
          "*": {image: nginx}
        layers:
          dev:
            services:
              web: {recipe: {type: node}, reset: [{command: x}, colour]}
        """)).containsExactly(
        "stack.yaml:2:23 services.web.reset: CG701 reset in a base service removes nothing (move it to the"
            + " service's entry in a layer, where it removes what the base sets)",
        "stack.yaml:3:11 services.cache.preset: CG703 unknown preset \"memcached\": use one of postgres, redis,"
            + " mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch (optionally with :tag) (write one of postgres,"
            + " redis, mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch, optionally with a tag, e.g."
            + " \"redis:7.0\")",
        "stack.yaml:4:3 services.worker: CG703 service worker: image_of runs another service's image; do not also"
            + " set image or build (keep one of image, build, recipe and image_of)",
        "stack.yaml:5:3 services.empty: CG704 service \"empty\" has neither image nor build (set image, build,"
            + " recipe, preset or image_of)",
        "stack.yaml:6:3 services.*: CG703 \"*\" is not a service name (use \"*\" in a layer's services,"
            + " where it patches every service of the environment)",
        "stack.yaml:10:13 layers.dev.services.web.recipe: CG703 a layer cannot change how a base service's image"
            + " is built (set recipe and image_of in the base; images are built once for every environment)",
        "stack.yaml:10:44 layers.dev.services.web.reset[0].command: CG703 reset: the elements of \"command\" cannot"
            + " be removed one by one; remove the whole attribute (write a list of attribute names and {attribute:"
            + " key} entries, e.g. [container_name, {ports: \"8080:80\"}])",
        "stack.yaml:10:57 layers.dev.services.web.reset[1]: CG703 reset: \"colour\" is not a service attribute"
            + " (write a list of attribute names and {attribute: key} entries, e.g. [container_name, {ports:"
            + " \"8080:80\"}])");
  }

  @Test
  void reportsBadNamesAndFileNames() {
    assertThat(problems("""
        name: My Shop
        base_file: ./compose.yaml
        services:
          web: {image: nginx}
        layers:
          Dev: {}
          prod: {file: deploy/prod.yaml, production: maybe}
        """)).containsExactly(
        "stack.yaml:1:1 name: CG703 invalid project name \"My Shop\": use lower-case letters, digits, '-' and '_',"
            + " starting with a letter or digit (use lower-case letters, digits, '-' and '_', starting with a letter"
            + " or digit)",
        "stack.yaml:2:1 base_file: CG703 file name \"./compose.yaml\" of the base is not a plain file name (write a"
            + " file name without folders, e.g. docker-compose.yml)",
        "stack.yaml:6:3 layers.Dev: CG703 invalid layer name \"Dev\": use lower-case letters, digits, '-' and '_',"
            + " starting with a letter or digit (name layers with lower-case letters, digits, '-' and '_')",
        "stack.yaml:7:10 layers.prod.file: CG703 file name \"deploy/prod.yaml\" of layer prod is not a plain file"
            + " name (write a file name without folders, e.g. docker-compose.yml)",
        "stack.yaml:7:34 layers.prod.production: CG702 expected a boolean (true or false), got the string"
            + " \"maybe\" (write true or false)");
  }

  @Test
  void reportsSyntaxErrorsAgainstTheFile() {
    assertThat(problems("services:\n  web: {image: nginx\n")).singleElement().asString()
        .startsWith("stack.yaml:3:1 (root): CG700 not valid YAML: ");
  }

  @Test
  void reportsHostileInputWithoutThrowing() {
    String deep = "services:\n  web:\n    x-deep: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
    String binary = "services:\n  web: {image: \"\u0000\u0001\"}\n\u0000\u00ff";

    for (String text : List.of(deep, bomb, binary, "- a\n- b\n", "[", "\"unclosed")) {
      assertThat(READER.read(text, "stack.yaml").problems()).as(text).isNotEmpty();
    }
  }

  @Test
  void readsAnEmptyDescriptorAsAnEmptyStack() {
    assertThat(clean("")).isEqualTo(Stack.builder(null).build());
    assertThat(clean("# nothing yet\n")).isEqualTo(Stack.builder(null).build());
  }

  @Test
  void reportsAFileThatCannotBeRead(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("stack.yaml");
    assertThat(READER.read(missing, "src/main/compose/stack.yaml").problems()).map(Problem::toString)
        .singleElement().asString()
        .startsWith("src/main/compose/stack.yaml (root): CG700 src/main/compose/stack.yaml cannot be read: ");
    Files.createDirectories(dir.resolve("folder"));
    assertThat(READER.read(dir.resolve("folder"), "folder").problems()).map(Problem::toString)
        .containsExactly("folder (root): CG700 folder is a folder, not a stack descriptor (name the descriptor"
            + " file inside it, e.g. " + dir.resolve("folder").resolve("stack.yaml") + ")");
  }

  @Test
  void readsAFileAndNamesItInLocations(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("stack.yaml");
    Files.writeString(file, "services:\n  web: {image: nginx, prots: []}\n");
    assertThat(READER.read(file, "src/main/compose/stack.yaml").problems()).map(Problem::toString)
        .containsExactly("src/main/compose/stack.yaml:2:23 services.web.prots: CG701 unknown key \"prots\" in a"
            + " service (did you mean \"ports\"?)");
  }
}
