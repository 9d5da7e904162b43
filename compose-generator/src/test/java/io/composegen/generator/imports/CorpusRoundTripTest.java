package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.composegen.generator.ComposeGenerator;
import io.composegen.testkit.ComposeSchema;
import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.generator.oracle.ProjectFolder;
import io.composegen.model.Stack;
import io.composegen.model.units.ByteSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes over every real-world compose file of the shared corpus: import it, generate the compose file from the
 * imported model into a copy of its sample folder, and require that {@code docker-compose config} says the same
 * about the generated file as about the original.
 *
 * <p>A file docker-compose itself rejects has nothing to compare and a file the model cannot hold cannot be
 * imported; both are listed below with the reason, and the test fails when the list and the corpus disagree.
 */
class CorpusRoundTripTest {

  private static final Path CORPUS = ComposeSchema.sharedFolder().resolve("corpus/awesome-compose");

  /** Files docker-compose 1.29.2 does not accept, with why. */
  private static final Map<String, String> REJECTED_BY_DOCKER_COMPOSE = Map.of(
      "react-rust-postgres/compose.yaml", "valid Compose v2, but 1.29.2 predates the top-level project name");

  /** Files the model cannot hold, with why. Empty: every file docker-compose accepts imports. */
  private static final Map<String, String> CANNOT_IMPORT = Map.of();

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private enum Outcome { SAME, REJECTED_BY_DOCKER_COMPOSE, CANNOT_IMPORT, DIFFERENT }

  private record Result(String file, Outcome outcome, String detail) {
  }

  static List<Path> composeFiles() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.filter(Files::isDirectory).sorted()
          .flatMap(dir -> Stream.of(dir.resolve("compose.yaml"), dir.resolve("compose.yml")))
          .filter(Files::exists).toList();
    }
  }

  @Test
  void everyFileDockerComposeAcceptsImportsAndGeneratesToTheSameConfig(@TempDir Path scratch) throws Exception {
    DockerComposeCli.assumeAvailable();
    List<Path> files = composeFiles();
    assertThat(files).hasSize(39);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Result> results = new ArrayList<>();
    try {
      List<Future<Result>> running = new ArrayList<>();
      for (Path file : files) {
        running.add(pool.submit(() -> roundTrip(file, scratch)));
      }
      for (Future<Result> result : running) {
        results.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Outcome, List<String>> byOutcome = new TreeMap<>();
    results.forEach(r -> byOutcome.computeIfAbsent(r.outcome(), o -> new ArrayList<>()).add(r.file()));
    System.out.printf("[corpus] %d of %d compose files round-trip to the same docker-compose config; %s%n",
        byOutcome.getOrDefault(Outcome.SAME, List.of()).size(), files.size(), byOutcome);

    assertThat(results).filteredOn(r -> r.outcome() == Outcome.DIFFERENT)
        .as("files whose generated copy docker-compose reads differently").isEmpty();
    assertThat(byOutcome.getOrDefault(Outcome.REJECTED_BY_DOCKER_COMPOSE, List.of()))
        .containsExactlyInAnyOrderElementsOf(REJECTED_BY_DOCKER_COMPOSE.keySet());
    assertThat(byOutcome.getOrDefault(Outcome.CANNOT_IMPORT, List.of()))
        .containsExactlyInAnyOrderElementsOf(CANNOT_IMPORT.keySet());
    assertThat(byOutcome.get(Outcome.SAME)).hasSize(files.size() - REJECTED_BY_DOCKER_COMPOSE.size()
        - CANNOT_IMPORT.size());
  }

  private static Result roundTrip(Path original, Path scratch) throws IOException {
    String name = CORPUS.relativize(original).toString();
    Path project = ProjectFolder.copy(original.getParent(), scratch.resolve(original.getParent().getFileName()));
    String fileName = original.getFileName().toString();
    DockerComposeCli.Result before = DockerComposeCli.config(project, List.of(fileName));
    if (!before.succeeded()) {
      return new Result(name, Outcome.REJECTED_BY_DOCKER_COMPOSE, before.stderr());
    }
    ReadResult<Stack> imported = ComposeFileSet.read(List.of(project.resolve(fileName)), project);
    if (!imported.isClean()) {
      return new Result(name, Outcome.CANNOT_IMPORT, imported.problems().toString());
    }
    Object expected = equivalent(DockerComposeCli.normalise(YAML.readValue(before.stdout(), Object.class)));
    Map<String, String> generated = ComposeGenerator.create().render(imported.value());
    assertThat(generated).as(name).containsKey(fileName);
    ProjectFolder.write(project, Map.of(fileName, generated.get(fileName)));
    Object actual = equivalent(DockerComposeCli.configTree(project, List.of(fileName)));
    return expected.equals(actual) ? new Result(name, Outcome.SAME, "")
        : new Result(name, Outcome.DIFFERENT, "expected " + expected + "\nbut was  " + actual);
  }

  /**
   * Returns the config of {@code docker-compose config} with what Compose treats alike written alike: scalars as
   * their text ({@code 5432} and {@code "5432"} are the same port), sizes in bytes ({@code 1.5G} is {@code 1536m}),
   * a bind mount with only source, target and read_only in short syntax, and no {@code version} (1.29.2 echoes the
   * one of the file, and generated files have none).
   */
  @SuppressWarnings("unchecked")
  static Object equivalent(Object config) {
    Map<String, Object> root = new TreeMap<>((Map<String, Object>) config);
    root.remove("version");
    return equivalent(root, null);
  }

  private static Object equivalent(Object node, String key) {
    if (node instanceof Map<?, ?> map) {
      if ("bind".equals(map.get("type")) && List.of("type", "source", "target", "read_only").containsAll(map.keySet())) {
        return map.get("source") + ":" + map.get("target") + (Boolean.TRUE.equals(map.get("read_only")) ? ":ro" : ":rw");
      }
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), equivalent(v, String.valueOf(k))));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(item -> equivalent(item, null)).toList();
    }
    if (node != null && key != null && SIZES.contains(key)) {
      return String.valueOf(ByteSize.parse(String.valueOf(node)).bytes());
    }
    return node == null ? null : String.valueOf(node);
  }

  private static final java.util.Set<String> SIZES = java.util.Set.of("memory", "mem_limit", "mem_reservation",
      "shm_size", "memswap_limit");

  @Test
  void listsOnlyFilesOfTheCorpus() throws IOException {
    List<String> names = composeFiles().stream().map(f -> CORPUS.relativize(f).toString())
        .collect(Collectors.toList());

    assertThat(names).containsAll(REJECTED_BY_DOCKER_COMPOSE.keySet()).containsAll(CANNOT_IMPORT.keySet());
  }
}
