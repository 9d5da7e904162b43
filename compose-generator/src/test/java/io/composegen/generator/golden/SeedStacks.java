package io.composegen.generator.golden;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Ipam;
import io.composegen.model.resource.IpamPool;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.DeployRestartPolicy;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Logging;
import io.composegen.model.service.ResourceSpec;
import io.composegen.model.service.Resources;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.ServiceNetwork;
import io.composegen.model.service.ServiceVolume;
import io.composegen.model.service.TmpfsOptions;
import io.composegen.model.service.Ulimit;
import io.composegen.model.units.ByteSize;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three realistic stacks modelled on the hand-written setups in the shared {@code seeds/} folder, each with a
 * {@code dev} and a {@code prod} layer; the fixtures of the golden-file and oracle tests.
 *
 * <p>They use a broad range of attributes, but only what the legacy {@code docker-compose} 1.29.2 reads, and
 * their layers leave alone the attributes that tool merges differently from Compose v2 ({@code secrets},
 * {@code configs}, {@code depends_on}, {@code extra_hosts}, service-level {@code x-*}), so both oracles can
 * judge every case. Other tests may use them as realistic input; changing one changes its golden files.
 */
public final class SeedStacks {

  private SeedStacks() {}

  /** Returns every case by its name, which is also its golden folder's name, in a fixed order. */
  public static Map<String, Stack> all() {
    Map<String, Stack> out = new LinkedHashMap<>();
    out.put("coped", coped());
    out.put("allocation", allocation());
    out.put("ratemymodule", rateMyModule());
    return out;
  }

  /** Returns the names of the cases, in the order of {@link #all()}. */
  public static List<String> names() {
    return List.copyOf(all().keySet());
  }

  /**
   * Seed 001, COPED: Django web behind an nginx proxy, PostgreSQL, Elasticsearch and a Voila dashboard. The
   * data services sit on an internal network; dev bind-mounts the sources, turns debugging on and lets the
   * developer bypass nginx; prod publishes nothing but the proxy and stops migrating on start.
   */
  public static Stack coped() {
    Healthcheck pgReady = Healthcheck.shell("pg_isready -U $${POSTGRES_USER} -d $${POSTGRES_DB}")
        .withInterval("10s").withTimeout("5s").withRetries(5).withStartPeriod("20s");
    Healthcheck esHealthy = Healthcheck.shell(
            "curl -fsS 'http://localhost:9200/_cluster/health?wait_for_status=yellow&timeout=5s' || exit 1")
        .withInterval("30s").withTimeout("10s").withRetries(10).withStartPeriod("60s");
    Healthcheck webAlive = Healthcheck.cmd("python", "-c",
            "import urllib.request; urllib.request.urlopen('http://localhost:8000/health/', timeout=3)")
        .withInterval("30s").withTimeout("5s").withRetries(3).withStartPeriod("40s");

    return Stack.builder("coped")
        .service(Service.builder("web")
            .build(BuildSpec.builder()
                .context("./web")
                .dockerfile("Dockerfile")
                .target("runtime")
                .arg("PYTHON_VERSION", "3.11")
                .label("org.opencontainers.image.source", "https://github.com/cogent-computing/COPED")
                .build())
            .image("ghcr.io/cogent-computing/coped-web:${COPED_VERSION:-0.4.0}")
            .command("gunicorn coped.wsgi:application --bind 0.0.0.0:8000 --workers 3")
            .user("app")
            .env("DJANGO_SETTINGS_MODULE", "coped.settings")
            .env("DJANGO_ALLOWED_HOSTS", "localhost 127.0.0.1 [::1]")
            .env("DJANGO_MIGRATE_ON_START", "1")
            .env("SQL_ENGINE", "django.db.backends.postgresql")
            .env("SQL_HOST", "db")
            .env("SQL_PORT", "5432")
            .env("SQL_DATABASE", "${POSTGRES_DB:-coped}")
            .env("SQL_USER", "${POSTGRES_USER:-coped}")
            .env("SQL_PASSWORD_FILE", "/run/secrets/db_password")
            .env("DJANGO_SECRET_KEY_FILE", "/run/secrets/django_secret_key")
            .env("ELASTICSEARCH_URL", "http://elasticsearch:9200")
            .exposePort("8000")
            .volume("static-files:/home/app/web/staticfiles")
            .volume("media-files:/home/app/web/mediafiles")
            .network("frontend")
            .network("data")
            .dependsOn("db", Condition.HEALTHY)
            .dependsOn("elasticsearch", Condition.HEALTHY)
            .healthcheck(webAlive)
            .secret("db_password")
            .secret("django_secret_key")
            .label("org.coped.component", "web")
            .label("org.coped.description", "Django app: API & admin")
            .stopGracePeriod("30s"))
        .service(Service.builder("nginx")
            .image("nginx:1.25-alpine")
            .port("1337:80")
            .volume("./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro")
            .volume("static-files:/home/app/web/staticfiles:ro,nocopy")
            .volume("media-files:/home/app/web/mediafiles:ro,nocopy")
            .tmpfsPath("/var/cache/nginx")
            .tmpfsPath("/var/run")
            .network("frontend")
            .dependsOn("web", Condition.HEALTHY)
            .healthcheck(Healthcheck.cmd("wget", "-q", "--spider", "http://localhost/health/")
                .withInterval("30s").withTimeout("5s").withRetries(3))
            .label("org.coped.component", "proxy")
            .readOnly(true)
            .stopSignal("SIGQUIT"))
        .service(Service.builder("db")
            .image("postgres:15-alpine")
            .env("POSTGRES_DB", "${POSTGRES_DB:-coped}")
            .env("POSTGRES_USER", "${POSTGRES_USER:-coped}")
            .env("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password")
            .port("127.0.0.1:5432:5432")
            .volume("postgres-data:/var/lib/postgresql/data")
            .network("data", ServiceNetwork.withAliases("postgres"))
            .healthcheck(pgReady)
            .secret("db_password")
            .label("org.coped.component", "database")
            .shmSize(ByteSize.parse("256m"))
            .extension("x-backup", Map.of("schedule", "0 3 * * *")))
        .service(Service.builder("elasticsearch")
            .image("docker.elastic.co/elasticsearch/elasticsearch:7.17.18")
            .env("discovery.type", "single-node")
            .env("xpack.security.enabled", "false")
            .env("bootstrap.memory_lock", "true")
            .env("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
            .port("127.0.0.1:9200:9200")
            .volume("elasticsearch-data:/usr/share/elasticsearch/data")
            .network("data")
            .healthcheck(esHealthy)
            .label("org.coped.component", "search")
            .deploy(Deploy.builder()
                .resources(Resources.builder()
                    .limits(ResourceSpec.builder().cpus(new BigDecimal("2.0")).memory(ByteSize.parse("2g")).build())
                    .reservations(ResourceSpec.builder().memory(ByteSize.parse("1g")).build())
                    .build())
                .build())
            .ulimit("memlock", Ulimit.of(-1, -1))
            .ulimit("nofile", Ulimit.of(65536, 65536))
            .ulimit("nproc", Ulimit.of(4096)))
        .service(Service.builder("voila")
            .build("./voila")
            .image("ghcr.io/cogent-computing/coped-voila:${COPED_VERSION:-0.4.0}")
            .commandArgs("voila", "--port=8866", "--no-browser", "--Voila.ip=0.0.0.0",
                "--MappingKernelManager.cull_idle_timeout=600", "notebooks/")
            .env("ELASTICSEARCH_URL", "http://elasticsearch:9200")
            .env("JUPYTER_TOKEN", null)
            .user("1000:100")
            .exposePort("8866")
            .network("frontend")
            .network("data")
            .dependsOn("elasticsearch", Condition.HEALTHY)
            .label("org.coped.component", "dashboards")
            .cpus(new BigDecimal("1.5"))
            .init(true))
        .network("frontend")
        .network("data", Network.internalNetwork().toBuilder()
            .ipam(Ipam.builder().pool(IpamPool.builder().subnet("172.28.0.0/16").build()).build())
            .label("org.coped.network", "data services only")
            .build())
        .volume("postgres-data", Volume.builder().label("org.coped.backup", "daily").build())
        .volume("elasticsearch-data")
        .volume("static-files")
        .volume("media-files")
        .secret("db_password", Secret.fromFile("./secrets/db_password.txt"))
        .secret("django_secret_key", Secret.fromFile("./secrets/django_secret_key.txt"))
        .extension("x-coped", Map.of("docs", "https://github.com/cogent-computing/COPED"))
        .layer(Layer.dev()
            .service("web", web -> web
                .command("python manage.py runserver 0.0.0.0:8000")
                .env("DEBUG", "1")
                .env("DJANGO_LOG_LEVEL", "debug")
                .env("DJANGO_FLUSH_ON_START", "1")
                .port("8000:8000")
                .bind("./web", "/home/app/web"))
            .service("voila", voila -> voila
                .env("VOILA_LOG_LEVEL", "DEBUG")
                .port("8866:8866")
                .bind("./voila/notebooks", "/home/jovyan/notebooks"))
            .service("elasticsearch", es -> es
                .env("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .deploy(Deploy.builder().memoryLimit("1g").build())))
        .layer(Layer.prod()
            .allServices(s -> s
                .restart(Restart.UNLESS_STOPPED)
                .logging(Logging.builder().driver("json-file").option("max-size", "10m").option("max-file", "3")
                    .build()))
            .service("web", web -> web
                .reset("environment", "DJANGO_MIGRATE_ON_START")
                .env("DJANGO_ALLOWED_HOSTS", "coped.example.org")
                .env("GUNICORN_CMD_ARGS", "--access-logfile - --max-requests 1000")
                .deploy(Deploy.builder()
                    .resources(Resources.builder()
                        .limits(ResourceSpec.builder().cpus(new BigDecimal("1.5")).memory(ByteSize.parse("1g")).build())
                        .build())
                    .build()))
            .service("db", db -> db.reset("ports"))
            .service("elasticsearch", es -> es
                .reset("ports", "127.0.0.1:9200:9200")
                .env("ES_JAVA_OPTS", "-Xms2g -Xmx2g")
                .deploy(Deploy.builder().memoryLimit("4g").build())))
        .build();
  }

  /**
   * Seed 002, project allocation: a Flask web app, an RQ worker and the RQ dashboard sharing one image built
   * once, and Redis. Dev names the containers, turns Flask's debugger on and mounts the sources; prod drops
   * the dashboard's published port, publishes the app on loopback only and runs two workers.
   */
  public static Stack allocation() {
    String appImage = "allocation/app:${APP_TAG:-1.3.0}";
    String redisUrl = "redis://redis:6379/0";
    return Stack.builder("allocation")
        .service(Service.builder("web")
            .build(BuildSpec.builder().context("./app").arg("PYTHON_VERSION", "3.11").build())
            .image(appImage)
            .command("gunicorn -b :5000 main:app")
            .envFile("./allocation.env")
            .env("REDIS_URL", redisUrl)
            .env("SECRET_KEY_FILE", "/run/secrets/flask_secret_key")
            .env("ALLOCATION_GREETING", "Hello, $${USER}: welcome!")
            .port("5050:5000")
            .dependsOn("redis", Condition.HEALTHY)
            .healthcheck(Healthcheck.cmd("curl", "-fsS", "http://localhost:5000/health")
                .withInterval("15s").withTimeout("3s").withRetries(3))
            .secret("flask_secret_key")
            .label("org.allocation.role", "api"))
        .service(Service.builder("worker")
            .image(appImage)
            .command("rqworker --name worker --url " + redisUrl)
            .envFile("./allocation.env")
            .env("REDIS_URL", redisUrl)
            .dependsOn("web")
            .dependsOn("redis", Condition.HEALTHY)
            .label("org.allocation.role", "worker")
            .stopGracePeriod("1m30s"))
        .service(Service.builder("dashboard")
            .image(appImage)
            .command("rq-dashboard --port 5555 --redis-url " + redisUrl)
            .port("5555:5555")
            .dependsOn("redis", Condition.HEALTHY)
            .label("org.allocation.role", "monitoring"))
        .service(Service.builder("redis")
            .image("redis:7.0-alpine")
            .commandArgs("redis-server", "--appendonly", "yes", "--save", "")
            .volume("redis-data:/data")
            .healthcheck(Healthcheck.cmd("redis-cli", "ping").withInterval("5s").withTimeout("3s").withRetries(5))
            .memLimit("256m")
            .sysctl("net.core.somaxconn", "511")
            .logging(Logging.builder().driver("json-file").option("max-size", "5m").build()))
        .volume("redis-data")
        .secret("flask_secret_key", Secret.fromFile("./secrets/flask_secret_key.txt"))
        .layer(Layer.dev()
            .service("web", web -> web
                .containerName("web")
                .command("flask run --host=0.0.0.0 --port=5000")
                .env("FLASK_APP", "main.py")
                .env("FLASK_DEBUG", "1")
                .bind("./app", "/app"))
            .service("worker", worker -> worker
                .containerName("worker")
                .bind("./app", "/app"))
            .service("dashboard", dashboard -> dashboard.containerName("dashboard"))
            .service("redis", redis -> redis
                .containerName("redis")
                .port("127.0.0.1:6379:6379")))
        .layer(Layer.prod()
            .allServices(s -> s
                .restart(Restart.UNLESS_STOPPED)
                .logging(Logging.builder().driver("local").option("max-size", "20m").build()))
            .service("web", web -> web
                .reset("ports", "5050:5000")
                .port("127.0.0.1:5050:5000")
                .env("GUNICORN_CMD_ARGS", "--workers=4 --timeout=60"))
            .service("worker", worker -> worker
                .deploy(Deploy.builder()
                    .replicas(2)
                    .restartPolicy(new DeployRestartPolicy("on-failure", null, 5, null))
                    .build()))
            .service("dashboard", dashboard -> dashboard.reset("ports")))
        .build();
  }

  /**
   * Seed 003, RateMyModule: the latest and the stable channel of a Django/Poetry app, each behind its own
   * nginx, on an external proxy network, with watchtower updating the images. Dev builds the latest app from
   * the working tree, mounts its sources, lets compose name the containers and keeps watchtower behind a
   * profile; prod turns debugging off, drops the app's loopback port and labels everything for watchtower.
   */
  public static Stack rateMyModule() {
    String registry = "git.cs.bham.ac.uk:5050/team-projects-2023-24/team55";
    Healthcheck appAlive = Healthcheck.cmd("python", "-c",
            "import urllib.request; urllib.request.urlopen(\"http://127.0.0.1:8000/\", timeout=3)")
        .withInterval("30s").withTimeout("5s").withRetries(3).withStartPeriod("30s");
    Stack.Builder stack = Stack.builder("ratemymodule");
    for (String channel : List.of("latest", "stable")) {
      String app = channel + "-app";
      String proxy = channel + "-proxy";
      Service.Builder appService = Service.builder(app)
          .image(registry + ":" + channel)
          .containerName(channel + "ratemymoduleapp")
          .hostname(channel + "ratemymoduleapp")
          .entrypointArgs("sh", "/app/entrypoint.sh")
          .workingDir("/app")
          .env("PRODUCTION", channel.equals("stable") ? "true" : "false")
          .env("LOG_LEVEL", "INFO")
          .env("OAUTH_GOOGLE_CLIENT_ID", "${OAUTH_GOOGLE_CLIENT_ID:?set OAUTH_GOOGLE_CLIENT_ID in .env}")
          .env("OAUTH_MICROSOFT_CLIENT_ID", "${OAUTH_MICROSOFT_CLIENT_ID:?set OAUTH_MICROSOFT_CLIENT_ID in .env}")
          .env("EMAIL_HOST", "smtp.emailserver.example.com")
          .env("EMAIL_PORT", "465")
          .env("EMAIL_HOST_USER", "email@example.com")
          .env("EMAIL_USE_SSL", "true")
          .env("SECRETS_DIR", "/run/secrets")
          .volume(channel + "_static:/static")
          .volume("/ratemymodule/" + channel + "-core.db:/app/core.db")
          .volume(ServiceVolume.tmpfs("/tmp").withTmpfs(new TmpfsOptions(ByteSize.parse("64m"), null)))
          .network("backend")
          .healthcheck(appAlive)
          .secret("django_secret_key")
          .secret("oauth_google_secret")
          .secret("oauth_microsoft_secret")
          .secret(new ServiceFileRef("email_password", "/run/secrets/email", "1000", "1000", 0400))
          .stopGracePeriod("20s");
      if (channel.equals("latest")) {
        appService
            .env("DEBUG", "true")
            .env("EMAIL_TO_CONSOLE", "false")
            .port("127.0.0.1:8001:8000");
      }
      stack.service(appService);
      stack.service(Service.builder(proxy)
          .image("nginx:1.25-alpine")
          .containerName(channel + "ratemymoduleproxy")
          .hostname(channel + "ratemymoduleproxy")
          .volume(channel + "_static:/static:ro")
          .volume("/ratemymodule/" + channel + "-default.conf:/etc/nginx/conf.d/default.conf:ro")
          .network("frontend")
          .network("backend")
          .dependsOn(app, Condition.HEALTHY)
          .dropCapability("ALL")
          .addCapability("CHOWN")
          .addCapability("SETGID")
          .addCapability("SETUID")
          .addCapability("NET_BIND_SERVICE")
          .securityOption("no-new-privileges:true"));
    }
    return stack
        .service(Service.builder("watchtower")
            .image("containrrr/watchtower:1.7.1")
            .containerName("ratemymodulewatchtower")
            .hostname("ratemymodulewatchtower")
            .command("--interval 30 --scope ratemymodule --cleanup")
            .volume("/var/run/docker.sock:/var/run/docker.sock")
            .volume("/.docker/config.json:/config.json:ro")
            .env("TZ", "Europe/London")
            .network("frontend")
            .deploy(Deploy.builder()
                .resources(Resources.builder()
                    .limits(ResourceSpec.builder().cpus(new BigDecimal("0.25")).memory(ByteSize.parse("128m")).build())
                    .build())
                .build()))
        .network("frontend", Network.externalNetwork("proxy-apps"))
        .network("backend")
        .volume("latest_static")
        .volume("stable_static")
        .secret("django_secret_key", Secret.fromFile("./secrets/django_secret_key.txt"))
        .secret("oauth_google_secret", Secret.fromFile("./secrets/oauth_google_secret.txt"))
        .secret("oauth_microsoft_secret", Secret.fromFile("./secrets/oauth_microsoft_secret.txt"))
        .secret("email_password", Secret.fromFile("./secrets/email_password.txt"))
        .extension("x-watchtower-scope", "ratemymodule")
        .layer(Layer.dev()
            .allServices(s -> s.reset("container_name"))
            .service("latest-app", app -> app
                .build(BuildSpec.builder().context(".").target("runtime").build())
                .env("DEBUG", "true")
                .env("LOG_LEVEL", "DEBUG")
                .env("EMAIL_TO_CONSOLE", "true")
                .bind("./core", "/app/core")
                .bind("./api_htmx", "/app/api_htmx")
                .bind("./api_rest", "/app/api_rest")
                .bind("./ratemymodule", "/app/ratemymodule")
                .bind("./web", "/app/web"))
            .service("watchtower", watchtower -> watchtower.profile("autoupdate")))
        .layer(Layer.prod()
            .allServices(s -> s
                .restart(Restart.UNLESS_STOPPED)
                .label("com.centurylinklabs.watchtower.scope", "ratemymodule"))
            .service("latest-app", app -> app
                .reset("environment", "DEBUG")
                .reset("ports"))
            .service("stable-app", app -> app.env("LOG_LEVEL", "WARNING")))
        .build();
  }
}
