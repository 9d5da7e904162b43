package io.composegen.generator.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.ComposeGenerator;
import io.composegen.testkit.ComposeSchema;
import io.composegen.model.Stack;
import io.composegen.model.preset.Preset;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectInferenceTest {

  private static ProjectFacts facts(List<String> dependencies, boolean spring) {
    return new ProjectFacts("Orders.Service", "1.2.0", null, null, "jar", "21", 8080, dependencies, spring, true);
  }

  @Test
  void makesTheProjectAServiceBuiltByTheJavaMavenRecipe() {
    Stack stack = ProjectInference.infer(facts(List.of(), false), true);
    Service app = stack.services().get("orders-service");

    assertThat(stack.name()).isEqualTo("orders-service");
    assertThat(stack.services()).containsOnlyKeys("orders-service");
    assertThat(app.generatedBuild().context()).isEqualTo(".");
    assertThat(app.ports()).extracting(Object::toString).containsExactly("8080:8080");
    assertThat(stack.layers()).containsOnlyKeys("dev", "prod");
  }

  @Test
  void developmentOpensADebuggerAndPublishesEveryPortOnLoopbackOnly() {
    Stack stack = ProjectInference.infer(facts(List.of("org.postgresql:postgresql", "redis.clients:jedis"), false),
        true);
    Stack dev = stack.resolve("dev");

    Service app = dev.services().get("orders-service");
    assertThat(app.environment()).containsEntry("JAVA_TOOL_OPTIONS",
        "-XX:MaxRAMPercentage=75.0 -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005");
    assertThat(app.ports()).extracting(Object::toString).containsExactly("8080:8080", "127.0.0.1:5005:5005");
    assertThat(dev.services().get("db").ports()).extracting(Object::toString).containsExactly("127.0.0.1:5432:5432");
    assertThat(dev.services().get("redis").ports()).extracting(Object::toString)
        .containsExactly("127.0.0.1:6379:6379");
    Stack prod = stack.resolve("prod");
    assertThat(prod.services().get("db").ports()).isEmpty();
    assertThat(prod.services().get("orders-service").environment()).doesNotContainKey("JAVA_TOOL_OPTIONS");
  }

  @Test
  void infersPostgresAndRedisFromTheirClientsAndWiresSpringBoot() {
    Stack stack = ProjectInference.infer(facts(List.of("org.springframework.boot:spring-boot-starter-web",
        "org.postgresql:postgresql", "io.lettuce:lettuce-core"), true), true);
    Service app = stack.services().get("orders-service");

    assertThat(stack.services()).containsOnlyKeys("orders-service", "db", "redis");
    assertThat(app.dependsOn()).containsOnlyKeys("db", "redis");
    assertThat(app.dependsOn().get("db").condition()).isEqualTo(Condition.HEALTHY);
    assertThat(app.environment()).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/app")
        .containsEntry("SPRING_DATA_REDIS_HOST", "redis");
    assertThat(stack.secrets()).containsOnlyKeys("db_password");
  }

  @Test
  void infersEachBackingServiceOnceWhateverTheNumberOfClients() {
    List<Preset> presets = ProjectInference.backingServices(
        facts(List.of("redis.clients:jedis", "io.lettuce:lettuce-core"), false));

    assertThat(presets).extracting(Preset::name).containsExactly("redis");
  }

  @Test
  void canBeToldNotToInfer() {
    Stack stack = ProjectInference.infer(facts(List.of("org.postgresql:postgresql"), false), false);

    assertThat(stack.services()).containsOnlyKeys("orders-service");
  }

  @Test
  void refusesTwoDatabasesThatWouldShareAName() {
    assertThatThrownBy(() -> ProjectInference.infer(
        facts(List.of("org.postgresql:postgresql", "com.mysql:mysql-connector-j"), false), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dependencies org.postgresql:postgresql and com.mysql:mysql-connector-j both call for a service "
            + "named \"db\"; turn inference off and describe the services in the stack descriptor");
  }

  @Test
  void rendersFilesTheSchemaAccepts() {
    Stack stack = ProjectInference.infer(facts(List.of("org.postgresql:postgresql", "com.rabbitmq:amqp-client"),
        true), true);

    Map<String, String> files = ComposeGenerator.create().render(stack);

    assertThat(files).containsKeys("compose.yaml", "compose.override.yaml", "compose.prod.yaml", "Dockerfile",
        ".dockerignore");
    for (String file : List.of("compose.yaml", "compose.override.yaml", "compose.prod.yaml")) {
      assertThat(ComposeSchema.get().validate(files.get(file))).as(file).isEmpty();
    }
  }
}
