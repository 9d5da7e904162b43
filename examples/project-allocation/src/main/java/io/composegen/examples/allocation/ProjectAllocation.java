package io.composegen.examples.allocation;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.validate.Validator;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.WriteReport;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Presets;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.nio.file.Path;

/**
 * Seed 002 ("Project Allocation") as a model: a Flask API ({@code web}), an RQ worker and rq-dashboard, all three
 * running the one image built from {@code ./app}, and Redis, healthy before any of them starts.
 */
public final class ProjectAllocation {

  static final String REDIS_URL = "redis://redis:6379/0";

  private ProjectAllocation() {}

  /** Returns the stack: the seed's two hand-written compose files and Dockerfile, as one model. */
  public static Stack stack() {
    return Stack.builder("allocation")
        .service(Service.builder("web")
            .build("./app", Recipes.pythonPip().python("3.11").port(5000).healthPath("/health")
                .command("gunicorn", "-b", ":5000", "main:app").build())
            .env("REDIS_URL", REDIS_URL)
            .port("5050:5000")
            .dependsOn("redis", Condition.HEALTHY))
        .service(Service.builder("worker")
            .imageOf("web")
            .command("rqworker --name worker --url " + REDIS_URL)
            // The image's own check asks the API's port; a worker is healthy when it is registered in Redis.
            .healthcheck(check("import sys; from redis import Redis; from rq import Worker; "
                + "sys.exit(0 if Worker.all(connection=Redis.from_url('" + REDIS_URL + "')) else 1)"))
            .dependsOn("redis", Condition.HEALTHY))
        .service(Service.builder("dashboard")
            .imageOf("web")
            .command("rq-dashboard --port 5555 --redis-url " + REDIS_URL)
            .port("8080:5555")
            .healthcheck(check("import urllib.request; urllib.request.urlopen('http://127.0.0.1:5555/', timeout=4)"))
            .dependsOn("redis", Condition.HEALTHY))
        .service(Presets.redis("7.0"))
        .layer(Layer.dev()
            .service("web", web -> web.containerName("web")
                .env("FLASK_APP", "main.py").env("FLASK_DEBUG", "1")
                .bind("./app", "/app")
                .command("flask run --host=0.0.0.0"))
            .service("worker", worker -> worker.containerName("worker").bind("./app", "/app"))
            .service("dashboard", dashboard -> dashboard.containerName("dashboard")))
        .layer(Layer.prod()
            .allServices(s -> s.restart(Restart.UNLESS_STOPPED))
            .service("web", web -> web.memLimit("512m"))
            .service("worker", worker -> worker.memLimit("512m"))
            .service("dashboard", dashboard -> dashboard.memLimit("256m"))
            .service("redis", redis -> redis.memLimit("256m")))
        .build();
  }

  /**
   * Returns the generator the example uses: the default one, with the validator's warnings about the untagged
   * {@code allocation-web} image acknowledged. As in the seed, the image is built on the host that runs it
   * ({@code docker compose build}) and never pulled from a registry, so a tag would only rename it.
   */
  public static ComposeGenerator generator() {
    String reason = "allocation-web is built from ./app on the host that runs it (docker compose build, as in the "
        + "seed) and never pulled from a registry, so no pull can bring another version";
    return ComposeGenerator.builder()
        .validator(Validator.builder()
            .acknowledge("web", "CG401", reason)
            .acknowledge("worker", "CG401", reason)
            .acknowledge("dashboard", "CG401", reason)
            .build())
        .build();
  }

  /**
   * A healthcheck running a Python snippet, in shell form: Podman (Debian bookworm ships 4.3; fixed upstream in
   * December 2025) splits exec-form healthcheck arguments at spaces when a container is created through its Docker
   * API (containers/podman issue 26519), which would break {@code python -c "<snippet>"}; the shell form reaches it
   * whole on both engines.
   */
  private static Healthcheck check(String snippet) {
    return Healthcheck.shell("python -c \"" + snippet + "\"").withInterval("10s").withTimeout("5s").withRetries(3)
        .withStartPeriod("10s");
  }

  /**
   * Writes the stack's files into the folder given as the first argument (default: the working directory).
   *
   * @param args the output folder, optionally
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : ".");
    try {
      WriteReport report = generator().generate(stack(), out);
      report.entries().forEach(e -> System.out.println(e.status() + " " + out.relativize(e.path())));
    } catch (FileConflictException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }
}
