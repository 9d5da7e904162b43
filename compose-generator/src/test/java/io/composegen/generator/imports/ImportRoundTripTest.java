package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.oracle.DockerComposeCli;
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
 * its image, Redis; a development file layered on it): import, write the descriptor, read it, generate. The
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

    String descriptor = DescriptorWriter.create().write(imported.value());
    ReadResult<Stack> read = DescriptorReader.create().read(descriptor, DescriptorReader.DEFAULT_PATH);
    assertThat(read.problems()).isEmpty();
    assertThat(read.value()).isEqualTo(imported.value());
    Map<String, String> generated = ComposeGenerator.builder().legacy(true).build().render(read.value());

    assertThat(generated).containsOnlyKeys("docker-compose.yml", "docker-compose-development.yml");
    DockerComposeCli.assumeAvailable();
    List<String> dev = List.of("docker-compose.yml", "docker-compose-development.yml");
    Object originalBase = DockerComposeCli.configTree(dir, List.of("docker-compose.yml"));
    Object originalDev = DockerComposeCli.configTree(dir, dev);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    assertThat(DockerComposeCli.configTree(dir, List.of("docker-compose.yml"))).isEqualTo(originalBase);
    assertThat(DockerComposeCli.configTree(dir, dev)).isEqualTo(originalDev);
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
}
