package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Presets;
import io.composegen.model.resource.Network;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import org.junit.jupiter.api.Test;

/**
 * Invalid inputs that only the Java model can express (a compose file that lacks them is rejected while it is read),
 * each paired with its whole expected report.
 */
class ValidationInvalidModelsTest {

  private static String report(Stack stack) {
    return Validator.create().validate(stack).toText();
  }

  @Test
  void serviceWithoutImageInTheBaseFileThatOnlyProdCompletes() {
    Stack stack = Stack.builder("allocation")
        .service(Service.builder("worker").command("rqworker --url redis://redis:6379/0")
            .restart(Restart.UNLESS_STOPPED).memLimit("256m").healthcheck(Healthcheck.cmd("rq", "info")))
        .layer(Layer.dev())
        .layer(Layer.prod().service("worker", w -> w.image("ghcr.io/acme/allocation:1.0.0")))
        .build();

    assertThat(report(stack)).isEqualTo("""
        compose.yaml services.worker: CG140 error: service worker has neither image nor build (in base, dev)
          hint: add build: with the folder of its Dockerfile (e.g. build: ./worker) or image: with a pinned image \
        (e.g. nginx:1.27); the base file needs one too when only a layer sets it
        1 error, 0 warnings, 0 infos in 3 environments
        """);
  }

  @Test
  void networkNameComposeRejectsAndAServiceUsingAnotherOne() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27").network("front"))
        .network("front end", Network.defaults())
        .build();

    assertThat(report(stack)).isEqualTo("""
        compose.yaml networks["front end"]: CG151 error: network name "front end" is not valid
          hint: rename it with letters, digits, '.', '_' and '-' only, and update the services that use it
        compose.yaml services.web.networks.front: CG102 error: joins network "front", which is not a top-level network
          hint: did you mean "front end"? Otherwise declare "front" under the top-level networks
        2 errors, 0 warnings, 0 infos in 1 environment
        """);
  }

  @Test
  void hostileContainerNameIsEscapedInEveryMessage() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("nginx:1.27").containerName("web\"\n# injected"))
        .service(Service.builder("api").image("acme/api:1.0").containerName("web\"\n# injected"))
        .build();

    assertThat(report(stack)).isEqualTo("""
        compose.yaml services.api.container_name: CG130 error: container_name "web\\"\\n# injected" is also used by \
        services.web.container_name
          hint: give each service its own container_name, or drop container_name and let Compose name the containers
        compose.yaml services.api.container_name: CG132 error: container_name "web\\"\\n# injected" is not a valid \
        container name
          hint: use letters, digits, '_', '.' and '-', starting with a letter or digit, at least 2 characters
          also at: compose.yaml services.web.container_name
        3 errors, 0 warnings, 0 infos in 1 environment
        """);
  }

  @Test
  void allServicesFragmentOfProdSetsAContainerNameOnEveryService() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("acme/web:1.0").restart(Restart.UNLESS_STOPPED).memLimit("256m")
            .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost/")))
        .service(Service.builder("api").image("acme/api:1.0").restart(Restart.UNLESS_STOPPED).memLimit("256m")
            .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost/")))
        .layer(Layer.prod().allServices(s -> s.containerName("shop")))
        .build();

    assertThat(report(stack)).isEqualTo("""
        compose.prod.yaml services.api.container_name: CG130 error: container_name "shop" is also used by \
        services.web.container_name (in prod)
          hint: give each service its own container_name, or drop container_name and let Compose name the containers
        compose.prod.yaml services.api.container_name: CG407 warning: container_name "shop" is fixed in production, \
        so the service cannot scale and clashes with any other container of that name on the host (in prod)
          hint: drop container_name from production; keep it in the dev layer if it helps there
          also at: compose.prod.yaml services.web.container_name
        compose.prod.yaml services.api.container_name: CG502 info: docker stack deploy ignores container_name: \
        Swarm names the containers <stack>_api.<n>.<id> (in prod)
          hint: drop container_name from production; address the service by its name on the stack's network
        compose.prod.yaml services.web.container_name: CG502 info: docker stack deploy ignores container_name: \
        Swarm names the containers <stack>_web.<n>.<id> (in prod)
          hint: drop container_name from production; address the service by its name on the stack's network
        1 error, 2 warnings, 2 infos in 2 environments
        """);
  }

  @Test
  void presetConnectedWithoutItsSecretDeclared() {
    Service.Builder web = Service.builder("web").image("acme/web:1.0");
    Presets.postgres().connect(web, false);
    Stack stack = Stack.builder("shop").service(web).service(Presets.postgres().service()).build();

    assertThat(report(stack)).isEqualTo("""
        compose.yaml services.db.secrets[0]: CG104 error: uses secret "db_password", which is not a top-level secret
          hint: declare "db_password" under the top-level secrets
          also at: compose.yaml services.web.secrets[0]
        compose.yaml services.db.volumes[0]: CG103 error: mounts volume "db-data", which is not a top-level volume
          hint: declare "db-data" under the top-level volumes, or write ./db-data to bind a host folder
        3 errors, 0 warnings, 0 infos in 1 environment
        """);
  }

  @Test
  void dependencyOnAServiceThatOnlyTheDevLayerWaitsForHealthily() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("acme/web:1.0"))
        .service(Service.builder("db").image("postgres:16"))
        .layer(Layer.dev().service("web", w -> w.dependsOn("db", Condition.HEALTHY)))
        .build();

    assertThat(report(stack)).isEqualTo("""
        compose.override.yaml services.web.depends_on.db: CG111 error: waits for service "db" to be healthy, but db \
        has no healthcheck (in dev)
          hint: add a healthcheck to service db (a HEALTHCHECK in its image is not visible here: repeat it on \
        the service), or wait with condition: service_started
        1 error, 0 warnings, 0 infos in 2 environments
        """);
  }
}
