package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.generator.oracle.ProjectFolder;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes over a hand-written two-file setup shaped like seed 002 (a Flask app, an RQ worker and dashboard sharing
 * its image, Redis; a development file layered on it): import (the worker and the dashboard become {@code image_of}
 * web), write the descriptor, read it, generate. The
 * generated files keep the original names, and {@code docker-compose config} says the same about them as about the
 * originals, alone and layered.
 */
class ImportRoundTripTest {

  private static final String BASE = """
      services:
        web:
          build: ./app
          image: master-image
          command: /usr/local/bin/gunicorn -b :5000 main:app
          ports:
            - "5050:5000"
          depends_on:
            - redis
        worker:
          image: master-image
          command: rqworker --name worker --url redis://redis:6379/0
          depends_on:
            - redis
        dashboard:
          image: master-image
          command: rq-dashboard --port 5555 --redis-url redis://redis:6379/0
          ports:
            - "8080:5555"
        redis:
          image: redis
      """;

  private static final String DEVELOPMENT = """
      services:
        web:
          container_name: web
          environment:
            - FLASK_APP=main.py
            - FLASK_DEBUG=1
          volumes:
            - ./app:/app
          command: flask run --host=0.0.0.0

        worker:
           container_name: worker
           volumes:
            - ./app:/app
      """;

  @Test
  void generatingFromTheImportedDescriptorGivesTheSameEnvironments(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("docker-compose.yml"), BASE);
    Files.writeString(dir.resolve("docker-compose-development.yml"), DEVELOPMENT);
    List<Path> files = ComposeFileSet.discover(dir);
    assertThat(files).containsExactly(dir.resolve("docker-compose.yml"), dir.resolve("docker-compose-development.yml"));
    ReadResult<Stack> imported = ComposeFileSet.read(files);
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.value().services().get("worker").imageOf()).isEqualTo("web");
    assertThat(imported.value().services().get("worker").image()).isNull();
    assertThat(imported.value().services().get("dashboard").imageOf()).isEqualTo("web");

    String descriptor = DescriptorWriter.create().write(imported.value());
    ReadResult<Stack> read = DescriptorReader.create().read(descriptor, DescriptorReader.DEFAULT_PATH);
    assertThat(read.problems()).isEmpty();
    assertThat(read.value()).isEqualTo(imported.value());
    Map<String, String> generated = ComposeGenerator.builder().legacy(true).readme(false).build()
        .render(read.value());

    assertThat(generated).containsOnlyKeys("docker-compose.yml", "docker-compose-development.yml");
    DockerComposeCli.assumeAvailable();
    List<String> dev = List.of("docker-compose.yml", "docker-compose-development.yml");
    Object originalBase = DockerComposeCli.configTree(dir, List.of("docker-compose.yml"));
    Object originalDev = DockerComposeCli.configTree(dir, dev);
    ProjectFolder.write(dir, generated);
    assertThat(DockerComposeCli.configTree(dir, List.of("docker-compose.yml"))).isEqualTo(originalBase);
    assertThat(DockerComposeCli.configTree(dir, dev)).isEqualTo(originalDev);
  }

  /**
   * Seed 003's production file, assembled from the fragments its text shows. The redacted secrets ({@code *****})
   * are quoted here: unquoted they are YAML aliases (see the next test), and docker-compose 1.29.2 wants the
   * booleans of {@code environment} quoted, which Compose v2 does not.
   */
  private static final String SEED_003 = """
      services:
        latestratemymoduleproxy:
          container_name: latestratemymoduleproxy
          hostname: latestratemymoduleproxy
          image: nginx:alpine
          volumes:
            - latest_static:/static
            - /ratemymodule/latest-default.conf:/etc/nginx/conf.d/default.conf:ro
          networks:
            - frontend
            - backend
          restart: unless-stopped
          labels: [ "com.centurylinklabs.watchtower.scope=ratemymodule" ]
          depends_on:
            - latestratemymoduleapp
        latestratemymoduleapp:
          container_name: latestratemymoduleapp
          hostname: latestratemymoduleapp
          volumes:
            - latest_static:/static
            - /ratemymodule/latest-core.db:/app/core.db
          environment:
            SECRET_KEY: "*****"
            OAUTH_GOOGLE_CLIENT_ID: "*****.apps.googleusercontent.com"
            PRODUCTION: "false"
            DEBUG: "true"
            LOG_LEVEL: INFO
            EMAIL_PORT: 465
          image: git.cs.bham.ac.uk:5050/team-projects-2023-24/team55:latest
          networks:
            - backend
          restart: unless-stopped
          labels: [ "com.centurylinklabs.watchtower.scope=ratemymodule" ]
        ratemymodulewatchtower:
          container_name: ratemymodulewatchtower
          hostname: ratemymodulewatchtower
          image: containrrr/watchtower
          volumes:
            - /var/run/docker.sock:/var/run/docker.sock
            - /.docker/config.json:/config.json:ro
          command: --interval 30 --scope ratemymodule
          labels: [ "com.centurylinklabs.watchtower.scope=ratemymodule" ]
          networks:
            - frontend
      networks:
        frontend:
          name: proxy-apps
          external: true
        backend:
      volumes:
        latest_static:
        stable_static:
      """;

  @Test
  void seed003ImportsAndGeneratesToTheSameConfig(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("docker-compose.yml"), SEED_003);
    ReadResult<Stack> imported = ComposeFileSet.read(List.of(dir.resolve("docker-compose.yml")), dir);
    assertThat(imported.problems()).isEmpty();
    DockerComposeCli.assumeAvailable();
    Object original = CorpusRoundTripTest.equivalent(DockerComposeCli.configTree(dir, List.of("docker-compose.yml")));

    Map<String, String> generated = ComposeGenerator.create().render(imported.value());
    ProjectFolder.write(dir, Map.of("docker-compose.yml", generated.get("docker-compose.yml")));

    assertThat(CorpusRoundTripTest.equivalent(DockerComposeCli.configTree(dir, List.of("docker-compose.yml"))))
        .isEqualTo(original);
  }

  @Test
  void reportsARedactedValueThatYamlReadsAsAnAlias(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("docker-compose.yml"), SEED_003.replace("\"*****\"", "*****"));

    assertThat(ComposeFileSet.read(List.of(dir.resolve("docker-compose.yml")), dir).problems())
        .map(Problem::toString).containsExactly("docker-compose.yml:23:20 (root): CG700 not valid YAML: while"
            + " scanning an alias, unexpected character found *(42) (line 23, column 20) (quote the value: an unquoted"
            + " value starting with * or & is a YAML alias or anchor)");
  }

  @Test
  void importsRepeatedBuildsAsImageOfTheFirst(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web: {build: ./app, image: shop, command: serve}
          worker: {build: ./app, image: shop, command: work}
          other: {build: ./other, image: shop}
          plain-a: {build: ./app}
          plain-b: {build: ./app}
          cache: {image: redis}
        """);

    Stack stack = ComposeFileSet.read(List.of(dir.resolve("compose.yaml"))).value();

    assertThat(stack.services().get("worker").imageOf()).isEqualTo("web");
    assertThat(stack.services().get("worker").build()).isNull();
    assertThat(stack.services().get("other").imageOf()).isNull();
    assertThat(stack.services().get("plain-b").imageOf()).as("no image name to share in an unnamed stack").isNull();
    assertThat(stack.services().get("cache").imageOf()).isNull();
    Map<String, String> generated = ComposeGenerator.create().render(stack);
    assertThat(generated.get("compose.yaml")).contains("  worker:\n    image: shop\n");
  }

  @Test
  void findsTheBaseFileAndTheLayerFilesOfTheSameStem(@TempDir Path dir) throws IOException {
    for (String name : List.of("compose.yaml", "compose.override.yaml", "compose.prod.yaml", "compose.yaml.bak",
        "docker-compose.ci.yml", "notes.yaml")) {
      Files.writeString(dir.resolve(name), "services: {}\n");
    }

    assertThat(ComposeFileSet.discover(dir)).containsExactly(dir.resolve("compose.yaml"),
        dir.resolve("compose.override.yaml"), dir.resolve("compose.prod.yaml"));
    assertThat(ComposeFileSet.discover(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void refusesTwoLayerFilesOfOneLayer(@TempDir Path dir) throws IOException {
    for (String name : List.of("docker-compose.yml", "docker-compose.override.yml", "docker-compose-development.yml")) {
      Files.writeString(dir.resolve(name), "services: {}\n");
    }

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComposeFileSet.discover(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("docker-compose.override.yml and docker-compose-development.yml both stand for layer dev; name"
            + " the files to read, base first");
  }

  @Test
  void readsALongerFileOnlyWithRaisedLimits(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder("services:\n");
    for (int i = 0; i < 200; i++) {
      text.append("  s").append(i).append(":\n    image: nginx:1.27\n");
    }
    Path file = Files.writeString(dir.resolve("compose.yaml"), text);
    JacksonYamlLoader.Limits defaults = JacksonYamlLoader.Limits.DEFAULT;
    JacksonYamlLoader.Limits small = new JacksonYamlLoader.Limits(1_000, defaults.maxDepth(), defaults.maxAliases(),
        defaults.maxValues());
    JacksonYamlLoader.Limits raised = new JacksonYamlLoader.Limits(text.length(), defaults.maxDepth(),
        defaults.maxAliases(), defaults.maxValues());

    assertThat(ComposeFileSet.read(List.of(file), dir, small).problems()).map(Problem::toString).containsExactly(
        "compose.yaml (root): CG700 the file is longer than 1000 characters (split it into a base file and layer"
            + " files, or raise the limit (the plugin's compose.maxFileSize, the command line's --max-file-size,"
            + " JacksonYamlLoader.Limits from Java))");
    ReadResult<Stack> read = ComposeFileSet.read(List.of(file), dir, raised);
    assertThat(read.problems()).isEmpty();
    assertThat(read.value().services()).hasSize(200);
  }
}
