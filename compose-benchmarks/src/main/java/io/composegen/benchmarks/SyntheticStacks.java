package io.composegen.benchmarks;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Secret;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.util.Locale;

/**
 * Builds synthetic stacks of any size that look like real ones, for measuring how the pipeline scales.
 *
 * <p>Service {@code i} of {@code n} is {@code svc-00001} ... : a pinned image, two published ports (one on
 * loopback), seven environment variables (one with quotes and a {@code ${VAR}}), a named volume, a secret, a
 * healthcheck, two networks, a non-root user, dropped capabilities and labels. Services form {@code depends_on}
 * chains of {@value #CHAIN} ({@code service_healthy} on the previous one). Three layers patch every service:
 * {@code dev} (debug settings, a source and a read-only config bind mount, a debugger port on every tenth service),
 * {@code staging} (its own environment and a release candidate image on every tenth service) and {@code prod}
 * (production: restart policy and resource limits for all, and the published ports of every internal service
 * removed, so that factoring must move them out of the base file). The same {@code n} always gives the same stack.
 */
public final class SyntheticStacks {

  /** The length of each {@code depends_on} chain. */
  public static final int CHAIN = 10;

  /** The layers of every synthetic stack, in declaration order. */
  public static final String[] LAYERS = {Layer.DEV, "staging", Layer.PROD};

  private SyntheticStacks() {}

  /** Returns the stack of {@code services} services (at least 1) with its three layers. */
  public static Stack of(int services) {
    if (services < 1 || services > 20_000) {
      throw new IllegalArgumentException("services must be 1 to 20000, got " + services);
    }
    Stack.Builder stack = Stack.builder(null)
        .network("frontend")
        .network("backend")
        .secret("db_password", Secret.fromFile("./secrets/db_password.txt"));
    Layer.Builder dev = Layer.dev();
    Layer.Builder staging = Layer.named("staging");
    Layer.Builder prod = Layer.prod()
        .allServices(s -> s.restart(Restart.UNLESS_STOPPED)
            .deploy(Deploy.builder().memoryLimit("512m").cpuLimit("0.5").build()));
    for (int index = 1; index <= services; index++) {
      int i = index;
      String name = name(i);
      stack.service(service(i));
      stack.volume(name + "-data");
      boolean edge = i % CHAIN == 1;
      dev.service(name, s -> {
        s.env("LOG_LEVEL", "debug").env("APP_PROFILE", "dev").bind("./src/" + name, "/app/src")
            .volume("./config/" + name + ":/etc/app:ro");
        if (edge) {
          s.port("127.0.0.1:" + debugPort(i) + ":5005");
        }
      });
      staging.service(name, s -> {
        s.env("APP_PROFILE", "staging").env("TRACE_SAMPLE_RATE", "0.25");
        if (i % CHAIN == 0) {
          s.image(image(i, "1.5.0-rc1"));
        }
      });
      prod.service(name, s -> {
        s.env("APP_PROFILE", "prod").env("TRACE_SAMPLE_RATE", "0.01");
        if (!edge) {
          s.reset("ports");
        }
      });
    }
    return stack.layer(dev).layer(staging).layer(prod).build();
  }

  /** Returns the name of service {@code i}, e.g. {@code svc-00042}. */
  public static String name(int i) {
    return String.format(Locale.ROOT, "svc-%05d", i);
  }

  private static Service service(int i) {
    String name = name(i);
    Service.Builder s = Service.builder(name)
        .image(image(i, "1.4.2"))
        .user("10001:10001")
        .port(httpPort(i) + ":8080")
        .port("127.0.0.1:" + metricsPort(i) + ":9090")
        .env("SERVICE_NAME", name)
        .env("HTTP_PORT", "8080")
        .env("LOG_FORMAT", "json")
        .env("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8")
        .env("DATABASE_URL", "postgres://app@db-" + (i % 7) + ":5432/" + name.replace('-', '_'))
        .env("DATABASE_PASSWORD_FILE", "/run/secrets/db_password")
        .env("GREETING", "Hello, \"world\": it's #" + i + " ${NOT_A_VAR}")
        .volume(name + "-data:/var/lib/app")
        .secret("db_password")
        .network("frontend")
        .network("backend")
        .dropCapability("ALL")
        .securityOption("no-new-privileges:true")
        .label("com.example.team", "team-" + (i % 13))
        .label("com.example.tier", i % CHAIN == 1 ? "edge" : "internal")
        .healthcheck(Healthcheck.cmd("curl", "-fsS", "http://localhost:8080/health")
            .withInterval("10s").withTimeout("3s").withRetries(5).withStartPeriod("20s"));
    if (i % CHAIN != 1) {
      s.dependsOn(name(i - 1), Condition.HEALTHY);
    }
    return s.build();
  }

  private static String image(int i, String tag) {
    return "registry.example.com/shop/" + name(i) + ":" + tag;
  }

  private static int httpPort(int i) {
    return 10_000 + i;
  }

  private static int metricsPort(int i) {
    return 40_000 + i % 20_000;
  }

  private static int debugPort(int i) {
    return 60_000 + i / CHAIN % 5_000;
  }
}
