package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.model.Stack;
import io.composegen.model.service.EnvFile;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extends} resolved on import, checked against what {@code docker-compose config} makes of the originals.
 */
class ExtendsImportTest {

  @TempDir
  Path dir;

  private ReadResult<Stack> read(String... files) {
    return ComposeFileSet.read(java.util.Arrays.stream(files).map(dir::resolve).toList(), dir);
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), text);
  }

  @Test
  void mergesTheExtendedServiceFromTheSameAndAnotherFile() throws IOException {
    write("common.yml", """
        services:
          app:
            image: shop:1.0
            environment: {TZ: UTC, MODE: base}
            ports: ["8080:80"]
            labels: [tier=app]
        """);
    write("compose.yaml", """
        services:
          base:
            extends: {file: common.yml, service: app}
            restart: always
            environment: {MODE: shared}
          web:
            extends: {service: base}
            environment: {MODE: web}
            ports: ["8443:443"]
            command: serve
          worker:
            extends: base
            command: [work, --fast]
        """);

    ReadResult<Stack> read = read("compose.yaml");

    assertThat(read.problems()).isEmpty();
    Service web = read.value().services().get("web");
    assertThat(web.extendsFrom()).isNull();
    assertThat(web.image()).isEqualTo("shop:1.0");
    assertThat(web.environment()).containsExactly(Map.entry("TZ", "UTC"), Map.entry("MODE", "web"));
    assertThat(web.ports()).hasSize(2);
    assertThat(read.value().services().get("worker").restart()).hasToString("always");
    DockerComposeCli.assumeAvailable();
    Object expected = DockerComposeCli.configTree(dir, List.of("compose.yaml"));
    Map<String, String> generated = ComposeGenerator.create().render(read.value());
    Files.writeString(dir.resolve("compose.yaml"), generated.get("compose.yaml"));
    assertThat(DockerComposeCli.configTree(dir, List.of("compose.yaml"))).isEqualTo(expected);
  }

  /** Returns a {@code services:} mapping of {@code count} services {@code s0, s1, ...}, each with the value given. */
  private static String services(int count, java.util.function.IntFunction<String> value) {
    StringBuilder yaml = new StringBuilder("services:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  s").append(i).append(": ").append(value.apply(i)).append('\n');
    }
    return yaml.toString();
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void followsAnExtendsChainOfFiftyThousandServicesInALoop() throws IOException {
    int length = 50_000;
    write("compose.yaml", services(length, i -> "{extends: s" + (i + 1) + "}")
        + "  s" + length + ": {image: root:1.0, environment: {MODE: root}}\n");

    ReadResult<Stack> read = read("compose.yaml");

    assertThat(read.problems()).isEmpty();
    for (String name : List.of("s0", "s25000", "s49999")) {
      Service service = read.value().services().get(name);
      assertThat(service.image()).isEqualTo("root:1.0");
      assertThat(service.extendsFrom()).isNull();
      assertThat(service.environment()).containsExactly(Map.entry("MODE", "root"));
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void locatesTwentyThousandProblemsOfExtendsInOneFileWithoutReadingItAgainForEach() throws IOException {
    int count = 20_000;
    write("compose.yaml", services(count, i -> "\n    extends: nope"));

    List<Problem> problems = read("compose.yaml").problems();

    assertThat(problems).hasSize(2 * count);
    // in the order of their places: each service's own problem (no image) on its line, then its extends'
    assertThat(problems.get(1).toString()).startsWith(
        "compose.yaml:3:5 services.s0.extends: CG703 service \"s0\" extends service \"nope\", which is not defined");
    assertThat(problems.get(2 * count - 1).location())
        .isEqualTo(new Problem.Location("compose.yaml", 2 * count + 1, 5));
  }

  @Test
  void resolvesExtendsInsideALayerFile() throws IOException {
    write("compose.yaml", "services:\n  web: {image: nginx}\n");
    write("compose.override.yaml", """
        services:
          debug-base: {image: busybox, environment: {DEBUG: "1"}}
          debugger: {extends: debug-base, command: sh}
        """);

    ReadResult<Stack> read = read("compose.yaml", "compose.override.yaml");

    assertThat(read.problems()).isEmpty();
    Service debugger = read.value().layers().get("dev").services().get("debugger");
    assertThat(debugger.image()).isEqualTo("busybox");
    assertThat(debugger.environment()).containsEntry("DEBUG", "1");
  }

  @Test
  void reportsCyclesMissingServicesAndFilesWithTheirPlace() throws IOException {
    write("compose.yaml", """
        services:
          a: {extends: b}
          b: {extends: {service: a}}
          c: {extends: nowhere}
          d: {extends: {file: missing.yml, service: x}}
          e: {extends: {file: sub/other.yml, service: x}}
        """);

    assertThat(read("compose.yaml").problems()).map(Problem::toString).containsExactly(
        "compose.yaml:2:3 services.a: CG704 service \"a\" has neither image nor build, also not through the"
            + " services it extends (set image or build on it or on the service it extends)",
        "compose.yaml:2:7 services.a.extends: CG703 service \"a\" extends itself through a -> b -> a (break the"
            + " cycle: let one of these services set its attributes instead of extending)",
        "compose.yaml:3:3 services.b: CG704 service \"b\" has neither image nor build, also not through the"
            + " services it extends (set image or build on it or on the service it extends)",
        "compose.yaml:4:3 services.c: CG704 service \"c\" has neither image nor build, also not through the"
            + " services it extends (set image or build on it or on the service it extends)",
        "compose.yaml:4:7 services.c.extends: CG703 service \"c\" extends service \"nowhere\", which is not"
            + " defined (name a service defined in this file, or remove extends)",
        "compose.yaml:5:3 services.d: CG704 service \"d\" has neither image nor build, also not through the"
            + " services it extends (set image or build on it or on the service it extends)",
        "compose.yaml:5:17 services.d.extends.file: CG703 extends names file missing.yml, which cannot be read (it"
            + " does not exist) (name an existing compose file, relative to the folder of compose.yaml)",
        "compose.yaml:6:3 services.e: CG704 service \"e\" has neither image nor build, also not through the"
            + " services it extends (set image or build on it or on the service it extends)",
        "compose.yaml:6:17 services.e.extends.file: CG703 extends names file sub/other.yml, which cannot be read (it"
            + " does not exist) (name an existing compose file, relative to the folder of compose.yaml)");
  }

  @Test
  void movesRelativePathsOfServicesExtendedFromOtherFoldersAsDockerComposeDoes() throws IOException {
    write("common/app/Dockerfile", "FROM alpine\n");
    write("common/app.env", "FROM_COMMON=1\n");
    write("common/tools/debug.env", "FROM_TOOLS=2\n");
    write("common/tools/Dockerfile.dev", "FROM alpine\n");
    write("common/services.yml", """
        services:
          app:
            build: ./app
            env_file: app.env
            volumes:
              - ./data:/data
              - cache:/cache
              - /srv/shared:/shared
              - type: bind
                source: ../config
                target: /config
          debug:
            extends: {file: tools/debug.yml, service: debug}
            labels: [layer=common]
        """);
    write("common/tools/debug.yml", """
        services:
          debug:
            image: acme/debug:1
            build: {context: ., dockerfile: Dockerfile.dev}
            env_file: [debug.env]
            volumes: ["../../logs:/logs", "~/.ssh:/root/.ssh:ro"]
        """);
    write("compose.yaml", """
        services:
          web:
            extends: {file: common/services.yml, service: app}
            env_file: local.env
          debugger:
            extends: {file: ./common/services.yml, service: debug}
        volumes:
          cache: {}
        """);
    write("local.env", "LOCAL=3\n");

    ReadResult<Stack> read = read("compose.yaml");

    assertThat(read.problems()).isEmpty();
    Service web = read.value().services().get("web");
    assertThat(web.build().context()).isEqualTo("./common/app");
    assertThat(web.envFiles()).map(EnvFile::path).containsExactly("./common/app.env", "local.env");
    assertThat(web.volumes()).map(ServiceVolume::source)
        .containsExactly("./common/data", "cache", "/srv/shared", "./config");
    Service debugger = read.value().services().get("debugger");
    assertThat(debugger.build().context()).isEqualTo("./common/tools");
    assertThat(debugger.build().dockerfile()).isEqualTo("Dockerfile.dev");
    assertThat(debugger.envFiles()).map(EnvFile::path).containsExactly("./common/tools/debug.env");
    assertThat(debugger.volumes()).map(ServiceVolume::source).containsExactly("./logs", "~/.ssh");
    DockerComposeCli.assumeAvailable();
    Object expected = mountsInAnyOrder(CorpusRoundTripTest.equivalent(config()));
    Files.writeString(dir.resolve("compose.yaml"), ComposeGenerator.create().render(read.value()).get("compose.yaml"));
    assertThat(mountsInAnyOrder(CorpusRoundTripTest.equivalent(config()))).isEqualTo(expected);
  }

  private Object config() {
    return DockerComposeCli.configTree(dir, List.of("compose.yaml"));
  }

  /** Returns {@code config} with the volumes of each service sorted: docker-compose orders extended ones its way. */
  @SuppressWarnings("unchecked")
  private static Object mountsInAnyOrder(Object config) {
    ((Map<String, Map<String, Map<String, Object>>>) config).get("services").values().forEach(service ->
        service.computeIfPresent("volumes", (k, v) -> ((List<Object>) v).stream().map(String::valueOf).sorted()
            .toList()));
    return config;
  }

  @Test
  void namesEveryLinkOfACycleThroughOtherFiles() throws IOException {
    write("compose.yaml", "services:\n  web:\n    extends: {file: sub/a.yml, service: a}\n");
    write("sub/a.yml", "services:\n  a:\n    extends: {file: ../b.yml, service: b}\n");
    write("b.yml", "services:\n  b:\n    extends: {file: compose.yaml, service: web}\n");

    assertThat(read("compose.yaml").problems()).map(Problem::toString).containsExactly(
        "compose.yaml:2:3 services.web: CG704 service \"web\" has neither image nor build, also not through the"
            + " services it extends (set image or build on it or on the service it extends)",
        "compose.yaml:3:5 services.web.extends: CG703 service \"web\" extends itself through web -> a (sub/a.yml)"
            + " -> b (b.yml) -> web (break the cycle: let one of these services set its attributes instead of"
            + " extending)");
    DockerComposeCli.assumeAvailable();
    assertThat(DockerComposeCli.config(dir, List.of("compose.yaml")).stderr()).contains("Circular reference");
  }

  @Test
  void reportsAMissingFileAtTheExtendsOfTheFileThatNamesIt() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: nginx\n    extends: {file: sub/a.yml, service: a}\n");
    write("sub/a.yml", "services:\n  a:\n    extends:\n      file: ../nowhere/b.yml\n      service: b\n");

    assertThat(read("compose.yaml").problems()).map(Problem::toString).containsExactly(
        "sub/a.yml:4:7 services.a.extends.file: CG703 extends names file ../nowhere/b.yml, which cannot be read (it"
            + " does not exist) (name an existing compose file, relative to the folder of sub/a.yml)");
    DockerComposeCli.assumeAvailable();
    assertThat(DockerComposeCli.config(dir, List.of("compose.yaml")).stderr())
        .contains("No such file or directory: '" + dir.toRealPath().resolve("nowhere/b.yml") + "'");
  }

  @Test
  void reportsAPathStartingWithAVariableInAServiceFromAnotherFolder() throws IOException {
    write("sub/a.yml", "services:\n  a:\n    image: nginx\n    env_file: [\"${PWD}/a.env\", \"$HOME/b.env\"]\n"
        + "    volumes: [{type: bind, source: \"${DATA}/db\", target: /db}]\n");
    write("compose.yaml", "services:\n  web:\n    extends: {file: sub/a.yml, service: a}\n");

    assertThat(read("compose.yaml").problems()).map(Problem::toString).containsExactly(
        "compose.yaml:3:5 services.web.extends: CG705 service \"web\" extends a service of sub/a.yml, in another"
            + " folder, whose path \"${DATA}/db\" starts with a variable: composegen cannot tell which folder it is"
            + " relative to (write the path in sub/a.yml without a variable at its start, or copy the service into"
            + " this file)");
    assertThat(read("compose.yaml").value().services().get("web").envFiles()).map(EnvFile::path)
        .containsExactly("${PWD}/a.env", "$HOME/b.env");
  }

  @Test
  void reportsProblemsInTheExtendedFileAgainstThatFile() throws IOException {
    write("common.yml", "services:\n  app:\n    image: x\n    prots: [\"80:80\"]\n");
    write("compose.yaml", "services:\n  web: {extends: {file: common.yml, service: app}}\n");

    assertThat(read("compose.yaml").problems()).map(Problem::toString).containsExactly(
        "common.yml:4:5 services.app.prots: CG701 unknown key \"prots\" in a service (did you mean \"ports\"?)");
  }
}
