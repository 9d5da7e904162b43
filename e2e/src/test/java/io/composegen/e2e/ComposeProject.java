package io.composegen.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example's generated files, copied into a scratch folder and driven with {@code docker-compose} over the
 * engine's socket.
 *
 * <p>The engine here has docker-compose 1.29.2 (Debian's), which rejects Compose v2's top-level {@code name:};
 * composegen's legacy rendering leaves out exactly that line and nothing else. So the copy drops that one line
 * and passes the name with {@code -p}, and every other byte is the committed file's.
 */
final class ComposeProject implements AutoCloseable {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile("(?m)^name: *\"?([^\"\\n]+)\"?\\n");

  final Path dir;
  final String name;
  private List<String> files = List.of();

  private ComposeProject(Path dir, String name) {
    this.dir = dir;
    this.name = name;
  }

  /** Copies {@code example} (a folder under the repository, without build outputs) into a scratch folder. */
  static ComposeProject copyOf(String example, Path scratch) {
    Path source = Engine.ROOT.resolve(example);
    Path target = scratch.resolve(source.getFileName());
    copyTree(source, target);
    Path base = target.resolve("compose.yaml");
    try {
      String text = Files.readString(base);
      Matcher name = NAME.matcher(text);
      if (!name.find()) {
        throw new IllegalStateException(base + " names no project (top-level name:)");
      }
      Files.writeString(base, name.replaceFirst(""));
      return new ComposeProject(target, name.group(1).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file into the copy, such as a secret the stack reads. */
  ComposeProject write(String relative, String content) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites a file of the copy, replacing {@code from} (which must be there) by {@code to}. */
  ComposeProject edit(String relative, String from, String to) {
    try {
      Path file = dir.resolve(relative);
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException(relative + " does not contain " + from);
      }
      Files.writeString(file, text.replace(from, to));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The compose files of the dev environment: the base and, when there is one, the override. */
  List<String> devFiles() {
    return Files.exists(dir.resolve("compose.override.yaml"))
        ? List.of("compose.yaml", "compose.override.yaml") : List.of("compose.yaml");
  }

  static List<String> prodFiles() {
    return List.of("compose.yaml", "compose.prod.yaml");
  }

  /** An image the stack builds: the name compose gives it, its context, its Dockerfile and its target stage. */
  record Build(String service, String image, Path context, String dockerfile, String target) {}

  /** Returns what the merged compose files build, one entry per service with {@code build:}. */
  List<Build> builds(List<String> composeFiles) {
    JsonNode services = merged(composeFiles).path("services");
    List<Build> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> service = it.next();
      JsonNode build = service.getValue().path("build");
      if (build.isMissingNode()) {
        continue;
      }
      String image = service.getValue().path("image").asText(composeImageName(service.getKey()));
      String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
      out.add(new Build(service.getKey(), image, dir.resolve(context).normalize(),
          build.path("dockerfile").asText("Dockerfile"), build.path("target").asText(null)));
    }
    return out;
  }

  /** The image name docker-compose 1.x gives a built service without {@code image:}. */
  private String composeImageName(String service) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^-_a-z0-9]", "") + "_" + service;
  }

  /** The merged configuration, as docker-compose itself merges the files. */
  JsonNode merged(List<String> composeFiles) {
    Cmd.Result config = compose(composeFiles, Duration.ofMinutes(1), "config").check();
    try {
      return YAML.readTree(config.stdout());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds an image with Podman, never pulling: the bases must be the local stand-ins. */
  Cmd.Result podmanBuild(Build build) {
    Engine.built(build.image());
    // Docker's image format: Podman's default (OCI) has no HEALTHCHECK and would drop the generated one.
    List<String> command = new ArrayList<>(List.of("podman", "build", "--pull=never", "--layers", "--format", "docker",
        "-f", build.context().resolve(build.dockerfile()).toString(), "-t", build.image()));
    if (build.target() != null) {
      command.addAll(List.of("--target", build.target()));
    }
    command.add(build.context().toString());
    return Cmd.run(dir, Duration.ofMinutes(20), command).check();
  }

  /**
   * Builds every image of {@code builds} in order, printing how long each took.
   *
   * @return how long all of them took
   */
  Duration buildAll(List<Build> builds) {
    long start = System.nanoTime();
    for (Build build : builds) {
      Cmd.Result result = podmanBuild(build);
      System.out.println("[e2e] built " + build.image() + " in " + result.took().toSeconds() + " s");
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /**
   * Brings the environment up and waits until it is healthy (see {@link #awaitHealthy}).
   *
   * @return how long it took from {@code up}, which itself waits for the {@code service_healthy} dependencies
   */
  Duration upHealthy(List<String> composeFiles, Duration limit) {
    long start = System.nanoTime();
    up(composeFiles);
    awaitHealthy(limit);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  Cmd.Result compose(List<String> composeFiles, Duration limit, String... args) {
    List<String> command = new ArrayList<>(List.of("docker-compose", "-p", name));
    for (String file : composeFiles) {
      command.addAll(List.of("-f", file));
    }
    command.addAll(List.of(args));
    return Cmd.run(dir, limit, command);
  }

  /** Brings the environment up, detached; images that exist are not rebuilt. */
  void up(List<String> composeFiles) {
    up(composeFiles, new String[0]);
  }

  /** Brings the given services of the environment up (all of them when none is given), detached. */
  void up(List<String> composeFiles, String... services) {
    this.files = composeFiles;
    List<String> args = new ArrayList<>(List.of("up", "-d", "--no-build"));
    args.addAll(List.of(services));
    compose(composeFiles, Duration.ofMinutes(10), args.toArray(String[]::new)).check();
  }

  /** Stops and removes the environment's containers, networks and volumes. */
  void down() {
    if (!files.isEmpty()) {
      compose(files, Duration.ofMinutes(3), "down", "--volumes", "--remove-orphans", "--timeout", "10");
      files = List.of();
    }
  }

  /** The running containers, by service. */
  Map<String, JsonNode> containers() {
    String ids = compose(files, Duration.ofMinutes(1), "ps", "-q").check().stdout().trim();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<String> command = new ArrayList<>(List.of("docker", "inspect"));
    command.addAll(List.of(ids.split("\\s+")));
    try {
      for (JsonNode container : JSON.readTree(Cmd.run(dir, Duration.ofMinutes(1), command).check().stdout())) {
        out.put(container.path("Config").path("Labels").path("com.docker.compose.service").asText(), container);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Waits until every container runs and every one with a healthcheck is healthy; fails at once when one exits or
   * turns unhealthy.
   *
   * @return how long it took
   */
  Duration awaitHealthy(Duration limit) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      Map<String, JsonNode> containers = containers();
      boolean all = !containers.isEmpty();
      StringBuilder state = new StringBuilder();
      for (Map.Entry<String, JsonNode> c : containers.entrySet()) {
        JsonNode s = c.getValue().path("State");
        String health = s.path("Health").path("Status").asText("");
        state.append(c.getKey()).append('=').append(s.path("Status").asText()).append(health.isEmpty() ? "" : "/" + health)
            .append(' ');
        if (!s.path("Running").asBoolean() || c.getValue().path("RestartCount").asInt() > 0) {
          throw new AssertionError("service " + c.getKey() + " is not running, or restarted "
              + c.getValue().path("RestartCount").asInt() + " times: " + s + "\n" + logs());
        }
        if ("unhealthy".equals(health)) {
          throw new AssertionError("service " + c.getKey() + " is unhealthy: " + s.path("Health") + "\n" + logs());
        }
        all &= health.isEmpty() || "healthy".equals(health);
      }
      if (!state.toString().equals(last)) {
        last = state.toString();
        System.out.println("[e2e] " + name + ": " + last.trim());
      }
      if (all) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      sleep(Duration.ofSeconds(1));
    }
    throw new AssertionError("not all services healthy after " + limit.toSeconds() + " s: " + last + "\n" + logs());
  }

  /** The last lines of every service's log. */
  String logs() {
    return compose(files, Duration.ofMinutes(1), "logs", "--no-color", "--tail", "40").stdout();
  }

  /**
   * Runs a command in a service's container as {@code user} (null: the container's user). Through Podman's own
   * command line: an exec through its Docker API (4.3) leaves two conmon processes behind for every call.
   */
  Cmd.Result exec(String containerId, String user, String... command) {
    List<String> args = new ArrayList<>(List.of("podman", "exec"));
    if (user != null) {
      args.addAll(List.of("-u", user));
    }
    args.add(containerId);
    args.addAll(List.of(command));
    return Cmd.run(dir, Duration.ofMinutes(1), args);
  }

  @Override
  public void close() {
    down();
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path source, Path target) {
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
          String name = d.getFileName().toString();
          if (!d.equals(source) && (name.equals("target") || name.equals("__pycache__"))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Files.createDirectories(target.resolve(source.relativize(d).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          Files.copy(f, target.resolve(source.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
