package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Presets;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptorWriterTest {

  private static final DescriptorWriter WRITER = DescriptorWriter.create();
  private static final DescriptorReader READER = DescriptorReader.create();

  private static final String[] HOSTILE = {"it's \"quoted\"", "a: b", "x #not a comment", "line\nbreak", "${VAR}",
      "$$literal", "yes", "no", "on", "0123", "1e3", "", " padded ", "ünïcödé ✓", "-dash", "*star", "null"};

  private static Stack roundTrip(Stack stack) {
    String text = WRITER.write(stack);
    ReadResult<Stack> read = READER.read(text, "stack.yaml");
    assertThat(read.problems()).as(text).isEmpty();
    return read.value();
  }

  static Stream<Stack> stacks() {
    Service.Builder hostile = Service.builder("hostile").image(HOSTILE[0]);
    for (int i = 0; i < HOSTILE.length; i++) {
      hostile.env("V" + i, HOSTILE[i]).label("l" + i, HOSTILE[i]);
    }
    hostile.command(HOSTILE[3]).entrypointArgs(HOSTILE).extension("x-note", Map.of("k", HOSTILE[5]));
    return Stream.of(
        Stack.builder(null).build(),
        Stack.builder("only-a-name").build(),
        // the sketch of the design notes, with a plain build where it has a recipe
        Stack.builder("allocation")
            .service(Service.builder("web").build("./app").image("master-image")
                .command("gunicorn -b :5000 main:app").port("5050:5000").dependsOn("redis", Condition.HEALTHY))
            .service(Service.builder("worker").imageOf("web").command("rqworker --url redis://redis:6379/0"))
            .service(Presets.redis("7.0"))
            .layer(Layer.dev().service("web", web -> web.containerName("web").env("FLASK_DEBUG", "1")
                .bind("./app", "/app").command("flask run --host=0.0.0.0")))
            .layer(Layer.prod().allServices(s -> s.restart(Restart.UNLESS_STOPPED)))
            .build(),
        // layers with file names, production flags other than the defaults, resets and resources
        Stack.builder("shop").baseFileName("docker-compose.yml")
            .service(Service.builder("web").image("nginx:1.27").containerName("web").port("8080:80")
                .port("127.0.0.1:8443:443/tcp").volume("./site:/usr/share/nginx/html:ro").env("MODE", "dev")
                .env("KEEP", null).dependsOn("api").label("team", "web"))
            .service(Service.builder("api").image("api:1").network("front").network("back")
                .secret("db_password").config("settings"))
            .network("front").network("back", Network.builder().internal(true).build())
            .volume("data", Volume.externalVolume("shop-data"))
            .secret("db_password", Secret.builder().file("./secrets/db_password.txt").build())
            .config("settings", Config.builder().content("a: 1\n").build())
            .extension("x-owner", "ops")
            .layer(Layer.dev().fileName("docker-compose.override.yml").production(true)
                .service("web", web -> web.env("MODE", "debug")))
            .layer(Layer.prod().fileName("docker-compose.prod.yml").production(false)
                .service("web", web -> web.reset("container_name").reset("ports", "8080:80")
                    .reset("volumes", "/usr/share/nginx/html").reset("environment", "KEEP")
                    .reset("depends_on", "api").port("80:80"))
                .allServices(s -> s.restart(Restart.ALWAYS).reset("labels"))
                .service(Service.builder("proxy").image("traefik:3").port("443:443"))
                .network("edge", Network.defaults())
                .volume("logs", Volume.defaults())
                .extension("x-stage", List.of("blue", "green")))
            .layer(Layer.named("ci").production(true))
            .build(),
        // strings YAML and Compose get wrong
        Stack.builder("hostile").service(hostile).extension("x-strings", List.of(HOSTILE)).build());
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void readsBackAsTheStackItWrote(Stack stack) {
    assertThat(roundTrip(stack)).isEqualTo(stack);
  }

  @ParameterizedTest
  @MethodSource("stacks")
  void writesTheSameBytesTwice(Stack stack) {
    assertThat(WRITER.write(roundTrip(stack))).isEqualTo(WRITER.write(stack));
  }

  @Test
  void writesAttributesPlainlyWithImageOfAndResets() {
    Stack stack = Stack.builder("shop").baseFileName("docker-compose.yml")
        .service(Service.builder("web").image("nginx:1.27").port("8080:80").containerName("web"))
        .service(Service.builder("worker").imageOf("web").command("run --queue \"a b\""))
        .volume("data")
        .layer(Layer.dev().fileName("docker-compose.override.yml").service("web", w -> w.env("DEBUG", "1")))
        .layer(Layer.prod()
            .service("web", w -> w.reset("container_name").reset("ports", "8080:80").port("80:80"))
            .allServices(s -> s.restart(Restart.UNLESS_STOPPED)))
        .layer(Layer.named("staging").production(true))
        .build();

    assertThat(WRITER.write(stack, List.of("Imported from docker-compose.yml.", "Edit freely."))).isEqualTo("""
        # Imported from docker-compose.yml.
        # Edit freely.
        name: shop

        base_file: docker-compose.yml

        services:
          web:
            image: nginx:1.27
            container_name: web
            ports:
              - "8080:80"

          worker:
            image_of: web
            command: "run --queue \\"a b\\""

        volumes:
          data: {}

        layers:
          dev:
            file: docker-compose.override.yml
            services:
              web:
                environment:
                  DEBUG: "1"
          prod:
            services:
              web:
                reset:
                  - container_name
                  - ports: "8080:80"
                ports:
                  - "80:80"
              "*":
                restart: unless-stopped
          staging:
            production: true
        """);
  }

  @Test
  void refusesAServiceBuiltFromAGeneratedDockerfile() {
    Stack stack = Stack.builder(null)
        .service(Service.builder("api").build(".", Recipes.javaMaven().build())).build();

    assertThatThrownBy(() -> WRITER.write(stack)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service api is built from a generated Dockerfile, which a stack descriptor cannot hold (it"
            + " keeps recipes, not Dockerfiles); write its recipe by hand");
  }

  @Test
  void turnsLineBreaksInTheCommentIntoCommentLines() {
    assertThat(WRITER.write(Stack.builder("a").build(), List.of("one\ntwo", "")))
        .isEqualTo("# one\n# two\n#\nname: a\n");
  }

  @Test
  void writesAFileAndRefusesToReplaceAnotherUnlessForced(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("src/main/compose/stack.yaml");
    Stack first = Stack.builder("first").build();
    Stack second = Stack.builder("second").build();

    assertThat(WRITER.writeFile(first, file, false, List.of()).entries()).singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(WriteStatus.CREATED));
    assertThat(WRITER.writeFile(first, file, false, List.of()).entries()).singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(WriteStatus.UNCHANGED));
    assertThatThrownBy(() -> WRITER.writeFile(second, file, false, List.of()))
        .isInstanceOf(FileConflictException.class)
        .hasMessage("composegen wrote no file because 1 file is in the way:\n  " + file + ": is a stack descriptor"
            + " already, which composegen does not replace unless forced\n" + FileConflictException.FORCE_HINT);
    assertThat(Files.readString(file)).isEqualTo("name: first\n");

    WRITER.writeFile(second, file, true, List.of());
    assertThat(Files.readString(file)).isEqualTo("name: second\n");
    assertThat(Files.readString(dir.resolve("src/main/compose/stack.yaml.bak"))).isEqualTo("name: first\n");
  }

  @Test
  void writesWhatComposeFilesImportAsAndReadsItBack(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("docker-compose.yml"), """
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
          redis:
            image: redis
        """);
    Files.writeString(dir.resolve("docker-compose-development.yml"), """
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
        """);
    ReadResult<Stack> imported = ComposeFileSet.read(ComposeFileSet.discover(dir));
    assertThat(imported.problems()).isEmpty();

    Stack stack = roundTrip(imported.value());

    assertThat(stack).isEqualTo(imported.value());
    assertThat(stack.effectiveBaseFileName()).isEqualTo("docker-compose.yml");
    assertThat(stack.layers().get("dev").effectiveFileName()).isEqualTo("docker-compose-development.yml");
  }
}
