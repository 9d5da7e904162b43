package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/validation.md} is what {@link ValidationReference} generates from the rule registry, so the rule
 * reference cannot drift. With {@code -Dcomposegen.updateDocs=true} the test writes the page instead of comparing.
 */
class ValidationReferenceTest {

  @TempDir
  Path dir;

  @Test
  void docsMatchWhatTheRuleRegistryGenerates() throws IOException {
    String generated = ValidationReference.markdown();

    if (Boolean.parseBoolean(System.getProperty(ValidationReference.UPDATE_PROPERTY, "false").trim())) {
      Files.writeString(ValidationReference.PAGE, generated, StandardCharsets.UTF_8);
      System.out.println("[docs] " + ValidationReference.UPDATE_PROPERTY + "=true: wrote "
          + ValidationReference.PAGE.toAbsolutePath().normalize());
      return;
    }
    assertThat(ValidationReference.PAGE).as("%s is missing; run %s", ValidationReference.PAGE,
        ValidationReference.UPDATE_COMMAND).isRegularFile();
    String onDisk = Files.readString(ValidationReference.PAGE, StandardCharsets.UTF_8);
    assertThat(onDisk)
        .as("%s differs from what the rule registry generates (%s); run %s and review the diff",
            ValidationReference.PAGE, firstDifference(onDisk, generated),
            ValidationReference.UPDATE_COMMAND)
        .isEqualTo(generated);
  }

  @Test
  void documentsEveryRuleWithItsExampleAndFix() {
    String page = ValidationReference.markdown();

    assertThat(RuleRegistry.all()).allSatisfy(rule -> {
      assertThat(page).contains("\n#### " + rule.code() + ": ");
      assertThat(page).contains("](#" + rule.code().toLowerCase() + "-");
      assertThat(page).contains(rule.example());
    });
    assertThat(page).contains("#### CG301: the final stage runs as root\n\nSeverity: warning. See also: "
        + "hadolint DL3002.\n");
    assertThat(page).contains("#### CG401: an untagged or latest image in production\n\nSeverity: warning, in "
        + "production environments only.\n");
  }

  @Test
  void runsTheSamplesAsThePageShowsThem() throws IOException {
    ValidationReport report = ValidationDocSamples.validate(ValidationDocSamples.stack(), dir);

    assertThat(report.summary()).isEqualTo("2 errors, 1 warning, 0 infos in 2 environments; 1 acknowledged");
    assertThat(report.failed()).isTrue();
    assertThat(dir.resolve("composegen.sarif")).isRegularFile();
    assertThat(dir.resolve("compose.yaml")).doesNotExist();
    assertThat(ValidationReference.snippet("validate")).startsWith("Validator validator = Validator.builder()\n");
  }

  /** Describes the first line at which the page on disk and the generated one differ. */
  private static String firstDifference(String onDisk, String generated) {
    String[] was = onDisk.split("\n", -1);
    String[] now = generated.split("\n", -1);
    for (int i = 0; i < Math.max(was.length, now.length); i++) {
      String w = i < was.length ? was[i] : "<end of file>";
      String n = i < now.length ? now[i] : "<end of file>";
      if (!w.equals(n)) {
        return "first difference at line " + (i + 1) + ": on disk \"" + w + "\", generated \"" + n + "\"";
      }
    }
    return "no line differs";
  }
}
