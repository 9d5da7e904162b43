package io.composegen.examples.support;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code docker-compose config} (the Debian package, 1.29.2) on an example's committed files: it
 * validates and merges the base {@code compose.yaml} and the given layers without any engine, the way
 * {@code docker compose -f ... -f ... up} reads them, and returns what it prints, as text or parsed.
 *
 * <p>1.29.2 rejects the top-level {@code name:} that Compose v2 reads, so the files are read from copies in
 * {@code target/docker-compose-config/} without that line (every other line is the committed file's) and the project
 * name is passed with {@code -p}; relative paths still resolve against the example folder
 * ({@code --project-directory}). docker-compose sees only {@code PATH}, {@code HOME}, {@code LANG} and the variables
 * given here, and no engine is reached: {@code DOCKER_HOST} points at a socket that does not exist.
 *
 * <p>Each combination of layers is asked once; the calling test is skipped, saying how to install docker-compose,
 * where it is not on {@code PATH}.
 */
public final class DockerComposeConfig {

  /** The base file, read before any layer. */
  public static final String BASE = "compose.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final long TIMEOUT_SECONDS = 60;

  private final Path dir;
  private final String project;
  private final Map<String, String> environment;
  private final Map<List<String>, String> printed = new ConcurrentHashMap<>();

  /**
   * @param dir the example folder, holding {@code compose.yaml} and its layers
   * @param project the Compose project name (the base file's {@code name:})
   * @param environment the variables docker-compose interpolates; none of the caller's own reach it
   */
  public DockerComposeConfig(Path dir, String project, Map<String, String> environment) {
    this.dir = dir.toAbsolutePath().normalize();
    this.project = project;
    this.environment = Map.copyOf(environment);
  }

  /** The same without variables to interpolate. */
  public DockerComposeConfig(Path dir, String project) {
    this(dir, project, Map.of());
  }

  /** Skips the calling test, saying how to install it, when {@code docker-compose} is not on {@code PATH}. */
  public static void assumeAvailable() {
    Assumptions.assumeTrue(executable() != null,
        "docker-compose not found on PATH: apt-get install -y docker-compose to run this test");
  }

  /**
   * Returns the merged configuration of the base file and the given layers, as docker-compose prints it.
   *
   * @param layers the layer files in order, relative to the example folder; none for the base alone
   * @throws AssertionError carrying docker-compose's error output when it rejects the files
   */
  public String text(String... layers) {
    assumeAvailable();
    return printed.computeIfAbsent(List.of(layers), this::run);
  }

  /** Returns {@link #text} parsed: the merged file's top-level keys and what they hold. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> parsed(String... layers) {
    try {
      return YAML.readValue(text(layers), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException("docker-compose printed no YAML for " + describe(List.of(layers)), e);
    }
  }

  /** Returns the {@code services} of {@link #parsed}, by name. */
  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Object>> services(String... layers) {
    return (Map<String, Map<String, Object>>) parsed(layers).get("services");
  }

  private String run(List<String> layers) {
    try {
      return config(layers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while docker-compose read " + describe(layers), e);
    }
  }

  private String config(List<String> layers) throws IOException, InterruptedException {
    List<String> files = withBase(layers);
    String combination = String.join("+", layers);
    Path copies = Files.createDirectories(dir.resolve("target/docker-compose-config")
        .resolve(combination.isEmpty() ? "base" : "base+" + combination));
    List<String> command = new ArrayList<>(List.of(executable().toString(), "--project-directory", dir.toString(),
        "-p", project));
    for (String file : files) {
      Path copy = copies.resolve(file);
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, withoutName(Files.readString(dir.resolve(file), StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
      command.add("-f");
      command.add(copy.toString());
    }
    command.add("config");

    Path out = Files.createTempFile("docker-compose-config", ".out");
    Path err = Files.createTempFile("docker-compose-config", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME") && !name.equals("LANG"));
      env.put("DOCKER_HOST", "unix:///nonexistent/composegen-example.sock");
      env.putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("docker-compose rejects " + describe(layers) + ":\n"
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Returns {@code text} without its top-level {@code name:} line, which docker-compose 1.x rejects. */
  static String withoutName(String text) {
    return text.lines().filter(line -> !line.startsWith("name:")).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String describe(List<String> layers) {
    return String.join(" + ", withBase(layers));
  }

  private static List<String> withBase(List<String> layers) {
    List<String> files = new ArrayList<>(List.of(BASE));
    files.addAll(layers);
    return files;
  }

  private static Path executable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, "docker-compose");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
