package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator as a whole: environments, de-duplication, acknowledgements, thresholds and the text report. */
class ValidatorTest {

  private static Service.Builder ready(String name) {
    return Service.builder(name).image("acme/" + name + ":1.0").restart(Restart.UNLESS_STOPPED).memLimit("256m")
        .healthcheck(Healthcheck.cmd("curl", "-f", "http://localhost:8080/health"));
  }

  @Test
  void runsOnTheBaseAndEveryResolvedEnvironment() {
    Stack stack = Stack.builder("app").service(ready("web"))
        .layer(Layer.dev().service("web", w -> w.dependsOn("devdb")))
        .layer(Layer.named("staging").service("web", w -> w.dependsOn("stagedb")))
        .layer(Layer.prod().service("web", w -> w.dependsOn("proddb")))
        .build();

    ValidationReport report = Validator.create().validate(stack);

    assertThat(report.environments()).containsExactly("base", "dev", "staging", "prod");
    assertThat(report.problems()).filteredOn(p -> p.code().equals("CG101"))
        .extracting(Problem::location, Problem::environments).containsExactly(
            tuple("compose.override.yaml services.web.depends_on.devdb", List.of("dev")),
            tuple("compose.prod.yaml services.web.depends_on.proddb", List.of("prod")),
            tuple("compose.staging.yaml services.web.depends_on.stagedb", List.of("staging")));
  }

  @Test
  void reportsAProblemFoundInEveryEnvironmentOnceWithoutNamingThem() {
    Stack stack = Stack.builder("app").service(ready("web").dependsOn("db"))
        .layer(Layer.dev()).layer(Layer.prod()).build();

    ValidationReport report = Validator.create().validate(stack);

    assertThat(report.problems()).extracting(Problem::code, Problem::environments).containsExactly(
        tuple("CG503", List.of("prod")), tuple("CG101", List.of()));
    assertThat(report.summary()).isEqualTo("1 error, 0 warnings, 1 info in 3 environments");
  }

  @Test
  void namesTheEnvironmentsOfAProblemFoundInSomeOfThem() {
    Stack stack = Stack.builder("app").service(ready("web").dependsOn("db"))
        .layer(Layer.dev().service(ready("db"))).layer(Layer.named("ci")).layer(Layer.prod()).build();

    assertThat(Validator.create().validate(stack).problems()).filteredOn(p -> p.code().equals("CG101"))
        .extracting(Problem::environments).containsExactly(List.of("base", "ci", "prod"));
  }

  @Test
  void usesTheFileNamesOfTheStackAndItsLayers() {
    Stack stack = Stack.builder("app").baseFileName("docker-compose.yml").service(ready("web"))
        .layer(Layer.prod().fileName("docker-compose.production.yml").service("web", w -> w.image("nginx")))
        .build();

    assertThat(Validator.create().validate(stack).problems()).extracting(Problem::location)
        .containsExactly("docker-compose.production.yml services.web.image");
  }

  @Test
  void listsAcknowledgedProblemsWithoutCountingThem() {
    Stack stack = Stack.builder("app")
        .service(ready("watchtower").volume("/var/run/docker.sock:/var/run/docker.sock"))
        .service(ready("agent").volume("/var/run/docker.sock:/var/run/docker.sock"))
        .layer(Layer.prod()).build();
    Validator validator = Validator.builder()
        .acknowledge("watchtower", "CG203", "watchtower updates the other containers").failOn(Severity.WARNING)
        .build();

    ValidationReport report = validator.validate(stack);

    assertThat(report.problems()).extracting(Problem::location)
        .containsExactly("compose.yaml services.agent.volumes[0]");
    assertThat(report.acknowledged()).extracting(a -> a.problem().location(), a -> a.acknowledgement().reason())
        .containsExactly(
            tuple("compose.yaml services.watchtower.volumes[0]", "watchtower updates the other containers"));
    assertThat(report.summary()).isEqualTo("0 errors, 1 warning, 0 infos in 2 environments; 1 acknowledged");
    assertThat(report.failed()).isTrue();
  }

  @Test
  void failsOnErrorsByDefaultAndOnWarningsWhenAsked() {
    Stack stack = Stack.builder("app").service(Service.builder("web").image("nginx:1.27"))
        .layer(Layer.prod()).build();

    assertThat(Validator.create().validate(stack).failed()).isFalse();
    assertThat(Validator.builder().failOn(Severity.WARNING).build().validate(stack).failed()).isTrue();
    assertThat(Validator.create().check(stack).warnings()).isEqualTo(3);
  }

  @Test
  void throwsAnExceptionListingEveryProblemThenTheSummary() {
    Stack stack = Stack.builder("app").service(ready("web").dependsOn("db").port("8080:80"))
        .service(ready("api").port("8080:8080")).build();

    assertThatThrownBy(() -> Validator.create().check(stack))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.report().errors()).isEqualTo(2);
          assertThat(e.getMessage()).isEqualTo("""
              compose.yaml services.api.ports[0]: CG120 error: host port 8080/tcp is published twice \
              (also by services.web.ports[0])
                hint: publish one of them on another host port, or bind them to different host addresses
              compose.yaml services.web.depends_on.db: CG101 error: depends_on names service "db", which is not defined
                hint: define service "db" or remove the dependency; defined services: api
              2 errors, 0 warnings, 0 infos in 1 environment""");
        });
  }

  @Test
  void sortsProblemsByFileThenPathThenCode() {
    Problem a = new Problem(null, ModelPath.of("services", "web"), Severity.INFO, "CG999", "m", "h");
    Problem b = new Problem("compose.prod.yaml", ModelPath.of("services", "api"), Severity.ERROR, "CG101", "m", "h");
    Problem c = new Problem("compose.yaml", ModelPath.of("services", "web").key("ports").index(10), Severity.ERROR,
        "CG120", "m", "h");
    Problem d = new Problem("compose.yaml", ModelPath.of("services", "web").key("ports").index(2), Severity.ERROR,
        "CG120", "m", "h");
    Problem e = new Problem("compose.yaml", ModelPath.of("services", "web").key("ports").index(2), Severity.WARNING,
        "CG110", "m", "h");

    ValidationReport report = new ValidationReport(List.of(c, e, b, a, d), List.of(), List.of("base"),
        Severity.ERROR);

    assertThat(report.problems()).containsExactly(a, b, e, d, c);
  }

  @Test
  void printsProblemsThatDifferOnlyInTheirPlaceOnceAndNamesTheOtherPlacesUpToTen() {
    List<Problem> problems = new java.util.ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      problems.add(new Problem("compose.yaml", ModelPath.of("services", "s" + (char) ('a' + i - 1), "image"),
          Severity.WARNING, "CG601", "variable TAG is unset", "set TAG").at(i * 10, 5));
    }
    problems.add(new Problem("compose.yaml", ModelPath.of("services", "x", "image"), Severity.WARNING, "CG601",
        "variable TAG is unset", "set TAG", List.of("prod")).at(200, 5));
    problems.add(new Problem("compose.yaml", ModelPath.of("services", "x", "user"), Severity.WARNING, "CG601",
        "variable UID is unset", "set UID").at(210, 5));
    problems.add(new Problem("compose.yaml", ModelPath.of("services", "y", "user"), Severity.WARNING, "CG601",
        "variable UID is unset", "set UID").at(220, 5));
    Problem acknowledged = new Problem("compose.yaml", ModelPath.of("services", "z", "image"), Severity.WARNING,
        "CG601", "variable TAG is unset", "set TAG").at(230, 5);
    ValidationReport report = new ValidationReport(problems, List.of(new ValidationReport.Acknowledged(
        acknowledged, new Acknowledgement("z", "CG601", "z runs latest"))), List.of("base", "prod"), Severity.ERROR);

    assertThat(report.toText()).isEqualTo("""
        compose.yaml:10:5 services.sa.image: CG601 warning: variable TAG is unset
          hint: set TAG
          also at: compose.yaml:20:5 services.sb.image
          also at: compose.yaml:30:5 services.sc.image
          also at: compose.yaml:40:5 services.sd.image
          also at: compose.yaml:50:5 services.se.image
          also at: compose.yaml:60:5 services.sf.image
          also at: compose.yaml:70:5 services.sg.image
          also at: compose.yaml:80:5 services.sh.image
          also at: compose.yaml:90:5 services.si.image
          also at: compose.yaml:100:5 services.sj.image
          also at: compose.yaml:110:5 services.sk.image
          and at 2 more places (the JSON and SARIF reports list every one)
        compose.yaml:200:5 services.x.image: CG601 warning: variable TAG is unset (in prod)
          hint: set TAG
        compose.yaml:210:5 services.x.user: CG601 warning: variable UID is unset
          hint: set UID
          also at: compose.yaml:220:5 services.y.user
        compose.yaml:230:5 services.z.image: CG601 warning (acknowledged): variable TAG is unset
          hint: set TAG
          acknowledged: z runs latest
        0 errors, 16 warnings, 0 infos in 2 environments; 1 acknowledged
        """);
  }

  @Test
  void printsAnEmptyReportAsItsSummary() {
    ValidationReport report = Validator.create().validate(Stack.builder("app").service(ready("web")).build());

    assertThat(report.isClean()).isTrue();
    assertThat(report.toText()).isEqualTo("0 errors, 0 warnings, 0 infos in 1 environment\n");
  }

  @Test
  void rejectsAcknowledgementsWithoutReasonOrWithABadCode() {
    assertThatThrownBy(() -> new Acknowledgement("web", "CG203", " "))
        .hasMessage("acknowledgement of CG203 for service web: give the reason the problem is meant");
    assertThatThrownBy(() -> new Acknowledgement("web", "203", "because"))
        .hasMessage("acknowledgement of service web: code \"203\" is not a rule code such as CG203");
  }

  @Test
  void readsSeverityAndFormatNames() {
    assertThat(Severity.ofLabel("Warning")).isEqualTo(Severity.WARNING);
    assertThat(ReportFormat.ofName("sarif")).isEqualTo(ReportFormat.SARIF);
    assertThatThrownBy(() -> ReportFormat.ofName("xml"))
        .hasMessage("unknown report format \"xml\": use text, json or sarif");
  }
}
