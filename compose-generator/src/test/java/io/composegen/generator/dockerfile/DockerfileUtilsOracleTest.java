package io.composegen.generator.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.dockerfile.Add;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Expose;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.units.ComposeDuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Judges generated Dockerfiles by an oracle no one here wrote: {@code dockerfile-utils}, the linter behind VS
 * Code's Docker extension, run by {@code scripts/dockerfile-lint.mjs} with every check on.
 *
 * <p>Needs {@code node} and the package under {@code compose-generator/target/dockerfile-lint} (or the prefix in
 * the system property {@code composegen.dockerfileLint.prefix}); {@code .ci/run} installs it. Without them the
 * tests are skipped with a message saying how to install it.
 */
class DockerfileUtilsOracleTest {

  static final String PREFIX_PROPERTY = "composegen.dockerfileLint.prefix";
  static final String INSTALL = "npm install --prefix compose-generator/target/dockerfile-lint dockerfile-utils@0.16.3";

  private static Path script;
  private static Path prefix;

  @TempDir
  Path dir;

  @BeforeAll
  static void findLinter() {
    Path root = repositoryRoot();
    script = root.resolve("scripts/dockerfile-lint.mjs");
    prefix = System.getProperty(PREFIX_PROPERTY) != null
        ? Path.of(System.getProperty(PREFIX_PROPERTY)).toAbsolutePath()
        : root.resolve("compose-generator/target/dockerfile-lint");
    String missing = null;
    if (!nodeRuns()) {
      missing = "node is not installed";
    } else if (!Files.isRegularFile(prefix.resolve("node_modules/dockerfile-utils/package.json"))) {
      missing = "dockerfile-utils is not installed under " + prefix + " (" + INSTALL + ")";
    }
    if (missing != null) {
      System.out.println("[oracle] SKIPPED DockerfileUtilsOracleTest: " + missing);
    }
    Assumptions.assumeTrue(missing == null, missing);
  }

  @Test
  void everyGoldenDockerfileHasNoProblems() throws Exception {
    List<Path> files;
    try (Stream<Path> cases = Files.list(DockerfileGoldenTest.goldenFolder())) {
      files = cases.map(c -> c.resolve("Dockerfile")).filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSize(RecipeCases.all().size());

    assertThat(lint(files)).isEmpty();
  }

  @Test
  void aDockerfileWithEveryInstructionAndHostileValuesHasNoProblems() throws Exception {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, DockerfileRenderer.render(everyInstruction()), StandardCharsets.UTF_8);

    assertThat(lint(List.of(file))).isEmpty();
  }

  @Test
  void theOracleReportsAKnownMistake() throws Exception {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine:3.20\nWORKDIR app\n", StandardCharsets.UTF_8);

    assertThat(lint(List.of(file))).singleElement().asString().contains("WORKDIR paths should be absolute");
  }

  /** Returns a Dockerfile that uses every instruction, with values that need escaping. */
  static Dockerfile everyInstruction() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("EMPTY", "");
    env.put("SPACED", "a b  c");
    env.put("QUOTED", "say \"hi\" it's");
    env.put("BACKSLASH", "C:\\dir\\");
    env.put("PATH", "/opt/x/bin:$PATH");
    env.put("UNICODE", "grüße ✓");
    Stage build = Stage.builder("build").platform("$BUILDPLATFORM").from("alpine:3.20")
        .arg("VERSION", "1.0 beta")
        .arg("PLAIN")
        .shell("/bin/sh", "-eu", "-c")
        .workdir("/src")
        .run(Run.shell("echo 'a && b' && echo \"c && d\" && printf '%s\\n' done && echo one more long command here")
            .withMount(RunMount.cache("/var/cache/apk").withId("apk").withSharing(RunMount.Sharing.LOCKED))
            .withMount(RunMount.secret("npmrc", "/root/.npmrc"))
            .withMount(RunMount.bind("pom.xml", "/src/pom.xml")))
        .run(Run.exec("sh", "-c", "echo \"$HOME\" \\ done\n"))
        .build();
    Stage runtime = Stage.builder("runtime").fromStage("build")
        .env(env)
        .label("org.opencontainers.image.description", "A \"quoted\" description with $dollar and \\ backslash")
        .copy(Copy.of(List.of("my file.txt", "other dir/"), "/dest dir/").withChown("10001:10001").withChmod("0644")
            .withLink(true))
        .copy(Copy.fromStage("build", "/src/out", "/app/out"))
        .add(Add.of("https://example.com/archive.tar.gz", "/tmp/archive.tar.gz")
            .withChecksum("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
        .volume("/data", "/var/lib/app data")
        .expose(8080)
        .expose(Expose.udp(5353))
        .user(10001, 10001)
        .healthcheck(new Healthcheck(List.of("wget", "-q", "--spider", "http://127.0.0.1:8080/?q=\"x\""),
            ComposeDuration.parse("1m30s"), ComposeDuration.parse("500ms"), ComposeDuration.parse("1.5s"), 5))
        .stopSignal("SIGQUIT")
        .entrypoint("/entrypoint", "--flag=\"x\"", "\\path", "tab\there", "line\nbreak", "\u0001ctl")
        .cmd()
        .build();
    return Dockerfile.of(build, runtime);
  }

  private static List<String> lint(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script.toString(), "--prefix", prefix.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dockerfile-lint finished").isTrue();
    assertThat(process.exitValue()).as("dockerfile-lint exit status; output:\n%s", output).isIn(0, 1);
    return output.lines().toList();
  }

  private static boolean nodeRuns() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.isDirectory(dir.resolve("scripts")) ? dir : dir.getParent();
  }
}
