package io.composegen.examples.dmp;

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
class DmpContainedTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", "."));
  private static final DockerComposeConfig COMPOSE = new DockerComposeConfig(DIR, "dmp");

  @Test
  void everyCommittedComposeFileValidatesAgainstTheComposeSchema() {
    List<Path> files = ComposeSchema.composeFiles(DIR);

    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("compose.yaml", "compose.demo.yaml", "compose.override.yaml");
    for (Path file : files) {
      assertThat(ComposeSchema.get().validate(file)).as("schema errors in %s", file.getFileName()).isEmpty();
    }
  }

  @Test
  void devEnvironmentMountsTheAppsCodeAndServesThemWithFlask() {
    String dev = COMPOSE.text("compose.override.yaml");

    assertThat(dev).contains(DIR.toAbsolutePath().normalize().resolve("apps/api") + ":/app:rw",
        "command: flask --app app run --host=0.0.0.0 --port=5000", "- 127.0.0.1:80:8080/tcp",
        "nginx/local.conf:/etc/nginx/conf.d/default.conf:ro");
    assertThat(dev).doesNotContain("htpasswd");
  }

  @Test
  void demoEnvironmentPutsTheSiteBehindBasicAuthentication() throws Exception {
    String demo = COMPOSE.text("compose.demo.yaml");

    assertThat(demo).contains("- source: htpasswd", "restart: unless-stopped", "- published: 80\n      target: 8080",
        DIR.toAbsolutePath().normalize().resolve("nginx/demo.conf") + ":/etc/nginx/conf.d/default.conf:ro");
    assertThat(demo).doesNotContain("flask --app", "local.conf");
    assertThat(Files.readString(DIR.resolve("nginx/demo.conf"), StandardCharsets.UTF_8))
        .contains("auth_basic_user_file /run/secrets/htpasswd;", "X-Robots-Tag \"noindex, nofollow\"");
  }

  @Test
  void backingServicesArePinnedAndElasticsearchIsMemoryLimited() throws Exception {
    String base = Files.readString(DIR.resolve("compose.yaml"), StandardCharsets.UTF_8);

    assertThat(base).contains("image: postgres:15\n", "image: redis:7.0\n",
        "image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0\n", "mem_limit: 1g\n",
        "./data/test_data.sql:/docker-entrypoint-initdb.d/10-test_data.sql:ro");
  }

  @Test
  void appsPinTheirPythonPackages() throws IOException {
    for (String app : List.of("api", "search-api", "frontend")) {
      List<String> requirements = Files.readAllLines(DIR.resolve("apps/" + app + "/requirements.txt"));
      assertThat(requirements).as(app).allMatch(line -> line.matches("[a-z-]+==[0-9.]+"));
      assertThat(Files.readString(DIR.resolve("apps/" + app + "/Dockerfile"))).as(app)
          .contains("FROM python:3.11 AS build", "USER 10001:10001", "HEALTHCHECK");
    }
  }

  @Test
  void noSecretValueIsCommitted() throws IOException {
    assertThat(DIR.resolve("secrets")).doesNotExist();
    assertThat(Files.readString(DIR.resolve(".env.example"))).contains("./secrets/htpasswd");
  }
}
