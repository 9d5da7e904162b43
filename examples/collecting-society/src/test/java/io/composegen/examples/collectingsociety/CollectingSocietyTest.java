package io.composegen.examples.collectingsociety;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.examples.support.DockerComposeConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed files of the example as docker-compose reads them, per environment. That they are what the stack
 * descriptor generates is the build's {@code compose:check}.
 */
class CollectingSocietyTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", ".")).toAbsolutePath().normalize();
  private static final DockerComposeConfig COMPOSE = new DockerComposeConfig(DIR, "c3s");

  @Test
  void everyCommittedComposeFileValidatesAgainstTheComposeSchema() {
    List<Path> files = ComposeSchema.composeFiles(DIR);

    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("compose.yaml", "compose.documentation.yaml", "compose.override.yaml", "compose.prod.yaml", "compose.test.yaml");
    for (Path file : files) {
      assertThat(ComposeSchema.get().validate(file)).as("schema errors in %s", file.getFileName()).isEmpty();
    }
  }

  @Test
  void devEnvironmentMountsTheCodeAndPublishesTrytonOnLoopback() {
    String dev = COMPOSE.text("compose.override.yaml");

    assertThat(dev).contains("- 127.0.0.1:8000:8000/tcp", DIR.resolve("portal") + ":/app:rw",
        "command: gunicorn --reload -b :6543 portal:app", "ENVIRONMENT: development");
  }

  @Test
  void prodEnvironmentRunsTwoPortalReplicasWithoutFixedHostPorts() {
    String prod = COMPOSE.text("compose.prod.yaml");

    assertThat(section(prod, "portal")).contains("replicas: 2", "- target: 6543", "restart: unless-stopped")
        .doesNotContain("published:", "container_name");
    assertThat(prod).contains("ENVIRONMENT: production").doesNotContain("--reload", ":/app:rw");
  }

  @Test
  void testEnvironmentSetsEnvironmentTestingAndKeepsSeleniumInItsProfile() {
    String test = COMPOSE.text("compose.test.yaml");

    for (String service : List.of("erpserver", "portal", "api", "processing")) {
      assertThat(section(test, service)).as(service).contains("ENVIRONMENT: testing");
    }
    assertThat(section(test, "selenium")).contains("profiles:\n    - test", "image: selenium/standalone-firefox:4.27.0");
  }

  @Test
  void documentationEnvironmentIsItsOwnFile() {
    String documentation = COMPOSE.text("compose.documentation.yaml");

    assertThat(section(documentation, "documentation"))
        .contains("image: c3s/portal:0.1.0", "command: python -m pydoc -n 0.0.0.0 -p 8080", "- 127.0.0.1:8088:8080/tcp");
  }

  @Test
  void everyApplicationServiceReadsItsOwnEnvFile() throws Exception {
    String base = Files.readString(DIR.resolve("compose.yaml"), StandardCharsets.UTF_8);

    for (String service : List.of("erpserver", "portal", "api", "processing", "selenium")) {
      assertThat(DIR.resolve(service + ".env")).exists();
      assertThat(base).contains("env_file:\n      - " + service + ".env\n");
    }
  }

  @Test
  void noPasswordIsCommitted() throws IOException {
    assertThat(DIR.resolve("secrets")).doesNotExist();
    assertThat(Files.readString(DIR.resolve(".env.example")))
        .contains("./secrets/tryton_admin_password.txt", "./secrets/db_password.txt");
    for (String service : List.of("erpserver", "portal", "api", "processing", "selenium")) {
      assertThat(Files.readString(DIR.resolve(service + ".env"))).as(service).doesNotContainIgnoringCase("password=");
    }
  }

  /** Returns the block of service {@code name} in docker-compose's printed configuration. */
  private static String section(String config, String name) {
    int start = config.indexOf("\n  " + name + ":\n");
    assertThat(start).as("service " + name + " in\n" + config).isNotNegative();
    int end = start + 1;
    do {
      end = config.indexOf('\n', end + 1);
    } while (end >= 0 && end + 1 < config.length() && (config.startsWith("   ", end + 1)));
    return config.substring(start, end < 0 ? config.length() : end);
  }
}
