package io.composegen.examples.coped;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.examples.support.DockerComposeConfig;
import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.model.Stack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the example promises: the descriptor validates in every environment without a warning, and the committed
 * files (kept in step with it by {@code compose:check}) are what docker-compose accepts, alone and layered, with
 * the seed's environments as the README describes them.
 */
class CopedTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", ".")).toAbsolutePath().normalize();
  private static final DockerComposeConfig COMPOSE = new DockerComposeConfig(DIR, "coped",
      Map.of("COPED_VERSION", "0.1.0", "COPED_HOSTS", "localhost"));

  private static Stack stack() {
    ReadResult<Stack> read = DescriptorReader.create().read(DIR.resolve(DescriptorReader.DEFAULT_PATH));
    assertThat(read.problems()).isEmpty();
    return read.value();
  }

  @Test
  void everyCommittedComposeFileValidatesAgainstTheComposeSchema() {
    List<Path> files = ComposeSchema.composeFiles(DIR);

    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("compose.yaml", "compose.override.yaml", "compose.prod.yaml", "compose.staging.yaml");
    for (Path file : files) {
      assertThat(ComposeSchema.get().validate(file)).as("schema errors in %s", file.getFileName()).isEmpty();
    }
  }

  @Test
  void descriptorIsValidInEveryEnvironmentWithoutWarnings() {
    ValidationReport report = ComposeGenerator.create().validate(stack());

    assertThat(report.environments()).containsExactly("base", "dev", "staging", "prod");
    assertThat(report.errors() + report.warnings()).as(report.toText()).isZero();
  }

  @Test
  void dockerComposeAcceptsEveryEnvironment() {
    for (String[] layers : List.of(new String[0], new String[] {"compose.override.yaml"},
        new String[] {"compose.staging.yaml"}, new String[] {"compose.prod.yaml"})) {
      assertThat(COMPOSE.services(layers)).containsKeys("web", "nginx", "db", "elasticsearch", "voila", "migrate");
    }
  }

  @Test
  void devPublishesTheDjangoServerBesideTheProxy() {
    Map<String, Object> web = service("web", "compose.override.yaml");

    assertThat(published(web)).containsExactly(8000);
    assertThat(web.get("command")).asString().contains("runserver");
    assertThat(published(service("nginx", "compose.override.yaml"))).containsExactly(1337);
  }

  @Test
  void stagingAndProdPublishOnlyTheProxyAndMigrateOnlyOnRequest() {
    for (String layer : List.of("compose.staging.yaml", "compose.prod.yaml")) {
      Map<String, Map<String, Object>> services = COMPOSE.services(layer);
      services.forEach((name, service) -> assertThat(published(service)).as(layer + " " + name)
          .isEqualTo(name.equals("nginx") ? List.of(1337) : List.of()));
      assertThat(services.get("web")).as("the image's command: gunicorn").doesNotContainKey("command");
      assertThat(services.get("web").get("environment")).asString().doesNotContain("DJANGO_MIGRATE_ON_START");
      assertThat(services.get("migrate").get("profiles")).isEqualTo(List.of("migrate"));
      assertThat(services.get("migrate").get("restart")).isEqualTo("no");
      services.forEach((name, service) -> {
        if (!name.equals("migrate")) {
          assertThat(service.get("restart")).as(layer + " " + name).isEqualTo("unless-stopped");
          assertThat(service).as(layer + " " + name).containsKey("mem_limit");
        }
      });
    }
  }

  @Test
  void dataServicesSitOnAnInternalNetworkOnly() {
    Map<String, Object> config = COMPOSE.parsed("compose.prod.yaml");

    assertThat(config.get("networks")).asString().contains("data={internal=true}");
    Map<String, Map<String, Object>> services = COMPOSE.services("compose.prod.yaml");
    assertThat(networks(services.get("db"))).containsExactly("data");
    assertThat(networks(services.get("elasticsearch"))).containsExactly("data");
    assertThat(networks(services.get("nginx"))).containsExactly("frontend");
    assertThat(networks(services.get("web"))).containsExactlyInAnyOrder("frontend", "data");
  }

  @Test
  void secretsReachTheServicesAsFilesOnly() {
    COMPOSE.services("compose.prod.yaml").forEach((name, service) -> {
      Object environment = service.get("environment");
      if (environment instanceof Map<?, ?> variables) {
        variables.keySet().forEach(key -> assertThat(key.toString())
            .as("services.%s.environment", name)
            .doesNotEndWith("PASSWORD").doesNotEndWith("SECRET_KEY").doesNotEndWith("SECRET"));
      }
    });
    assertThat(service("elasticsearch", "compose.prod.yaml").get("environment")).asString()
        .contains("xpack.security.enabled=true", "ELASTIC_PASSWORD_FILE=/run/secrets/elastic_password");
  }

  private static Map<String, Object> service(String name, String... layers) {
    return COMPOSE.services(layers).get(name);
  }

  /** Returns the names of the networks a service joins. */
  private static List<String> networks(Map<String, Object> service) {
    return ((Map<?, ?>) service.get("networks")).keySet().stream().map(Object::toString).toList();
  }

  /** Returns the published host ports of a service, as docker-compose prints them. */
  private static List<Integer> published(Map<String, Object> service) {
    Object ports = service.get("ports");
    if (!(ports instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(port -> ((Number) ((Map<?, ?>) port).get("published")).intValue()).toList();
  }
}
