package io.composegen.generator.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.testkit.ComposeSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerComposeCliTest {

    private static final Path CORPUS = ComposeSchema.sharedFolder().resolve("corpus/awesome-compose");

    /** Corpus files docker-compose 1.29.2 rejects, with a fragment of its message on stderr. */
    private static final Map<String, String> EXPECTED_REJECTIONS = Map.of(
            // Valid Compose v2, but 1.29.2 predates the top-level project name and refuses the key.
            "react-rust-postgres/compose.yaml", "'name' does not match any of the regexes: '^x-'");

    @TempDir
    Path dir;

    @BeforeEach
    void requireDockerCompose() {
        DockerComposeCli.assumeAvailable();
    }

    static Stream<String> corpusComposeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files
                    .filter(file -> file.getFileName().toString().matches("compose\\.ya?ml"))
                    .map(file -> CORPUS.relativize(file).toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void corpusHoldsThirtyNineFilesOfWhichThirtyEightAreAccepted() throws IOException {
        assertThat(corpusComposeFiles()).hasSize(39);
        assertThat(EXPECTED_REJECTIONS).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusComposeFiles")
    void acceptsRealWorldComposeFileUnlessKnownToBeTooNew(String file) throws IOException {
        Path sample = CORPUS.resolve(file).getParent();
        Path copy = dir.resolve(sample.getFileName().toString());
        copyTree(sample, copy);
        String composeFile = Path.of(file).getFileName().toString();

        if (EXPECTED_REJECTIONS.containsKey(file)) {
            DockerComposeCli.Result result = DockerComposeCli.config(copy, List.of(composeFile));

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.stderr()).contains(EXPECTED_REJECTIONS.get(file));
        } else {
            Object tree = DockerComposeCli.configTree(copy, List.of(composeFile));

            assertThat(tree).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("services");
        }
    }

    @Test
    void mergesOverrideFileOverBaseFile() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.22
                    ports:
                      - "8080:80"
                    environment:
                      A: "1"
                      B: "2"
                """);
        Files.writeString(dir.resolve("compose.prod.yaml"), """
                services:
                  web:
                    image: nginx:1.23
                    ports:
                      - "8443:443"
                    environment:
                      - B=3
                      - C=4
                """);

        Object tree = DockerComposeCli.configTree(dir, List.of("compose.yaml", "compose.prod.yaml"));

        assertThat(tree).isEqualTo(Map.of(
                "services", Map.of("web", Map.of(
                        "image", "nginx:1.23",
                        "environment", Map.of("A", "1", "B", "3", "C", "4"),
                        "ports", List.of(
                                Map.of("published", 8080, "target", 80),
                                Map.of("published", 8443, "target", 443)))),
                // 1.29.2 stamps the newest file format version it knows on its output.
                "version", "3.9"));
    }

    @Test
    void reportsBrokenFileWithNonZeroExitAndMessage() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.22
                    ports: 5
                """);

        DockerComposeCli.Result result = DockerComposeCli.config(dir, List.of("compose.yaml"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("services.web.ports contains an invalid type, it should be an array");
    }

    @Test
    void configTreeFailsWithStderrOnRejectedFile() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                name: shop
                services:
                  web:
                    image: nginx:1.22
                """);

        assertThatThrownBy(() -> DockerComposeCli.configTree(dir, List.of("compose.yaml")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exited with 1")
                .hasMessageContaining("'name' does not match any of the regexes");
    }

    @Test
    void createsMissingBuildContextsAndEnvFilesSoGeneratedFileIsAccepted() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    build:
                      context: ./api
                      dockerfile: docker/Dockerfile.prod
                    env_file:
                      - ./config/api.env
                  worker:
                    build: ./worker
                    env_file: worker.env
                """);

        Object tree = DockerComposeCli.configTree(dir, List.of("compose.yaml"));

        assertThat(dir.resolve("api/docker/Dockerfile.prod")).isEmptyFile();
        assertThat(dir.resolve("worker/Dockerfile")).isEmptyFile();
        assertThat(dir.resolve("config/api.env")).isEmptyFile();
        assertThat(dir.resolve("worker.env")).isEmptyFile();
        assertThat(tree).asString().contains("context=" + dir.resolve("api"));
    }

    @Test
    void leavesExistingBuildContextUntouched() throws IOException {
        Files.createDirectories(dir.resolve("app"));
        String compose = "services:\n  app:\n    build: ./app\n";

        DockerComposeCli.prepareContexts(dir, compose);

        assertThat(dir.resolve("app")).isEmptyDirectory();
    }

    @Test
    void neverCreatesPathsOutsideTheProjectFolder() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));

        DockerComposeCli.prepareContexts(project, """
                services:
                  app:
                    build: ../elsewhere
                    env_file: /tmp/../outside.env
                """);

        assertThat(dir.resolve("elsewhere")).doesNotExist();
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void normaliseSortsMapKeysAndKeepsListOrder() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of("second", "first"));
        Map<Object, Object> outer = new LinkedHashMap<>();
        outer.put("web", inner);
        outer.put(8080, "numeric key");

        Object normalised = DockerComposeCli.normalise(outer);

        assertThat(normalised).asString().isEqualTo("{8080=numeric key, web={a=[second, first], z=1}}");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
