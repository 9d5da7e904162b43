package io.composegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code composegen} run in this JVM on files in a temporary folder, its working folder. */
class MainTest {

  private static final String BASE = """
      services:
        web:
          image: nginx:1.27-alpine
          ports:
            - "8080:80"
          healthcheck:
            test: ["CMD", "wget", "-q", "--spider", "http://localhost/"]
          deploy:
            resources:
              limits:
                memory: 256m
      """;

  private static final String PROD = """
      services:
        web:
          restart: always
      """;

  /** Publishes host port 8080 twice (CG120, an error) and references a variable nothing sets (CG601). */
  private static final String TWICE = """
      services:
        web:
          image: nginx:1.27-alpine
          ports:
            - "8080:80"
        api:
          image: "example/api:${API_TAG}"
          ports:
            - "8080:8080"
      """;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
        StandardCharsets.UTF_8), environment, dir).run(args);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void validatesTheFilesNamedInEveryEnvironmentTheyMake() throws IOException {
    write("compose.yaml", BASE);
    write("compose.prod.yaml", PROD);

    assertThat(run("validate", "compose.yaml", "compose.prod.yaml")).isEqualTo(Main.OK);

    assertThat(out()).isEqualTo("0 errors, 0 warnings, 0 infos in 2 environments\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void withoutFilesValidatesTheComposeFilesOfTheWorkingFolder() throws IOException {
    write("docker-compose.yml", BASE);
    write("docker-compose.prod.yml", PROD);
    write("docker-compose.override.yml", "services:\n  web:\n    environment:\n      DEBUG: \"1\"\n");

    assertThat(run("validate")).isEqualTo(Main.OK);

    assertThat(out()).isEqualTo("0 errors, 0 warnings, 0 infos in 3 environments\n");
  }

  @Test
  void findingsAtTheirLinesFailTheRunAndSayWhatToDo() throws IOException {
    write("compose.yaml", TWICE);

    assertThat(run("validate", "-f", "compose.yaml")).isEqualTo(Main.FAILED);

    assertThat(out())
        .contains("compose.yaml:9:9 services.api.ports[0]: CG120 error: host port 8080/tcp is published twice (also by"
            + " services.web.ports[0])\n  hint: publish one of them on another host port")
        .contains("compose.yaml:7:12 services.api.image: CG601 warning: variable API_TAG is set neither in the"
            + " environment nor in .env")
        .endsWith("1 error, 1 warning, 0 infos in 1 environment\n");
    assertThat(err()).isEqualTo("composegen: 1 error, 1 warning, 0 infos in 1 environment; fix the problems listed,"
        + " or accept one on purpose with --acknowledge SERVICE:CODE:REASON\n");
  }

  @Test
  void variablesSetInTheEnvironmentOrInDotEnvBesideTheBaseFileAreNotReported() throws IOException {
    write("compose.yaml", TWICE.replace("8080:8080", "8081:8080"));

    assertThat(run(Map.of("API_TAG", "1.0"), "validate", "compose.yaml")).isEqualTo(Main.OK);
    assertThat(out()).doesNotContain("CG601");

    write(".env", "API_TAG=1.0\n");
    out.reset();
    assertThat(run("validate", "compose.yaml")).isEqualTo(Main.OK);
    assertThat(out()).isEqualTo("0 errors, 0 warnings, 0 infos in 1 environment\n");
  }

  @Test
  void aFileThatCannotBeReadIsReportedAtItsPlaceAndNothingIsValidated() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: [nginx\n");

    assertThat(run("validate", "compose.yaml", "compose.prod.yaml")).isEqualTo(Main.FAILED);

    assertThat(out()).contains("compose.yaml:4:1 (root): CG700 error: not valid YAML")
        .contains("compose.prod.yaml (root): CG700 error: compose.prod.yaml does not exist")
        .endsWith("2 errors, 0 warnings, 0 infos\n");
    assertThat(err()).isEqualTo("composegen: 2 problems reading the compose files; fix them and run again\n");
  }

  @Test
  void aLongerFileThanTheLimitIsRefusedBeforeItIsParsed() throws IOException {
    write("compose.yaml", BASE);

    assertThat(run("validate", "--max-file-size=20", "compose.yaml")).isEqualTo(Main.FAILED);

    assertThat(out()).contains("compose.yaml (root): CG700 error: the file is longer than 20 characters")
        .contains("--max-file-size");
  }

  @Test
  void printsTheReportAsJsonOrSarifOnTheOutput() throws IOException {
    write("compose.yaml", TWICE);

    assertThat(run("validate", "--format", "json", "compose.yaml")).isEqualTo(Main.FAILED);
    JsonNode json = new ObjectMapper().readTree(out());
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("problems").findValuesAsText("code")).containsExactlyInAnyOrder("CG120", "CG601");

    out.reset();
    assertThat(run("validate", "--format=SARIF", "compose.yaml")).isEqualTo(Main.FAILED);
    JsonNode sarif = new ObjectMapper().readTree(out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId")).contains("CG120", "CG601");
  }

  @Test
  void writesTheReportFileInItsFormatAndShowsTheTextOnTheOutput() throws IOException {
    write("compose.yaml", TWICE);

    assertThat(run("validate", "--format", "sarif", "--report", "reports/composegen.sarif")).isEqualTo(Main.FAILED);

    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("reports/composegen.sarif").toFile());
    assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("composegen");
    assertThat(out()).contains("CG120 error").endsWith("1 error, 1 warning, 0 infos in 1 environment\n");
    try (Stream<Path> files = Files.list(dir.resolve("reports"))) {
      assertThat(files).containsExactly(dir.resolve("reports/composegen.sarif"));
    }
  }

  @Test
  void aReportThatCannotBeWrittenIsAnErrorOfTheCommandLine() throws IOException {
    write("compose.yaml", BASE);
    write("taken", "a file, not a folder");

    assertThat(run("validate", "--report", "taken/report.json", "compose.yaml")).isEqualTo(Main.USAGE);

    assertThat(err()).startsWith("composegen: cannot write the report taken/report.json: ")
        .endsWith("; name a file in a folder that can be written with --report\n");
    assertThat(dir.resolve("taken")).hasContent("a file, not a folder");
  }

  @Test
  void failOnSetsTheLowestSeverityThatFails() throws IOException {
    write("compose.yaml", TWICE.replace("8080:8080", "8081:8080"));

    assertThat(run("validate", "compose.yaml")).isEqualTo(Main.OK);
    assertThat(run("validate", "--fail-on", "warning", "compose.yaml")).isEqualTo(Main.FAILED);
    assertThat(err()).startsWith("composegen: 0 errors, 1 warning, 0 infos in 1 environment; fix the problems");
  }

  @Test
  void acknowledgedProblemsAreListedWithTheirReasonAndDoNotFail() throws IOException {
    write("compose.yaml", TWICE);

    assertThat(run("validate", "--acknowledge", "api:CG120:the proxy: not both run at once",
        "--acknowledge=*:CG601:API_TAG comes from CI", "compose.yaml")).isEqualTo(Main.OK);

    assertThat(out()).contains("  acknowledged: the proxy: not both run at once\n")
        .contains("  acknowledged: API_TAG comes from CI\n")
        .endsWith("0 errors, 0 warnings, 0 infos in 1 environment; 2 acknowledged\n");
  }

  @Test
  void quietPrintsNothingWhenNothingIsFoundAndTheFindingsOtherwise() throws IOException {
    write("compose.yaml", BASE);
    assertThat(run("validate", "-q", "compose.yaml")).isEqualTo(Main.OK);
    assertThat(out()).isEmpty();

    write("compose.yaml", TWICE);
    assertThat(run("validate", "--quiet", "compose.yaml")).isEqualTo(Main.FAILED);
    assertThat(out()).contains("CG120");
  }

  @Test
  void afterTwoDashesEveryArgumentIsAFile() throws IOException {
    write("-base.yaml", BASE);

    assertThat(run("validate", "--", "-base.yaml")).isEqualTo(Main.OK);
    assertThat(out()).isEqualTo("0 errors, 0 warnings, 0 infos in 1 environment\n");
  }

  @Test
  void wrongCommandLinesAreRefusedWithWhatToChange() {
    assertUsage(new String[] {}, "no command given; to validate compose files: composegen validate [FILE...]");
    assertUsage(new String[] {"check"},
        "unknown command check; the command is validate (composegen validate [options] [FILE...])");
    assertUsage(new String[] {"--verbose"},
        "unknown option --verbose; the command is validate (composegen validate [options] [FILE...])");
    assertUsage(new String[] {"validate", "--fromat", "json"}, "unknown option --fromat of validate; its options are"
        + " -f/--file, --format, --report, --fail-on, --acknowledge, --max-file-size, -q/--quiet and -h/--help");
    assertUsage(new String[] {"validate", "--format"}, "option --format needs a value: text, json or sarif");
    assertUsage(new String[] {"validate", "--format", "xml"},
        "--format: unknown report format \"xml\": use text, json or sarif");
    assertUsage(new String[] {"validate", "--fail-on", "fatal"},
        "--fail-on: unknown severity \"fatal\": use error, warning or info");
    assertUsage(new String[] {"validate", "--max-file-size", "3MB"}, "--max-file-size is \"3MB\"; give the longest"
        + " compose file to read in characters, a whole number from 1 to 2147483647, e.g. 3145728");
    assertUsage(new String[] {"validate", "--acknowledge", "db:CG203"}, "--acknowledge \"db:CG203\" needs"
        + " SERVICE:CODE:REASON, e.g. --acknowledge 'db:CG203:reached only from the host' (* as SERVICE for every"
        + " service)");
    assertUsage(new String[] {"validate", "--acknowledge", "db:203:why"},
        "--acknowledge \"db:203:why\": acknowledgement of service db: code \"203\" is not a rule code such as CG203");
    assertUsage(new String[] {"validate", "--quiet=yes"}, "option --quiet takes no value; remove =yes");
    assertUsage(new String[] {"validate", "--report="}, "option --report needs a file name, not an empty one");
  }

  private void assertUsage(String[] args, String message) {
    out.reset();
    err.reset();
    assertThat(run(args)).as(String.join(" ", args)).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("composegen: " + message + "\nRun composegen --help for the commands and their"
        + " options.\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void aFolderWithoutComposeFilesNamesWhatWasLookedFor() {
    assertThat(run("validate")).isEqualTo(Main.USAGE);

    assertThat(err()).startsWith("composegen: no compose file here (" + dir.toAbsolutePath().normalize()
        + " holds none of compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml); name the files");
  }

  @Test
  void twoLayerFilesOfOneLayerInTheFolderAskForTheFilesToBeNamed() throws IOException {
    write("docker-compose.yml", BASE);
    write("docker-compose.override.yml", PROD);
    write("docker-compose-development.yml", PROD);

    assertThat(run("validate")).isEqualTo(Main.USAGE);

    assertThat(err()).contains("; name the files to validate, the base first: composegen validate compose.yaml"
        + " compose.prod.yaml\n");
  }

  @Test
  void helpAndVersion() {
    assertThat(run("--help")).isEqualTo(Main.OK);
    assertThat(out()).startsWith("Usage: composegen validate [options] [FILE...]\n").contains("--max-file-size");
    out.reset();
    assertThat(run("validate", "--help", "--format", "json")).isEqualTo(Main.OK);
    assertThat(out()).isEqualTo(Main.help());
    out.reset();
    assertThat(run("--version")).isEqualTo(Main.OK);
    // the version of the build, filtered into the jar's resources
    assertThat(out()).matches("composegen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(err()).isEmpty();
  }
}
