package io.composegen.generator.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Presets;
import io.composegen.model.resource.Secret;
import io.composegen.model.service.Service;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated {@code .env.example}. */
class EnvExampleRendererTest {

  @Test
  void listsEveryVariableWithItsDefaultAndItsUsesAlphabetically() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("ghcr.io/acme/web:${TAG:-1.4.2}")
            .port("${BIND_ADDRESS-127.0.0.1}:8080:8080")
            .env("DATABASE_URL", "postgres://app@${DB_HOST:?set the database host}:5432/shop")
            .env("PRICE", "$$5").env("HOME_DIR", "$HOME/shop"))
        .service(Service.builder("worker").image("ghcr.io/acme/worker:${TAG:-1.4.2}"))
        .layer(Layer.prod().service("web", w -> w.env("LOG_LEVEL", "${LOG_LEVEL:-warn}")))
        .build();

    assertThat(EnvExampleRenderer.render(stack)).hasValue("""
        # Variables the compose files of this stack read from the environment or from a .env file.
        # Copy this file to .env next to the compose files and set the values there;
        # keep .env and secret files out of version control.

        # Used by services.web.ports[0].host_ip (compose.yaml).
        BIND_ADDRESS=127.0.0.1

        # Required: set the database host
        # Used by services.web.environment.DATABASE_URL (compose.yaml).
        DB_HOST=

        # Used by services.web.environment.HOME_DIR (compose.yaml).
        HOME=

        # Used by services.web.environment.LOG_LEVEL (compose.prod.yaml).
        LOG_LEVEL=warn

        # Used by services.web.image, services.worker.image (compose.yaml).
        TAG=1.4.2
        """);
  }

  @Test
  void neverWritesASecretValueAndListsSecretFiles() {
    Stack stack = Stack.builder("shop")
        .service(Presets.postgres())
        .service(Service.builder("web").image("acme/web:1.0").env("API_TOKEN", "${API_TOKEN:-dev-token}")
            .secret("db_password").secret("stripe_key"))
        .secret("stripe_key", Secret.fromEnvironment("STRIPE_KEY"))
        .build();

    String text = EnvExampleRenderer.render(stack).orElseThrow();

    assertThat(text).doesNotContain("dev-token");
    assertThat(text).endsWith("""

        # Secret: set it in .env only, never in a file under version control.
        # Used by services.web.environment.API_TOKEN (compose.yaml).
        API_TOKEN=

        # Secret: set it in .env only, never in a file under version control.
        # Used by secrets.stripe_key.environment (compose.yaml).
        STRIPE_KEY=

        # Secret files the stack reads; create each one and keep it out of version control:
        #   ./secrets/db_password.txt (secret db_password, used by services.db, services.web)
        """);
  }

  @Test
  void leavesTheValueEmptyWhenDefaultsDifferAndQuotesOddDefaults() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27").env("A", "${PORT:-80}").env("B", "${PORT:-8080}")
            .env("C", "${GREETING:-hello world # not a comment}").env("D", "${QUOTE:-it's \"quoted\"}"))
        .build();

    assertThat(EnvExampleRenderer.render(stack).orElseThrow())
        .contains("\nGREETING='hello world # not a comment'\n")
        .contains("# Defaults differ between uses: 80, 8080\n# Used by services.web.environment.A, "
            + "services.web.environment.B (compose.yaml).\nPORT=\n")
        .contains("\nQUOTE=\"it's \\\"quoted\\\"\"\n");
  }

  @Test
  void namesTheFirstTenPlacesAndCountsTheRest() {
    Stack.Builder stack = Stack.builder("shop").secret("db_password", Secret.fromFile("./secrets/db_password.txt"));
    for (int i = 1; i <= 25; i++) {
      stack.service(Service.builder("s" + i).image("acme/app:${TAG:-1.0}").env("GREETING", "${GREETING:-hi}")
          .secret("db_password"));
    }
    // the same places twice, and in two files: each place counts once
    stack.service(Service.builder("s26").image("acme/app:${TAG:-1.0}-${TAG:-1.0}"));
    stack.layer(Layer.prod().service("s1", s -> s.env("GREETING", "${GREETING:-hi}!")));

    String text = EnvExampleRenderer.render(stack.build()).orElseThrow();

    assertThat(text).contains("\n# Used by services.s1.image, services.s2.image, services.s3.image, services.s4.image, "
        + "services.s5.image, services.s6.image, services.s7.image, services.s8.image, services.s9.image, "
        + "services.s10.image (compose.yaml) and 16 more.\nTAG=1.0\n");
    assertThat(text).contains("\n# Used by services.s1.environment.GREETING, services.s2.environment.GREETING, "
        + "services.s3.environment.GREETING, services.s4.environment.GREETING, services.s5.environment.GREETING, "
        + "services.s6.environment.GREETING, services.s7.environment.GREETING, services.s8.environment.GREETING, "
        + "services.s9.environment.GREETING, services.s10.environment.GREETING (compose.yaml) and 16 more.\n");
    assertThat(text).contains("(secret db_password, used by services.s1, services.s2, services.s3, services.s4, "
        + "services.s5, services.s6, services.s7, services.s8, services.s9, services.s10 and 15 more)\n");
  }

  @Test
  void namesEveryPlaceUpToTen() {
    Stack.Builder stack = Stack.builder("shop");
    for (int i = 1; i <= 10; i++) {
      stack.service(Service.builder("s" + i).image("acme/app:${TAG:-1.0}"));
    }

    assertThat(EnvExampleRenderer.render(stack.build()).orElseThrow())
        .contains("services.s9.image, services.s10.image (compose.yaml).\nTAG=1.0\n");
  }

  @Test
  void rendersNothingForAStackWithoutVariablesOrSecretFiles() {
    Stack stack = Stack.builder("shop").service(Service.builder("web").image("nginx:1.27").env("A", "$$1")).build();

    assertThat(EnvExampleRenderer.render(stack)).isEmpty();
    assertThat(ComposeGenerator.create().render(stack)).doesNotContainKey(".env.example");
  }

  @Test
  void isOneOfTheRenderedFilesWithAnIntactMark() {
    Stack stack = Stack.builder("shop").service(Service.builder("web").image("acme/web:${TAG:-1.0}")).build();

    Map<String, String> files = ComposeGenerator.create().render(stack);

    assertThat(files).containsKeys("compose.yaml", ".env.example");
    assertThat(files.get(".env.example")).startsWith(GeneratedMark.PREFIX).endsWith("\nTAG=1.0\n");
    assertThat(GeneratedMark.inspect(files.get(".env.example"))).isEqualTo(MarkStatus.INTACT);
  }

  @Test
  void escapesLineBreaksInComments() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27").env("A", "${X:?line one\nline two}")).build();

    assertThat(EnvExampleRenderer.render(stack).orElseThrow()).contains("# Required: line one\\nline two\n");
  }
}
