package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/project-allocation (seed 002), generated from Java code: one image built by the python-pip recipe and
 * run by web (Flask API), worker (RQ) and dashboard (rq-dashboard), with Redis.
 */
@ExtendWith(Engine.class)
class ProjectAllocationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path scratch;

  @Test
  void buildsTheSharedImageAndRunsJobsThroughTheWorkerInDevAndProd() throws Exception {
    try (ComposeProject project = ComposeProject.copyOf("examples/project-allocation", scratch)) {
      List<ComposeProject.Build> builds = project.builds(ComposeProject.prodFiles());
      assertThat(builds).extracting(ComposeProject.Build::image).containsExactly("allocation-web");
      for (ComposeProject.Build build : builds) {
        Cmd.Result result = project.podmanBuild(build);
        System.out.println("[e2e] built " + build.image() + " in " + result.took().toSeconds() + " s");
      }

      for (List<String> files : List.of(project.devFiles(), ComposeProject.prodFiles())) {
        boolean dev = !files.contains("compose.prod.yaml");
        long start = System.nanoTime();
        project.up(files);
        project.awaitHealthy(Duration.ofMinutes(4));
        System.out.println("[e2e] allocation " + files + ": from up to all healthy in "
            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");

        // The API enqueues a job on Redis; the worker runs it; the API reads the result back.
        HttpResponse<String> enqueued = Http.await("POST", 5050, "/add/2/3", Duration.ofSeconds(60));
        assertThat(enqueued.statusCode()).isEqualTo(202);
        String id = JSON.readTree(enqueued.body()).path("id").asText();
        JsonNode job = awaitFinished(id);
        assertThat(job.path("result").asInt()).isEqualTo(5);
        // Flask's development server in dev, gunicorn in prod: the layers took effect.
        String server = enqueued.headers().firstValue("Server").orElse("");
        assertThat(server).as("Server header in %s", files).contains(dev ? "Werkzeug" : "gunicorn");

        String dashboard = Http.await("GET", 8080, "/", Duration.ofSeconds(60)).body();
        assertThat(dashboard).contains("RQ dashboard").contains("worker");

        Map<String, JsonNode> containers = project.containers();
        for (String service : List.of("web", "worker", "dashboard")) {
          assertThat(containers.get(service).path("Config").path("Image").asText()).contains("allocation-web");
          ImageChecks.check(project, containers, service);
        }
        String webName = containers.get("web").path("Name").asText().replace("/", "");
        if (dev) {
          assertThat(webName).isEqualTo("web");
        } else {
          assertThat(webName).isNotEqualTo("web");
          assertThat(containers.get("web").path("HostConfig").path("Memory").asLong()).isEqualTo(512L << 20);
        }
        project.down();
      }
    }
  }

  private static JsonNode awaitFinished(String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode job = null;
    while (System.nanoTime() < deadline) {
      job = JSON.readTree(Http.await("GET", 5050, "/jobs/" + id, Duration.ofSeconds(30)).body());
      if ("finished".equals(job.path("status").asText()) || "failed".equals(job.path("status").asText())) {
        break;
      }
      ComposeProject.sleep(Duration.ofMillis(500));
    }
    assertThat(job).isNotNull();
    assertThat(job.path("status").asText()).as("job %s", job).isEqualTo("finished");
    return job;
  }
}
