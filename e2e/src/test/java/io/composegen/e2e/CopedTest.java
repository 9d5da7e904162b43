package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/coped (seed 001), generated from a stack descriptor: Django (web) and Voila dashboards built by the
 * python-pip recipe, nginx on 1337 serving the static files from a volume web fills, PostgreSQL and Elasticsearch
 * with security on, on an internal data network; dev, then prod with its one-off migrate service. Prints how long
 * each environment takes to come up, the figures in the example's README.
 */
@ExtendWith(Engine.class)
class CopedTest {

  private static final Duration ANSWER = Duration.ofSeconds(60);

  @TempDir
  Path scratch;

  @Test
  void buildsWebAndVoilaAndServesDjangoStaticFilesAndDashboardsThroughNginxInDevAndProd() throws Exception {
    try (ComposeProject project = ComposeProject.copyOf("examples/coped", scratch)
        .write("secrets/django_secret_key.txt", UUID.randomUUID() + "\n")
        .write("secrets/db_password.txt", UUID.randomUUID() + "\n")
        .write("secrets/elastic_password.txt", UUID.randomUUID().toString())
        // docker-compose 1.29 ignores configs outside a swarm; Compose v2 bind-mounts a file config at its target.
        .edit("compose.yaml", "    configs:\n      - source: nginx_conf\n        target: /etc/nginx/conf.d/default.conf\n", "")
        .edit("compose.yaml", "      - static:/app/staticfiles:ro\n",
            "      - static:/app/staticfiles:ro\n      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro\n")) {
      // As the README says: Elasticsearch reads its password file only when it is private (600) to its user, here
      // the uid it shares with web and voila.
      Path elastic = project.dir.resolve("secrets/elastic_password.txt");
      Files.setPosixFilePermissions(elastic, PosixFilePermissions.fromString("rw-------"));
      Cmd.run(project.dir, Duration.ofSeconds(30), List.of("chown", "10001:0", elastic.toString())).check();

      List<ComposeProject.Build> builds = project.builds(ComposeProject.prodFiles());
      assertThat(builds).extracting(ComposeProject.Build::service).containsExactlyInAnyOrder("web", "voila");
      System.out.println("[e2e] coped: web and voila built in " + project.buildAll(builds).toSeconds() + " s");

      for (List<String> files : List.of(project.devFiles(), ComposeProject.prodFiles())) {
        boolean dev = !files.contains("compose.prod.yaml");
        Duration took = project.upHealthy(files, Duration.ofMinutes(6));
        System.out.println("[e2e] coped " + files + ": from up to all healthy in " + took.toSeconds() + " s");
        Map<String, JsonNode> containers = project.containers();
        String db = containers.get("db").path("Id").asText();

        if (dev) {
          // Dev migrates on start and publishes Django's own development server beside the proxy.
          HttpResponse<String> direct = Http.await("GET", 8000, "/", ANSWER);
          assertThat(direct.headers().firstValue("Server").orElse("")).contains("WSGIServer");
          assertThat(migrations(project, db)).as("migrations applied on start in dev").isNotEqualTo("0");
        } else {
          assertThatThrownBy(() -> Http.send("GET", 8000, "/")).as("port 8000 in prod").isInstanceOf(IOException.class);
        }

        // Django through nginx, reaching PostgreSQL and, with the elastic user's password, Elasticsearch.
        HttpResponse<String> home = Http.await("GET", 1337, "/", Duration.ofMinutes(2),
            body -> body.contains("PostgreSQL 15") && body.matches("(?s).*<dd>(green|yellow)</dd>.*"));
        assertThat(home.headers().firstValue("Server").orElse("")).startsWith("nginx");
        assertThat(home.body()).contains("PostgreSQL 15").containsPattern("<dd>(green|yellow)</dd>");
        String web = containers.get("web").path("Id").asText();
        assertThat(project.exec(web, null, "cat", "/proc/1/cmdline").check().stdout())
            .as("web's main process in %s", files).contains(dev ? "runserver" : "gunicorn");
        assertThat(project.exec(web, null, "python", "-c", "import urllib.request, urllib.error\n"
            + "try: urllib.request.urlopen('http://elasticsearch:9200/')\n"
            + "except urllib.error.HTTPError as e: print(e.code)").check().stdout().trim())
            .as("Elasticsearch without credentials").isEqualTo("401");

        // Static files: collected by web into the shared volume, served by nginx (gunicorn serves none).
        HttpResponse<String> css = Http.await("GET", 1337, "/static/coped/site.css", ANSWER);
        assertThat(css.body()).isEqualTo(Files.readString(project.dir.resolve("web/coped/static/coped/site.css")));
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(project.exec(containers.get("nginx").path("Id").asText(), null, "ls", "/app/staticfiles/admin")
            .check().stdout()).as("Django admin's static files in nginx's volume").contains("css");

        // Voila lists the dashboard and renders it: its code reads Elasticsearch with the secret's password.
        assertThat(Http.await("GET", 1337, "/voila/", ANSWER).body()).contains("search-index.ipynb");
        String dashboard = Http.await("GET", 1337, "/voila/render/search-index.ipynb", ANSWER).body();
        assertThat(dashboard).contains("COPED search index").contains(" indices").doesNotContain("Traceback");

        for (String service : List.of("web", "voila")) {
          ImageChecks.check(project, containers, service);
        }
        if (!dev) {
          // Prod never migrates by itself; the one-off migrate service does, when run.
          assertThat(migrations(project, db)).as("migrations before running migrate").isEqualTo("0");
          project.compose(files, Duration.ofMinutes(3), "run", "--rm", "migrate").check();
          assertThat(migrations(project, db)).as("migrations after running migrate").isNotEqualTo("0");
          assertThat(containers.get("web").path("HostConfig").path("RestartPolicy").path("Name").asText())
              .isEqualTo("unless-stopped");
          assertThat(containers.get("elasticsearch").path("HostConfig").path("Memory").asLong()).isEqualTo(2L << 30);
        }
        project.down();
      }
    }
  }

  /** The number of applied Django migrations; 0 when Django has not created its table yet. */
  private static String migrations(ComposeProject project, String db) {
    String tables = psql(project, db, "select count(*) from pg_tables where tablename = 'django_migrations'");
    return "0".equals(tables) ? "0" : psql(project, db, "select count(*) from django_migrations");
  }

  private static String psql(ComposeProject project, String db, String query) {
    return project.exec(db, "postgres", "psql", "-U", "app", "-d", "app", "-tAc", query).check().stdout().trim();
  }
}
