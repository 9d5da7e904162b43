package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.ReportFormat;
import io.composegen.generator.validate.Severity;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ComposeFileSet#locate}: the rules' findings in compose files read from disk, at their lines. */
class ComposeFileSetLocateTest {

  @TempDir
  Path dir;

  private ValidationReport validate(List<Path> files, Validator validator) {
    ReadResult<Stack> read = ComposeFileSet.read(files, dir);
    assertThat(read.problems()).isEmpty();
    return ComposeFileSet.locate(validator.validate(read.value()), files, dir);
  }

  private static String line(Problem p) {
    return p.location() + " " + p.code();
  }

  @Test
  void findingsPointToTheKeyOrItemTheirPathNamesInTheFileThatHoldsIt() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("deploy"));
    Path base = Files.writeString(sub.resolve("docker-compose.yml"), """
        services:
          web:
            image: nginx:1.27-alpine
            ports:
              - "8080:80"
          api:
            image: example/api:1.0
            ports:
              - "8081:8080"
              - "8080:8080"
        """);
    Path prod = Files.writeString(sub.resolve("docker-compose.prod.yml"), """
        services:
          api:
            privileged: true
        """);

    ValidationReport report = validate(List.of(base, prod), Validator.create());

    assertThat(report.problems()).map(ComposeFileSetLocateTest::line).contains(
        "deploy/docker-compose.yml:10:9 services.api.ports[1] CG120",
        "deploy/docker-compose.prod.yml:3:5 services.api.privileged CG202");
    // a list item is placed where its value starts; a finding about a service as a whole, at the service's key
    assertThat(report.problems()).filteredOn(p -> p.code().equals("CG405")).map(Problem::location)
        .contains("deploy/docker-compose.yml:2:3 services.web", "deploy/docker-compose.yml:6:3 services.api");
  }

  @Test
  void theOtherPlaceAFindingNamesIsPlacedTooAndReachesTheJsonAndSarifReports() throws IOException {
    Path base = Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web:
            image: traefik:v3.1
            ports:
              - "443:443"
            container_name: edge
        """);
    Path dev = Files.writeString(dir.resolve("compose.override.yaml"), """
        services:
          docs:
            image: caddy:2.8
            ports:
              - "443:443"
            container_name: edge
        """);

    ValidationReport report = validate(List.of(base, dev), Validator.create());

    Problem ports = report.problems().stream().filter(p -> p.code().equals("CG120")).findFirst().orElseThrow();
    assertThat(ports.location()).isEqualTo("compose.override.yaml:5:9 services.docs.ports[0]");
    assertThat(ports.message()).contains("also by compose.yaml services.web.ports[0]");
    assertThat(ports.related()).map(Problem.Place::location).containsExactly("compose.yaml:5:9 services.web.ports[0]");
    Problem names = report.problems().stream().filter(p -> p.code().equals("CG130")).findFirst().orElseThrow();
    assertThat(names.related()).map(Problem.Place::location)
        .containsExactly("compose.yaml:6:5 services.web.container_name");

    JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(report));
    JsonNode related = StreamSupport.stream(json.path("problems").spliterator(), false)
        .filter(p -> p.path("code").asText().equals("CG120")).findFirst().orElseThrow().path("related");
    assertThat(related.toString()).isEqualTo(
        "[{\"file\":\"compose.yaml\",\"line\":5,\"column\":9,\"path\":\"services.web.ports[0]\"}]");
    JsonNode sarif = new ObjectMapper().readTree(ReportFormat.SARIF.render(report));
    JsonNode result = StreamSupport.stream(sarif.path("runs").get(0).path("results").spliterator(), false)
        .filter(r -> r.path("ruleId").asText().equals("CG120")).findFirst().orElseThrow();
    JsonNode other = result.path("relatedLocations").get(0);
    assertThat(other.path("id").asInt()).isEqualTo(1);
    assertThat(other.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("compose.yaml");
    assertThat(other.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(5);
    assertThat(other.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("services.web.ports[0]");
    assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("compose.override.yaml");
  }

  @Test
  void aPathTheFileWritesInAnotherSyntaxPointsToTheClosestEnclosingKey() throws IOException {
    Path base = Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web:
            image: nginx:1.27-alpine
            environment:
              - LOG_LEVEL=info
              - SECRET_KEY=not-so-secret
        """);

    ValidationReport report = validate(List.of(base), Validator.create());

    // the model's path is environment.SECRET_KEY; the file holds a list, so the finding points to environment:
    assertThat(report.problems()).filteredOn(p -> p.code().equals("CG201")).map(Problem::location)
        .containsExactly("compose.yaml:4:5 services.web.environment.SECRET_KEY");
  }

  @Test
  void acknowledgedFindingsArePlacedTooAndOthersAreKeptAsTheyAre() throws IOException {
    Path base = Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web:
            image: nginx:1.27-alpine
            ports:
              - "8080:80"
          api:
            image: example/api:1.0
            ports:
              - "8080:8080"
        """);
    Validator validator = Validator.builder().acknowledge("api", "CG120", "never both at once").build();
    ValidationReport unplaced = validator.validate(ComposeFileSet.read(List.of(base), dir).value());
    Problem elsewhere = new Problem("app/Dockerfile", ModelPath.of("stages"),
        Severity.WARNING, "CG801", "m", "h");
    ValidationReport withOther = new ValidationReport(
        Stream.concat(unplaced.problems().stream(), Stream.of(elsewhere)).toList(),
        unplaced.acknowledged(), unplaced.environments(), unplaced.failOn());

    ValidationReport report = ComposeFileSet.locate(withOther, List.of(base), dir);

    assertThat(report.acknowledged()).map(a -> line(a.problem()))
        .containsExactly("compose.yaml:9:9 services.api.ports[0] CG120");
    assertThat(report.problems()).contains(elsewhere);
    assertThat(report.problems()).filteredOn(p -> p.file().equals("compose.yaml")).allMatch(p -> p.line() > 0);
  }

  @Test
  void aReportWithNothingToPlaceIsReturnedAsItIs() throws IOException {
    Path base = Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27-alpine\n");
    ValidationReport report = new ValidationReport(List.of(), List.of(), List.of("base"),
        Severity.ERROR);

    assertThat(ComposeFileSet.locate(report, List.of(base), dir)).isSameAs(report);
  }
}
