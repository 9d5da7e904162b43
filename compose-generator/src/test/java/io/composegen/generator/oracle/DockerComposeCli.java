package io.composegen.generator.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code docker-compose} 1.29.2 (Debian package) as a test oracle: {@code docker-compose config}
 * validates and merges Compose files without any engine.
 *
 * <p>Every run gets the project folder as {@code --project-directory}, an environment without
 * {@code COMPOSE_*} and {@code DOCKER_*} variables, and a {@code DOCKER_HOST} pointing at a socket that does
 * not exist, so no engine is ever reached. Before running, missing build contexts and env files that the
 * given files reference are created (see {@link #prepareContexts}), because 1.29.2 insists they exist.
 *
 * <p>Known gaps of 1.29.2 against Compose v2: it rejects a top-level {@code name:}, {@code include},
 * {@code models}, about sixty newer keys and the {@code !reset}/{@code !override} tags; callers strip or
 * avoid those. Warnings it prints on stderr are ignored when it exits with 0.
 */
public final class DockerComposeCli {

  /** The executable looked up on {@code PATH}. */
  public static final String EXECUTABLE = "docker-compose";

  static final String NOT_FOUND_MESSAGE =
      "docker-compose not found on PATH: install it (apt-get install -y docker-compose); .ci/run does";

  private static final long TIMEOUT_SECONDS = 60;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private DockerComposeCli() {
  }

  /**
   * What one run of {@code docker-compose} produced.
   *
   * @param exitCode the process exit code
   * @param stdout everything written to standard output, UTF-8
   * @param stderr everything written to standard error, UTF-8 (may hold warnings even on success)
   */
  public record Result(int exitCode, String stdout, String stderr) {

    /** Whether the process exited with 0. */
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Whether an executable {@code docker-compose} is on {@code PATH}. */
  public static boolean available() {
    return findExecutable() != null;
  }

  /** Skips the calling test, with a message saying how to install it, when {@code docker-compose} is absent. */
  public static void assumeAvailable() {
    Assumptions.assumeTrue(available(), NOT_FOUND_MESSAGE);
  }

  /**
   * Runs {@code docker-compose --project-directory projectDir -f files[0] -f files[1] ... config} in
   * {@code projectDir}, after {@link #prepareContexts preparing} the contexts each file references.
   *
   * @param projectDir the folder the files live in; relative paths in them resolve from here
   * @param files the layers in order, relative to {@code projectDir} or absolute; at least one
   * @return exit code, stdout and stderr of the run
   * @throws AssertionError when the run exceeds 60 seconds or {@code docker-compose} is not on {@code PATH}
   */
  public static Result config(Path projectDir, List<String> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must name at least one Compose file");
    }
    Path executable = findExecutable();
    if (executable == null) {
      throw new AssertionError(NOT_FOUND_MESSAGE);
    }
    Path dir = projectDir.toAbsolutePath().normalize();
    for (String file : files) {
      Path path = dir.resolve(file);
      if (Files.isRegularFile(path)) {
        prepareContexts(dir, read(path));
      }
    }
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.add("--project-directory");
    command.add(dir.toString());
    for (String file : files) {
      command.add("-f");
      command.add(file);
    }
    command.add("config");
    return run(command, dir);
  }

  /**
   * Runs {@link #config} and returns its output as a {@link #normalise normalised} tree.
   *
   * @throws AssertionError carrying stderr when {@code docker-compose} exits non-zero
   */
  public static Object configTree(Path projectDir, List<String> files) {
    Result result = config(projectDir, files);
    if (!result.succeeded()) {
      throw new AssertionError("docker-compose config " + files + " in " + projectDir
          + " exited with " + result.exitCode() + ":\n" + result.stderr());
    }
    try {
      return normalise(YAML.readValue(result.stdout(), Object.class));
    } catch (JsonProcessingException e) {
      throw new AssertionError("docker-compose config printed no readable YAML:\n" + result.stdout(), e);
    }
  }

  /**
   * Copies a tree of Maps, Lists and scalars (as Jackson reads YAML) into one whose maps have their keys
   * as strings in sorted order; list order and scalar values (Strings, Integers, Longs, Doubles, Booleans,
   * null) are kept.
   */
  public static Object normalise(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, value) -> sorted.put(String.valueOf(key), normalise(value)));
      return sorted;
    }
    if (tree instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(normalise(item)));
      return copy;
    }
    return tree;
  }

  /**
   * Creates what docker-compose 1.29.2 requires to exist but a generated file alone does not bring:
   * each missing local build context folder (with an empty Dockerfile, or the file its {@code dockerfile}
   * names) and each missing {@code env_file}, empty. Only paths inside {@code projectDir} and without
   * {@code $} interpolation are created; remote contexts are left alone; unreadable YAML is ignored, so
   * docker-compose reports it.
   */
  public static void prepareContexts(Path projectDir, String composeYaml) {
    JsonNode root;
    try {
      root = YAML.readTree(composeYaml);
    } catch (JsonProcessingException e) {
      return;
    }
    if (root == null) {
      return;
    }
    Path dir = projectDir.toAbsolutePath().normalize();
    for (JsonNode service : iterable(root.path("services"))) {
      JsonNode build = service.path("build");
      if (build.isTextual()) {
        prepareBuildContext(dir, build.asText(), "Dockerfile");
      } else if (build.isObject()) {
        prepareBuildContext(dir, build.path("context").asText("."), build.path("dockerfile").asText("Dockerfile"));
      }
      JsonNode envFile = service.path("env_file");
      if (envFile.isTextual()) {
        prepareEnvFile(dir, envFile.asText());
      } else if (envFile.isArray()) {
        for (JsonNode entry : envFile) {
          prepareEnvFile(dir, entry.isObject() ? entry.path("path").asText("") : entry.asText(""));
        }
      }
    }
  }

  private static void prepareBuildContext(Path dir, String context, String dockerfile) {
    if (context.isEmpty() || context.contains("$") || context.contains("://") || context.startsWith("git@")
        || context.startsWith("github.com/")) {
      return;
    }
    Path folder = insideOrNull(dir, context);
    if (folder == null || Files.exists(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Path file = insideOrNull(folder, dockerfile.isEmpty() || dockerfile.contains("$") ? "Dockerfile" : dockerfile);
      if (file != null && !Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.createFile(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create build context " + folder, e);
    }
  }

  private static void prepareEnvFile(Path dir, String envFile) {
    if (envFile.isEmpty() || envFile.contains("$")) {
      return;
    }
    Path file = insideOrNull(dir, envFile);
    if (file == null || Files.exists(file)) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.createFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create env_file " + file, e);
    }
  }

  /** Resolves {@code relative} against {@code dir}; null when the result would lie outside {@code dir}. */
  private static Path insideOrNull(Path dir, String relative) {
    Path resolved = dir.resolve(relative).normalize();
    return resolved.startsWith(dir) ? resolved : null;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    if (node.isObject()) {
      node.elements().forEachRemaining(values::add);
    }
    return values;
  }

  private static Result run(List<String> command, Path dir) {
    Path stdout = null;
    Path stderr = null;
    Process process = null;
    try {
      // Files rather than pipes: nothing can block on a full pipe, and the output survives a timeout.
      stdout = Files.createTempFile("docker-compose-", ".out");
      stderr = Files.createTempFile("docker-compose-", ".err");
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(dir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> name.startsWith("COMPOSE_") || name.startsWith("DOCKER_"));
      env.put("DOCKER_HOST", "unix://" + unusedSocket());
      process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(String.join(" ", command) + " in " + dir + " did not finish within "
            + TIMEOUT_SECONDS + " s; stderr so far:\n" + read(stderr));
      }
      return new Result(process.exitValue(), read(stdout), read(stderr));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (process != null) {
        process.destroyForcibly();
      }
      throw new AssertionError("interrupted while running " + String.join(" ", command), e);
    } finally {
      deleteQuietly(stdout);
      deleteQuietly(stderr);
    }
  }

  /** A socket path in the temporary folder that nothing listens on (the folder in it is never created). */
  private static Path unusedSocket() {
    return Path.of(System.getProperty("java.io.tmpdir"), "composegen-no-engine-" + ProcessHandle.current().pid(),
        "docker.sock").toAbsolutePath();
  }

  private static Path findExecutable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(entry, EXECUTABLE);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover temporary file must not turn a finished run into a failure.
    }
  }
}
