package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variable references that neither the environment nor {@code .env} sets (CG601), checked against the variables
 * {@code docker-compose config} warns about.
 */
class UnsetVariablesTest {

  private static final Pattern NOT_SET = Pattern.compile("The (\\w+) variable is not set\\. Defaulting to a blank");

  @TempDir
  Path dir;

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), text);
  }

  private List<Problem> find(Map<String, String> environment, String... files) {
    return UnsetVariables.find(java.util.Arrays.stream(files).map(dir::resolve).toList(), dir, environment);
  }

  @Test
  void reportsEachUnsetReferenceWithItsPlaceAndWhatToDo() throws IOException {
    write(".env", "# versions\nexport CG_TAG=1.0\n");
    write("compose.yaml", """
        services:
          web:
            image: "acme/web:${CG_TAG}"
            command: ["serve", "--port", "$CG_PORT"]
            environment:
              PASSWORD: ${CG_PASSWORD:?set the password}
              FROM_SHELL: ${CG_SHELL}
              DEFAULTED: ${CG_LEVEL:-info}
              LITERAL: $$CG_LITERAL
              ${CG_KEY}: keys are not interpolated
        """);

    List<Problem> problems = find(Map.of("CG_SHELL", "x"), "compose.yaml");

    assertThat(problems).map(Problem::toString).containsExactly(
        "compose.yaml:4:34 services.web.command[2]: CG601 warning: variable CG_PORT is set neither"
            + " in the environment nor in .env: Compose substitutes an empty string\n"
            + "  hint: add CG_PORT=<value> to .env (or export CG_PORT where Compose runs), or give the reference a"
            + " default: ${CG_PORT:-<value>}",
        "compose.yaml:6:17 services.web.environment.PASSWORD: CG601 warning: variable CG_PASSWORD"
            + " is set neither in the environment nor in .env: Compose stops with an error\n"
            + "  hint: add CG_PASSWORD=<value> to .env (or export CG_PASSWORD where Compose runs), or give the"
            + " reference a default: ${CG_PASSWORD:-<value>}");
    assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void followsComposeV2ForKeysWithoutValueAndNestedDefaults() throws IOException {
    // docker-compose 1.29.2 takes a key alone in .env as set (to "None"); Compose v2 takes it from the environment
    write(".env", "CG_BARE\n");
    write("compose.yaml", """
        services:
          web:
            image: nginx
            environment:
              A: ${CG_BARE}
              B: ${CG_SET:-${CG_NOT_USED}}
              C: ${CG_UNSET:-${CG_USED}}
              D: ${CG_SET:+${CG_ALTERNATIVE}}
              E: ${CG_SET:-${CG_SET:+${CG_IN_AN_UNUSED_DEFAULT}}}
              F: ${CG_SET:-${CG_WRITTEN_TWICE}} ${CG_WRITTEN_TWICE}
        """);

    assertThat(find(Map.of("CG_SET", "1"), "compose.yaml")).map(p -> p.path().toString())
        .containsExactly("services.web.environment.A", "services.web.environment.C",
            "services.web.environment.D", "services.web.environment.F");
  }

  @Test
  void reportsInEveryFileGivenWithTheDotEnvOfTheFirstFilesFolder() throws IOException {
    write(".env", "CG_BASE=1\nCG_OPEN=\"unterminated\n");
    write("compose.yaml", "services:\n  web:\n    image: nginx:${CG_BASE}\n");
    write("compose.prod.yaml", "services:\n  web:\n    environment: [\"MODE=${CG_MODE}\"]\n");

    assertThat(find(Map.of(), "compose.yaml", "compose.prod.yaml")).map(Problem::toString).containsExactly(
        "compose.prod.yaml:3:19 services.web.environment[0]: CG601 warning: variable CG_MODE"
            + " is set neither in the environment nor in .env: Compose substitutes an empty string\n"
            + "  hint: add CG_MODE=<value> to .env (or export CG_MODE where Compose runs), or give the reference a"
            + " default: ${CG_MODE:-<value>}; Compose cannot read all of .env: line 2: unterminated quoted value"
            + " \"unterminated");
  }

  @Test
  void saysWhenDotEnvIsNotText() throws IOException {
    Files.write(dir.resolve(".env"), new byte[] {'A', '=', (byte) 0xff, '\n'});
    write("compose.yaml", "services:\n  web:\n    image: nginx:${A}\n");

    assertThat(find(Map.of(), "compose.yaml")).singleElement().extracting(Problem::hint).isEqualTo(
        "add A=<value> to .env (or export A where Compose runs), or give the reference a default: ${A:-<value>};"
            + " Compose cannot read all of .env: it is not readable UTF-8 text (MalformedInputException)");
  }

  @Test
  void neverWritesValuesOfDotEnvIntoTheImportedStack() throws IOException {
    write(".env", "CG_TAG=1.0\n");
    write("compose.yaml", "services:\n  web:\n    image: \"acme/web:${CG_TAG}\"\n");

    assertThat(ComposeFileSet.read(List.of(dir.resolve("compose.yaml")), dir).value().services().get("web").image())
        .isEqualTo("acme/web:${CG_TAG}");
  }

  @Test
  void warnsAboutTheVariablesDockerComposeWarnsAbout() throws IOException {
    write(".env", """
        # settings
        export CG_A=1
        CG_B="two words" # comment
        CG_C='single ${X}'
        CG_D=
          CG_E=indented
        CG_F="line one
        CG_NOT_A_KEY=inside the quotes
        line three"
        CG_G=after
        """);
    write("compose.yaml", """
        services:
          web:
            image: "nginx:${CG_A}${CG_B}${CG_C}${CG_D}${CG_E}${CG_F}${CG_G}${CG_NOT_A_KEY}${CG_UNSET}$CG_PLAIN"
            environment:
              X: ${CG_DEFAULTED:-x}
              Z: $$CG_ESCAPED
            labels: [a=$CG_LABEL]
        """);

    List<String> ours = find(System.getenv(), "compose.yaml").stream()
        .map(p -> p.message().replaceAll("^variable (\\w+) .*", "$1")).toList();

    assertThat(ours).containsExactly("CG_NOT_A_KEY", "CG_UNSET", "CG_PLAIN", "CG_LABEL");
    DockerComposeCli.assumeAvailable();
    DockerComposeCli.Result result = DockerComposeCli.config(dir, List.of("compose.yaml"));
    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    Matcher warned = NOT_SET.matcher(result.stderr());
    List<String> theirs = new java.util.ArrayList<>();
    while (warned.find()) {
      theirs.add(warned.group(1));
    }
    assertThat(ours).containsExactlyInAnyOrderElementsOf(theirs);
  }
}
