package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/collecting-society (seed 004), generated from a stack descriptor: the Tryton stand-in and the portal
 * image (run by portal, api and processing) built by the python-pip recipe, PostgreSQL, and nginx routing two host
 * names; dev, prod with two portal replicas, and the documentation environment.
 */
@ExtendWith(Engine.class)
class CollectingSocietyTest {

  @TempDir
  Path scratch;

  @Test
  void buildsBothImagesAndServesPortalAndApiThroughNginxInDevAndProd() throws Exception {
    try (ComposeProject project = ComposeProject.copyOf("examples/collecting-society", scratch)
        .write("secrets/db_password.txt", UUID.randomUUID() + "\n")
        .write("secrets/tryton_admin_password.txt", UUID.randomUUID() + "\n")) {
      List<ComposeProject.Build> builds = project.builds(ComposeProject.prodFiles());
      assertThat(builds).extracting(ComposeProject.Build::image)
          .containsExactlyInAnyOrder("c3s/erpserver:0.1.0", "c3s/portal:0.1.0");
      for (ComposeProject.Build build : builds) {
        Cmd.Result result = project.podmanBuild(build);
        System.out.println("[e2e] built " + build.image() + " in " + result.took().toSeconds() + " s");
      }

      for (List<String> files : List.of(project.devFiles(), ComposeProject.prodFiles())) {
        boolean prod = files.contains("compose.prod.yaml");
        long start = System.nanoTime();
        project.up(files);
        project.awaitHealthy(Duration.ofMinutes(5));
        System.out.println("[e2e] c3s " + files + ": from up to all healthy in "
            + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");

        // Healthy containers can still answer slowly for a moment on a busy machine: ask until the page says what
        // it should, two minutes at most, and fail with the last answer.
        String portal = awaitThroughNginx("repertoire.test", "/", "Repertoire portal", "erpserver ok",
            "environment " + (prod ? "production" : "development"));
        assertThat(awaitThroughNginx("api.repertoire.test", "/v1/status", "\"erpserver\":\"ok\""))
            .contains("\"erpserver\":\"ok\"");

        List<String> portals = List.of(project.compose(files, Duration.ofMinutes(1), "ps", "-q", "portal").check()
            .stdout().trim().split("\\s+"));
        if (prod) {
          assertThat(portals).as("portal replicas in prod").hasSize(2);
          Set<String> replicas = new HashSet<>();
          for (int i = 0; i < 20 && replicas.size() < 2; i++) {
            String page = awaitThroughNginx("repertoire.test", "/");
            replicas.add(page.replaceAll("(?s).*replica ([^,]+),.*", "$1"));
          }
          System.out.println("[e2e] c3s prod: nginx reached portal replicas " + replicas);
          assertThat(replicas).as("portal replicas answering through nginx").hasSize(2);
        } else {
          assertThat(curl(project, "http://127.0.0.1:8000/health")).contains("\"status\":\"ok\"");
        }

        Map<String, JsonNode> containers = project.containers();
        assertThat(containers).doesNotContainKey("selenium");
        for (String service : List.of("erpserver", "portal", "api", "processing")) {
          ImageChecks.check(project, containers, service);
        }
        project.down();
      }

      // The documentation environment: its one service, run on its own as the seed ran its documentation file.
      List<String> documentation = List.of("compose.yaml", "compose.documentation.yaml");
      project.up(documentation, "documentation");
      project.awaitHealthy(Duration.ofMinutes(2));
      assertThat(curl(project, "http://127.0.0.1:8088/")).contains("portal", "processing");
      project.down();
    }
  }

  /**
   * Asks nginx on 127.0.0.1:81 for {@code path} of virtual host {@code host} until the page holds every
   * {@code expected} text (two minutes), or until it answers at all (one minute) when none is given.
   */
  private static String awaitThroughNginx(String host, String path, String... expected) {
    Duration limit = expected.length == 0 ? Duration.ofSeconds(60) : Duration.ofMinutes(2);
    return Http.await("GET", 81, path, Map.of("Host", host), limit,
        body -> List.of(expected).stream().allMatch(body::contains)).body();
  }

  private static String curl(ComposeProject project, String url) {
    return Cmd.run(project.dir, Duration.ofSeconds(30), List.of("curl", "-sS", "-f", url)).check().stdout();
  }
}
