package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/dmp-contained (seed 000), generated from a stack descriptor: three Flask apps built by the python-pip
 * recipe, nginx in front of them, PostgreSQL initialised from a mounted SQL file, Redis and Elasticsearch; the dev
 * environment and the password-protected demo. Prints how long each environment takes to come up, the figure the
 * example's README compares with the seed's 35 minutes.
 */
@ExtendWith(Engine.class)
class DmpContainedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO_PASSWORD = UUID.randomUUID().toString();

  @TempDir
  Path scratch;

  @Test
  void buildsTheAppsAndServesTheSiteThroughNginxInDevAndBehindBasicAuthInTheDemo() throws Exception {
    try (ComposeProject project = ComposeProject.copyOf("examples/dmp-contained", scratch)
        .write("secrets/db_password.txt", UUID.randomUUID() + "\n")
        .write("secrets/elastic_password.txt", UUID.randomUUID().toString())
        .write("secrets/htpasswd", "demo:{SHA}" + Base64.getEncoder().encodeToString(
            MessageDigest.getInstance("SHA-1").digest(DEMO_PASSWORD.getBytes(StandardCharsets.UTF_8))) + "\n")) {
      // As the README says: Elasticsearch reads its password file only when it is private to its user, 1000.
      Path elastic = project.dir.resolve("secrets/elastic_password.txt");
      Files.setPosixFilePermissions(elastic, PosixFilePermissions.fromString("rw-------"));
      Cmd.run(project.dir, Duration.ofSeconds(30), List.of("chown", "1000:1000", elastic.toString())).check();

      long buildStart = System.nanoTime();
      List<ComposeProject.Build> builds = project.builds(project.devFiles());
      assertThat(builds).extracting(ComposeProject.Build::service).containsExactlyInAnyOrder("api", "search-api", "frontend");
      for (ComposeProject.Build build : builds) {
        Cmd.Result result = project.podmanBuild(build);
        System.out.println("[e2e] built " + build.image() + " in " + result.took().toSeconds() + " s");
      }
      System.out.println("[e2e] dmp: the three app images built in "
          + Duration.ofNanos(System.nanoTime() - buildStart).toSeconds() + " s");

      for (List<String> files : List.of(project.devFiles(), List.of("compose.yaml", "compose.demo.yaml"))) {
        boolean demo = files.contains("compose.demo.yaml");
        long start = System.nanoTime();
        project.up(files);
        project.awaitHealthy(Duration.ofMinutes(6));
        System.out.println("[e2e] dmp " + files + ": from up to all healthy in "
            + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");

        String auth = demo ? "demo:" + DEMO_PASSWORD : null;
        // Healthy containers can still answer slowly for a moment (Elasticsearch right after its first green on a
        // busy machine): ask the page until both APIs report ok, and fail with the last page after two minutes.
        HttpResponse<String> home = Http.await("GET", 80, "/", authorization(auth), Duration.ofMinutes(2),
            body -> List.of("Digital Marketplace", "api: ok", "search-api: ok").stream().allMatch(body::contains));
        assertThat(JSON.readTree(get(80, "/api/_status", auth).body()).path("status").asText()).isEqualTo("ok");
        JsonNode search = JSON.readTree(get(80, "/search-api/_status", auth).body());
        assertThat(search.path("elasticsearch").asText()).isIn("green", "yellow");
        assertThat(get(80, "/robots.txt", null).body()).contains("Disallow: /");

        if (demo) {
          assertThat(get(80, "/", null).statusCode()).as("the demo without a password").isEqualTo(401);
          assertThat(get(80, "/", "demo:wrong").statusCode()).as("the demo with a wrong password").isEqualTo(401);
          assertThat(home.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        } else {
          assertThat(home.headers().firstValue("Server").orElse("")).startsWith("nginx");
        }

        Map<String, JsonNode> containers = project.containers();
        String rows = project.exec(containers.get("db").path("Id").asText(), "postgres", "psql", "-U", "app", "-d",
            "digitalmarketplace", "-tAc", "select count(*) from frameworks").check().stdout().trim();
        assertThat(rows).as("rows of test_data.sql in PostgreSQL").isEqualTo("2");
        for (String service : List.of("api", "search-api", "frontend")) {
          ImageChecks.check(project, containers, service);
        }
        if (demo) {
          assertThat(containers.get("nginx").path("HostConfig").path("RestartPolicy").path("Name").asText())
              .isEqualTo("unless-stopped");
          assertThat(containers.get("elasticsearch").path("HostConfig").path("Memory").asLong()).isEqualTo(1L << 30);
        }
        project.down();
      }
    }
  }

  private static HttpResponse<String> get(int port, String path, String auth) throws Exception {
    return Http.send("GET", port, path, authorization(auth));
  }

  /** The Authorization header of HTTP basic authentication with {@code user:password}, none for null. */
  private static Map<String, String> authorization(String auth) {
    return auth == null ? Map.of() : Map.of("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
  }
}
