package io.composegen.examples.ratemymodule;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.testkit.ComposeSchema;
import io.composegen.examples.support.DockerComposeConfig;
import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.model.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the example promises: the descriptor validates in every environment with only the two problems the pom
 * acknowledges, and the committed files (kept in step with it by {@code compose:check}) are what docker-compose
 * accepts, alone and layered, with the seed's production setup and no secret in plain text.
 */
class RateMyModuleTest {

  private static final Path DIR = Path.of(System.getProperty("example.dir", ".")).toAbsolutePath().normalize();
  private static final DockerComposeConfig COMPOSE = new DockerComposeConfig(DIR, "ratemymodule", Map.of(
      "OAUTH_GOOGLE_CLIENT_ID", "client.apps.googleusercontent.com",
      "OAUTH_MICROSOFT_CLIENT_ID", "00000000-0000-0000-0000-000000000000",
      "EMAIL_HOST", "smtp.example.com",
      "EMAIL_HOST_USER", "ratemymodule@example.com"));
  private static final String SCOPE = "com.centurylinklabs.watchtower.scope";

  private static Stack stack() {
    ReadResult<Stack> read = DescriptorReader.create().read(DIR.resolve(DescriptorReader.DEFAULT_PATH));
    assertThat(read.problems()).isEmpty();
    return read.value();
  }

  @Test
  void everyCommittedComposeFileValidatesAgainstTheComposeSchema() {
    List<Path> files = ComposeSchema.composeFiles(DIR);

    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("compose.yaml", "compose.override.yaml", "compose.prod.yaml");
    for (Path file : files) {
      assertThat(ComposeSchema.get().validate(file)).as("schema errors in %s", file.getFileName()).isEmpty();
    }
  }

  @Test
  void descriptorIsValidWithOnlyThePomsAcknowledgements() {
    // The same acknowledgements as the plugin's <acknowledgements> in pom.xml.
    Validator validator = Validator.builder()
        .acknowledge("watchtower", "CG203", "watchtower recreates containers through the Docker API")
        .acknowledge("latest-app", "CG401", "the latest channel follows the main branch")
        .build();
    ValidationReport report = ComposeGenerator.builder().validator(validator).build().validate(stack());

    assertThat(report.environments()).containsExactly("base", "dev", "prod");
    assertThat(report.errors() + report.warnings()).as(report.toText()).isZero();
    assertThat(report.acknowledged()).extracting(a -> a.problem().code()).containsExactlyInAnyOrder("CG203", "CG401");
  }

  @Test
  void dockerComposeAcceptsEveryEnvironment() {
    assertThat(COMPOSE.services()).containsOnlyKeys("latest-app", "latest-proxy");
    assertThat(COMPOSE.services("compose.override.yaml")).containsOnlyKeys("latest-app", "latest-proxy");
    assertThat(COMPOSE.services("compose.prod.yaml"))
        .containsOnlyKeys("latest-app", "latest-proxy", "stable-app", "stable-proxy", "watchtower");
  }

  @Test
  void prodRunsBothChannelsBehindTheSharedProxyNetworkAndWatchtowerUpdatesThem() {
    Map<String, Object> config = COMPOSE.parsed("compose.prod.yaml");
    Map<String, Map<String, Object>> services = COMPOSE.services("compose.prod.yaml");

    assertThat(config.get("networks")).asString()
        .contains("frontend={external=true, name=proxy-apps}", "backend={internal=true}");
    assertThat(services.get("latest-app").get("image")).isEqualTo(
        "git.cs.bham.ac.uk:5050/team-projects-2023-24/team55:latest");
    assertThat(services.get("stable-app").get("image")).isEqualTo(
        "git.cs.bham.ac.uk:5050/team-projects-2023-24/team55:stable");
    assertThat(networks(services.get("latest-proxy"))).containsExactlyInAnyOrder("backend", "frontend");
    assertThat(networks(services.get("stable-proxy"))).containsExactlyInAnyOrder("backend", "frontend");
    assertThat(networks(services.get("latest-app"))).doesNotContain("frontend");
    assertThat(networks(services.get("stable-app"))).doesNotContain("frontend");
    assertThat(services.get("watchtower").get("command")).asString().contains("--scope ratemymodule");
    services.forEach((name, service) -> {
      assertThat(service.get("labels")).as(name).asString().contains(SCOPE + "=ratemymodule");
      assertThat(service.get("restart")).as(name).isEqualTo("unless-stopped");
      assertThat(service).as(name).containsKey("mem_limit").doesNotContainKey("container_name");
    });
    assertThat(services.get("stable-app").get("environment")).asString()
        .contains("PRODUCTION=true", "DEBUG=false");
    assertThat(services.get("latest-app").get("environment")).asString().contains("DEBUG=false");
  }

  @Test
  void devBuildsTheLatestAppAndPublishesItsProxyOnLoopbackOnly() {
    Map<String, Map<String, Object>> services = COMPOSE.services("compose.override.yaml");

    assertThat(services.get("latest-app")).containsKey("build");
    assertThat(services.get("latest-app").get("environment")).asString().contains("DEBUG=true");
    assertThat(services.get("latest-proxy").get("ports")).isEqualTo(List.of("127.0.0.1:8080:8080/tcp"));
  }

  @Test
  void noSecretOfTheSeedIsWrittenInPlainText() throws Exception {
    Pattern secretName = Pattern.compile("SECRET_KEY|_SECRET|PASSWORD");

    for (String layer : List.of("compose.override.yaml", "compose.prod.yaml")) {
      COMPOSE.services(layer).forEach((name, service) -> {
        if (service.get("environment") instanceof Map<?, ?> variables) {
          variables.forEach((key, value) -> {
            if (secretName.matcher(key.toString()).find()) {
              assertThat(key.toString()).as("%s %s", layer, name).endsWith("_FILE");
              assertThat(value.toString()).startsWith("/run/secrets/");
            }
          });
        }
      });
    }
    for (String file : List.of("compose.yaml", "compose.override.yaml", "compose.prod.yaml")) {
      assertThat(Files.readString(DIR.resolve(file))).doesNotContain("*****");
    }
  }

  private static List<String> networks(Map<String, Object> service) {
    return ((Map<?, ?>) service.get("networks")).keySet().stream().map(Object::toString).toList();
  }
}
