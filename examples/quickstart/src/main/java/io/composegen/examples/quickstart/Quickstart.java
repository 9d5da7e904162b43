package io.composegen.examples.quickstart;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.WriteReport;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.nio.file.Path;

/** Generates the quickstart stack: a web service and PostgreSQL, with a dev and a prod layer. */
public final class Quickstart {

  private Quickstart() {}

  /** Returns the stack: what a team would otherwise write by hand as three compose files. */
  public static Stack stack() {
    return Stack.builder("shop")
        .service(Service.builder("web")
            .image("ghcr.io/acme/shop-web:1.4.2")
            .port("8080:8080")
            .env("DATABASE_URL", "postgres://shop@db:5432/shop")
            .env("DATABASE_PASSWORD", "${DATABASE_PASSWORD:?set it in .env}")
            .dependsOn("db", Condition.HEALTHY)
            .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost:8080/health").withInterval("10s").withRetries(3)))
        .service(Service.builder("db")
            .image("postgres:15")
            .env("POSTGRES_USER", "shop")
            .env("POSTGRES_PASSWORD", "${DATABASE_PASSWORD:?set it in .env}")
            .volume("db-data:/var/lib/postgresql/data")
            .healthcheck(Healthcheck.cmd("pg_isready", "-U", "shop").withInterval("10s").withRetries(5)))
        .volume("db-data")
        .layer(Layer.dev()
            .service("web", web -> web.env("LOG_LEVEL", "debug").bind("./src", "/app/src"))
            .service("db", db -> db.port("127.0.0.1:5432:5432")))
        .layer(Layer.prod()
            .allServices(s -> s.restart(Restart.UNLESS_STOPPED))
            .service("web", web -> web.reset("ports").port("127.0.0.1:8080:8080").memLimit("512m"))
            .service("db", db -> db.memLimit("1g")))
        .build();
  }

  /** Returns the generator the example uses: the default one. */
  public static ComposeGenerator generator() {
    return ComposeGenerator.create();
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
