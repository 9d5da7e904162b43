package io.composegen.generator.dockerfile;

import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.recipe.Recipe;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.units.ComposeDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The recipe configurations whose Dockerfile and .dockerignore are kept as golden files: typical and unusual. */
final class RecipeCases {

  private RecipeCases() {}

  /** Returns every case by name, in a stable order. */
  static Map<String, Recipe> all() {
    Map<String, Recipe> cases = new LinkedHashMap<>();
    cases.put("java-maven", Recipes.javaMaven()
        .title("orders").version("1.4.0").source("https://github.com/acme/orders").licenses("Apache-2.0")
        .build());
    cases.put("java-maven-spring-boot-wrapper", Recipes.javaMaven()
        .java("21").mavenWrapper(true).springBootLayers(true).port(8081).user(2000, 2000)
        .sourceFolder("core").sourceFolder("web")
        .javaToolOptions("-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError")
        .title("billing").description("Billing \"core\" service; C:\\billing is not a path here")
        .build());
    cases.put("python-pip", Recipes.pythonPip()
        .python("3.11").port(5000).command("gunicorn", "-b", ":5000", "main:app").healthPath("/health")
        .title("allocation").version("2.0.1").source("https://github.com/acme/allocation")
        .build());
    cases.put("python-pip-pinned-runtime", Recipes.pythonPip()
        .python("3.13").requirements("requirements/prod.txt")
        .runtimeImage("ghcr.io/acme/python:3.13-slim@sha256:"
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        .command("python", "-m", "shop", "--greeting", "it's \"live\" at $HOME")
        .healthPath("/status?probe=docker&full=1")
        .noHealthcheck()
        .title("shop").vendor("ACME Ltd.")
        .build());
    cases.put("python-pip-arbitrary-uid", Recipes.pythonPip()
        .writablePath("/app/media").writablePath("/var/cache/shop")
        .healthcheck(new Healthcheck(List.of("python", "-c", "import socket; socket.create_connection(('127.0.0.1', 8000))"),
            ComposeDuration.parse("15s"), ComposeDuration.parse("3s"), null, 2))
        .created("2026-01-15T10:00:00Z")
        .build());
    cases.put("python-poetry", Recipes.pythonPoetry()
        .command("gunicorn", "core.wsgi:application", "--bind=0.0.0.0:8000")
        .title("ratemymodule").version("0.9.0")
        .build());
    cases.put("python-poetry-old", Recipes.pythonPoetry()
        .python("3.10").poetry("1.8.5").port(9000).user(4242, 4343).group("deploy").group("observability")
        .command("uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "9000")
        .healthPath("/healthz")
        .build());
    cases.put("node", Recipes.node()
        .title("gateway").version("3.1.0").source("https://github.com/acme/gateway")
        .build());
    cases.put("node-build", Recipes.node()
        .node("20").buildScript("build:server").buildOutput("build/server").port(8080)
        .command("node", "--enable-source-maps", "build/server/index.js").healthPath("/api/health")
        .build());
    cases.put("static-nginx", Recipes.staticNginx()
        .title("storefront").version("5.0.0").source("https://github.com/acme/storefront")
        .build());
    cases.put("static-nginx-port", Recipes.staticNginx()
        .node("20").buildOutput("build").port(9090)
        .runtimeImage("nginxinc/nginx-unprivileged:1.27.3-alpine3.20")
        .build());
    return cases;
  }
}
