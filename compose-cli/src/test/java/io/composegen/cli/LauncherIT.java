package io.composegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/composegen} of the assembled distribution (target/composegen-VERSION), run as a user runs it: a shell
 * script that finds its folder and Java, and keeps a class-data archive in its cache folder.
 */
class LauncherIT {

  private static final Path DISTRIBUTION = Path.of(System.getProperty("composegen.distribution",
      "target/composegen-unknown"));

  @TempDir
  Path dir;

  private Path cache;

  @BeforeEach
  void files() throws IOException {
    cache = dir.resolve("cache");
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web:
            image: nginx:1.27-alpine
            ports:
              - "8080:80"
          api:
            image: example/api:1.0
            ports:
              - "8080:8080"
        """);
  }

  private record Run(int status, String out, String err) {}

  private Run run(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args))
        .toList()).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("COMPOSEGEN_CACHE", cache.toString());
    env.remove("COMPOSEGEN_OPTS");
    env.putAll(environment);
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in 2 minutes").isTrue();
    return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private Run run(String... args) throws IOException, InterruptedException {
    return run(DISTRIBUTION.resolve("bin/composegen"), Map.of(), args);
  }

  private List<String> cached() throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void validatesAndPassesTheExitStatusOn() throws Exception {
    Run run = run("validate", "compose.yaml");

    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.out()).contains("compose.yaml:9:9 services.api.ports[0]: CG120 error: host port 8080/tcp is"
        + " published twice").endsWith("1 error, 0 warnings, 0 infos in 1 environment\n");
    assertThat(run.err()).startsWith("composegen: 1 error, 0 warnings");

    Files.writeString(dir.resolve("compose.yaml"), Files.readString(dir.resolve("compose.yaml"))
        .replace("8080:8080", "8081:8080"));
    assertThat(run("validate").status()).isEqualTo(Main.OK);
    assertThat(run("validate", "--format", "yaml").status()).isEqualTo(Main.USAGE);
  }

  @Test
  void theFirstValidateRunWritesTheClassArchiveThatLaterRunsMap() throws Exception {
    assertThat(run("--help").status()).isEqualTo(Main.OK);
    assertThat(cached()).as("a run that validates nothing writes no archive").isEmpty();

    assertThat(run("validate", "compose.yaml").status()).isEqualTo(Main.FAILED);
    List<String> archives = cached();
    assertThat(archives).as("one whole archive, no partial one").singleElement().asString()
        .matches("classes-\\d+\\.jsa");

    Path log = dir.resolve("class-load.log");
    Run mapped = run(DISTRIBUTION.resolve("bin/composegen"),
        Map.of("COMPOSEGEN_OPTS", "-Xlog:class+load=info:file=" + log), "validate", "--format", "json",
        "compose.yaml");
    assertThat(mapped.status()).isEqualTo(Main.FAILED);
    assertThat(Files.readAllLines(log)).anyMatch(line -> line.contains("io.composegen.cli.Main source: shared objects"
        + " file (top)"));
    // nothing of the JVM's in the report
    assertThat(new ObjectMapper().readTree(mapped.out()).get("errors").asInt()).isEqualTo(1);
    assertThat(cached()).isEqualTo(archives);
  }

  @Test
  void writingAnArchiveKeepsTheThreeLatestAndDropsWhatKilledRunsLeft() throws Exception {
    Files.createDirectories(cache);
    Instant now = Instant.now();
    for (int days = 1; days <= 4; days++) {
      Path older = Files.writeString(cache.resolve("classes-" + days + ".jsa"), "an older version's archive");
      Files.setLastModifiedTime(older, FileTime.from(now.minus(Duration.ofDays(days))));
    }
    Path killed = Files.writeString(cache.resolve("classes-5.123.partial"), "half");
    Files.setLastModifiedTime(killed, FileTime.from(now.minus(Duration.ofHours(2))));
    Files.writeString(cache.resolve("classes-6.456.partial"), "a run writing now");
    Path other = Files.writeString(cache.resolve("notes.txt"), "not the launcher's");
    Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofDays(30))));

    assertThat(run("validate", "compose.yaml").status()).isEqualTo(Main.FAILED);

    assertThat(cached()).hasSize(5).contains("classes-1.jsa", "classes-2.jsa", "classes-6.456.partial", "notes.txt")
        .filteredOn(name -> name.endsWith(".jsa") && !name.equals("classes-1.jsa") && !name.equals("classes-2.jsa"))
        .singleElement().asString().matches("classes-\\d{4,}\\.jsa");
  }

  @Test
  void printsUtf8WhateverTheLocale() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web:
            image: nginx:1.27-alpine
            depends_on: [dätenbank]
        """);

    Run run = run(DISTRIBUTION.resolve("bin/composegen"), Map.of("LC_ALL", "C", "LANG", "C"), "validate",
        "compose.yaml");

    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(run.out()).contains("CG101 error: depends_on names service \"dätenbank\", which is not defined");
  }

  @Test
  void runningOutOfMemorySaysHowToGiveItMore() throws Exception {
    StringBuilder yaml = new StringBuilder("services:\n");
    for (int i = 0; i < 20_000; i++) {
      yaml.append("  svc-").append(i).append(":\n    image: example/svc:1.0\n    environment:\n      INDEX: \"")
          .append(i).append("\"\n");
    }
    Files.writeString(dir.resolve("compose.yaml"), yaml);

    Run run = run(DISTRIBUTION.resolve("bin/composegen"), Map.of("COMPOSEGEN_OPTS", "-Xmx8m"), "validate",
        "--max-file-size", "10000000", "compose.yaml");

    assertThat(run.status()).isEqualTo(Main.INTERNAL);
    assertThat(run.err()).isEqualTo("composegen: the JVM ran out of memory (Java heap space); give it more with"
        + " COMPOSEGEN_OPTS=-Xmx2g, or validate fewer or smaller files at once\n");
    assertThat(run.out()).isEmpty();
    assertThat(cached()).as("a run that did not validate writes no archive").isEmpty();
  }

  @Test
  void anEmptyCacheSettingKeepsNoArchive() throws Exception {
    Run run = run(DISTRIBUTION.resolve("bin/composegen"), Map.of("COMPOSEGEN_CACHE", ""), "validate",
        "compose.yaml");

    assertThat(run.status()).isEqualTo(Main.FAILED);
    assertThat(cached()).isEmpty();
  }

  @Test
  void runsThroughASymbolicLinkFromAnotherFolder() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("composegen"),
        DISTRIBUTION.resolve("bin/composegen").toAbsolutePath());

    Run run = run(link, Map.of(), "--version");

    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("composegen " + Main.version() + "\n");
    Files.delete(link);
  }

  @Test
  void aJavaHomeWithoutJavaIsNamed() throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", dir.toString());

    Run run = run(DISTRIBUTION.resolve("bin/composegen"), environment, "--version");

    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("composegen: JAVA_HOME is " + dir + ", but " + dir + "/bin/java is not a"
        + " program; point JAVA_HOME at a Java 17 or later\n");
  }
}
