package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SARIF 2.1.0 report: a golden copy in {@code src/test/resources/invalid/sarif/report.sarif.json} (rewritten
 * with {@code -Dcomposegen.updateExpected=true}) and the fields the SARIF 2.1.0 schema requires.
 */
class SarifReportTest {

  private static final Path GOLDEN = Path.of("src/test/resources/invalid/sarif/report.sarif.json");

  private static ValidationReport report() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("acme/web:latest").port("8080:80").dependsOn("dbb")
            .env("SECRET_KEY", "s3cr3t").restart(Restart.UNLESS_STOPPED).memLimit("256m")
            .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost/")))
        .service(Service.builder("watchtower").image("containrrr/watchtower:1.7.1")
            .volume("/var/run/docker.sock:/var/run/docker.sock").restart(Restart.UNLESS_STOPPED).memLimit("64m")
            .healthcheck(Healthcheck.cmd("/watchtower", "--health-check")))
        .layer(Layer.prod().service("web", w -> w.reset("ports").port("127.0.0.1:8080:80")))
        .build();
    return Validator.builder().acknowledge("watchtower", "CG203", "watchtower updates the other containers").build()
        .validate(stack);
  }

  @Test
  void rendersTheGoldenReport() throws IOException {
    String sarif = ReportFormat.SARIF.render(report());

    if (Boolean.parseBoolean(System.getProperty(ValidationInvalidInputsTest.UPDATE_PROPERTY, "false").trim())) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, sarif, StandardCharsets.UTF_8);
      return;
    }
    assertThat(sarif).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void hasEveryFieldSarif210Requires() throws IOException {
    JsonNode root = new ObjectMapper().readTree(ReportFormat.SARIF.render(report()));

    assertThat(root.path("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    assertThat(root.path("runs")).hasSize(1);
    JsonNode run = root.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("composegen");
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : driver.path("rules")) {
      assertThat(ids.add(rule.path("id").asText())).as("unique rule id").isTrue();
      assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("text").asText()).isNotBlank();
      assertThat(rule.path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
    }
    assertThat(ids).hasSize(RuleRegistry.all().size());
    assertThat(run.path("results")).isNotEmpty();
    for (JsonNode result : run.path("results")) {
      String ruleId = result.path("ruleId").asText();
      assertThat(ids).contains(ruleId);
      assertThat(driver.path("rules").get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(ruleId);
      assertThat(result.path("level").asText()).isIn("error", "warning", "note");
      assertThat(result.path("message").path("text").asText()).isNotBlank();
      JsonNode location = result.path("locations").get(0);
      assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText())
          .startsWith("compose.");
      assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
          .startsWith("services.");
    }
  }

  @Test
  void marksAcknowledgedProblemsAsSuppressed() throws IOException {
    JsonNode results = new ObjectMapper().readTree(ReportFormat.SARIF.render(report())).path("runs").get(0)
        .path("results");

    JsonNode socket = null;
    for (JsonNode result : results) {
      if (result.path("ruleId").asText().equals("CG203")) {
        socket = result;
      }
    }
    assertThat(socket).isNotNull();
    assertThat(socket.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
    assertThat(socket.path("suppressions").get(0).path("justification").asText())
        .isEqualTo("watchtower updates the other containers");
  }

  @Test
  void rendersJsonWithAStableFieldOrder() throws IOException {
    String json = ReportFormat.JSON.render(report());
    JsonNode root = new ObjectMapper().readTree(json);

    assertThat(root.fieldNames()).toIterable().containsExactly("summary", "failed", "failOn", "errors", "warnings",
        "infos", "acknowledged", "environments", "problems");
    assertThat(root.path("problems").get(0).fieldNames()).toIterable().containsExactly("file", "path", "code",
        "severity", "message", "hint", "environments", "acknowledged");
    assertThat(root.path("summary").asText()).isEqualTo(report().summary());
    assertThat(ReportFormat.JSON.render(report())).isEqualTo(json);
  }

  @Test
  void givesReadingProblemsTheirLineAndColumnInEveryFormat() throws IOException {
    io.composegen.generator.imports.Problem read = new io.composegen.generator.imports.Problem(
        io.composegen.model.ModelPath.of("services", "web", "restrat"), "CG701", "unknown key \"restrat\"",
        "did you mean \"restart\"?").at(new io.composegen.generator.imports.Problem.Location("compose.yaml", 5, 5));
    ValidationReport report = new ValidationReport(java.util.List.of(read.toValidationProblem()), java.util.List.of(),
        java.util.List.of(), Severity.ERROR);

    assertThat(report.toText()).startsWith(
        "compose.yaml:5:5 services.web.restrat: CG701 error: unknown key \"restrat\"\n  hint: did you mean \"restart\"?");
    JsonNode result = new ObjectMapper().readTree(ReportFormat.SARIF.render(report)).path("runs").get(0)
        .path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("CG701");
    assertThat(result.path("level").asText()).isEqualTo("error");
    JsonNode physical = result.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("compose.yaml");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(5);
    assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(5);
    JsonNode problem = new ObjectMapper().readTree(ReportFormat.JSON.render(report)).path("problems").get(0);
    assertThat(problem.fieldNames()).toIterable().containsExactly("file", "line", "column", "path", "code",
        "severity", "message", "hint", "environments", "acknowledged");
    assertThat(problem.path("line").asInt()).isEqualTo(5);
  }

  @Test
  void aProblemWithoutALineHasNoRegion() throws IOException {
    Problem problem = new Problem("compose.yaml", io.composegen.model.ModelPath.of("services", "web"), Severity.ERROR,
        "CG101", "m", "h");
    assertThat(problem.location()).isEqualTo("compose.yaml services.web");
    assertThat(problem.at(3, 0).location()).isEqualTo("compose.yaml:3 services.web");
    JsonNode physical = new ObjectMapper().readTree(ReportFormat.SARIF.render(new ValidationReport(
        java.util.List.of(problem), java.util.List.of(), java.util.List.of(), Severity.ERROR))).path("runs").get(0)
        .path("results").get(0).path("locations").get(0).path("physicalLocation");
    assertThat(physical.has("region")).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> problem.at(0, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
