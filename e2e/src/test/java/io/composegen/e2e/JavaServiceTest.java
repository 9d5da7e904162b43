package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/java-service, all of whose files the Maven plugin generated from the pom alone: the jar's image built by
 * the java-maven recipe, and PostgreSQL inferred from the driver dependency.
 */
@ExtendWith(Engine.class)
class JavaServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path scratch;

  @Test
  void buildsTheImageAndServesRequestsThroughPostgresInDevAndProd() throws Exception {
    try (ComposeProject project = ComposeProject.copyOf("examples/java-service", scratch)
        .write("secrets/db_password.txt", UUID.randomUUID() + "\n")) {
      List<ComposeProject.Build> builds = project.builds(project.devFiles());
      assertThat(builds).extracting(ComposeProject.Build::service).containsExactly("java-service");
      for (ComposeProject.Build build : builds) {
        Cmd.Result result = project.podmanBuild(build);
        System.out.println("[e2e] built " + build.image() + " in " + result.took().toSeconds() + " s");
      }

      for (List<String> files : List.of(project.devFiles(), ComposeProject.prodFiles())) {
        long start = System.nanoTime();
        project.up(files);
        project.awaitHealthy(Duration.ofMinutes(4));
        // The JRE image has nothing to run a healthcheck with: the service is ready when /health answers.
        Http.await("GET", 8080, "/health", Duration.ofMinutes(2));
        System.out.println("[e2e] java-service " + files + ": from up to healthy and answering in "
            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");

        JsonNode first = JSON.readTree(Http.await("GET", 8080, "/visits", Duration.ofSeconds(30)).body());
        JsonNode second = JSON.readTree(Http.await("GET", 8080, "/visits", Duration.ofSeconds(30)).body());
        assertThat(second.path("visits").asLong())
            .as("the row written by the second request is counted when read back")
            .isEqualTo(first.path("visits").asLong() + 1);
        assertThat(second.path("id").asLong()).isGreaterThan(first.path("id").asLong());

        ImageChecks.check(project, project.containers(), "java-service");
        if (files.contains("compose.prod.yaml")) {
          assertThat(project.containers().get("java-service").path("HostConfig").path("RestartPolicy")
              .path("Name").asText()).isEqualTo("unless-stopped");
        }
        project.down();
      }
    }
  }
}
