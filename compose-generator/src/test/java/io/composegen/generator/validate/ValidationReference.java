package io.composegen.generator.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code docs/validation.md}, the validation guide and the reference of every rule, from {@link RuleRegistry},
 * from reports of a sample stack, and from the code samples of {@link ValidationDocSamples}; the same registry gives
 * the same bytes. {@link ValidationReferenceTest} fails when the page on disk differs.
 */
final class ValidationReference {

  /** The system property that makes {@link ValidationReferenceTest} write the page instead of comparing. */
  static final String UPDATE_PROPERTY = "composegen.updateDocs";

  /** The command that rewrites the page. */
  static final String UPDATE_COMMAND = "./mvnw -B -o -pl compose-generator test -Dtest=ValidationReferenceTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

  /** The page, relative to the compose-generator module, where Maven runs its tests. */
  static final Path PAGE = Path.of("..", "docs", "validation.md");

  private static final Path SAMPLES =
      Path.of("src", "test", "java", "io", "composegen", "generator", "validate", "ValidationDocSamples.java");

  /** The groups of codes by their first digit, with the heading and the introduction of each. */
  private static final Map<Character, String[]> GROUPS = Map.of(
      '1', new String[] {"CG1xx: structure and references",
          "Mistakes that make Compose reject the stack or a service fail to start, all errors, and one warning "
              + "(CG152) for a service that would start without the command its image was built to run."},
      '2', new String[] {"CG2xx: security",
          "Settings that expose secrets, the host or data. Some only matter in production and run only there."},
      '3', new String[] {"CG3xx: Dockerfiles",
          "Checks of every Dockerfile composegen writes, from a recipe or a Dockerfile model. A problem names the "
              + "Dockerfile (`app/Dockerfile`) and the stage or instruction (`stages.runtime.instructions[3]`, "
              + "counting from 0). Dockerfiles are shared by every environment, so their problems are not tied to "
              + "one. Some well-known Dockerfile mistakes have no rule because the model cannot express them: ADD "
              + "of local files (hadolint DL3020; `Add` takes remote URLs only), shell-form CMD and ENTRYPOINT "
              + "(DL3025; exec form only), duplicate stage names (DL3024) and ports out of range (DL3011)."},
      '4', new String[] {"CG4xx: production readiness",
          "Run only in production environments: `Layer.prod()` and every layer marked as production."},
      '5', new String[] {"CG5xx: Swarm compatibility",
          "What `docker stack deploy` would ignore or do differently in production environments. Infos: they never "
              + "fail a run unless `failOn` is `info`."},
      '6', new String[] {"CG6xx: compose files as written",
          "Checks of compose files read from disk, which need the files as written rather than a model: "
              + "`mvn compose:validate -Dcompose.files=compose.yaml,compose.prod.yaml` runs them on the files "
              + "given, beside the rules above. Each problem names the file and the path, and its message the line "
              + "and column."});

  private ValidationReference() {}

  /** Returns the page. */
  static String markdown() {
    ValidationReport report = sampleReport();
    StringBuilder out = new StringBuilder();
    out.append("<!-- Generated from RuleRegistry by ValidationReference (compose-generator tests); do not edit.\n")
        .append("     Regenerate: ").append(UPDATE_COMMAND).append(" -->\n\n");
    out.append("""
        # Validation

        composegen checks a stack before it writes a single file. Every problem is reported at once, each with the
        file and the path of the offending element, a stable code, a severity, a message and a hint that says what
        to do. When a problem is at least as severe as the threshold (`failOn`, errors by default),
        `compose:generate` and `ComposeGenerator.generate` write nothing.

        ## What is checked

        - **Every environment.** The base file as composegen writes it (`compose.yaml`, which
          `docker compose -f compose.yaml` reads alone), and each layer resolved onto the base: base + dev, base +
          prod, base + every other layer. Production environments (`Layer.prod()` and every layer marked as
          production) also run the production-only rules. A problem found identically in several environments is
          reported once; it names the environments it was found in, unless it was found in all of them. See
          [ADR 5](adr/0005-validation-environments.md).
        - **Every Dockerfile that generation writes**, from a recipe or a Dockerfile model, with the `CG3xx` rules.
        - **Compose files read from disk**: `mvn compose:validate -Dcompose.files=compose.yaml,compose.prod.yaml`
          validates the base file and each file layered on it.

        Each problem is located in the file that declares the offending element: a port the dev layer adds is
        reported in `compose.override.yaml`, one of the base in `compose.yaml`.

        ## Reading a report

        For this stack:

        """);
    out.append(fence("java", snippet("stack")));
    out.append("""

        validated like this:

        """);
    out.append(fence("java", snippet("validate")));
    out.append("""

        the text report is:

        """);
    out.append(fence("text", report.toText()));
    out.append("""

        Each problem is a line `<file> <path>: <code> <severity>: <message>`, followed by `(in <environments>)` when
        it was not found in every environment, then an indented `hint:` line. An acknowledged problem is marked
        `(acknowledged)` and followed by the reason. The last line counts the problems that count: acknowledged ones
        do not. Problems are sorted by file, then path, then code.

        Problems that differ only in their place, such as one unset variable used in a thousand values or one image
        that many services run, are printed once, at the first place, with its hint; an `also at:` line follows for
        each further place, up to ten, and a last line counts the rest (`and at 990 more places`). Each is still a
        problem of its own in the counts, and the JSON and SARIF reports list every one.

        A name that is not defined (a service, network, volume, secret or config: CG101 to CG105) gets a hint that
        suggests the nearest defined name when one is near (`did you mean "search"?`: a few edits apart, ignoring
        case, or one name starting with the other), else lists the first defined names. Each distinct missing name
        is compared with every defined one, so the searches for one kind of name in one environment stop after
        4,000,000 comparisons (4,000 misspelt names among 1,000 defined ones); the names after that get the list.

        ## Severities and `failOn`

        | severity | meaning | fails a run |
        | --- | --- | --- |
        | `error` | Compose would reject the stack, or it cannot work as written. | always |
        | `warning` | The stack works but is risky or wrong for its environment. | with `failOn` `warning` or `info` |
        | `info` | Worth knowing, such as what Swarm would ignore. | with `failOn` `info` |

        `failOn` is the least severity that fails a run: `error` (the default), `warning` or `info`. A failed run
        writes nothing: `ComposeGenerator.generate` throws `ValidationException`, which carries the whole report, and
        the Maven goals fail the build after printing every problem. A few rules raise their severity in production
        environments, as their descriptions below say.

        In Java, `Validator.builder().failOn(Severity.WARNING)`; in the pom, `<failOn>warning</failOn>` in the
        plugin's `<configuration>`, or `-Dcompose.failOn=warning` on the command line.

        ## Acknowledging a problem

        Some problems are meant: watchtower must mount the Docker socket to update the other containers. An
        acknowledgement names the service, the code and the reason; the problems it covers are listed as
        acknowledged, with the reason, and neither count nor fail a run. The service `*` covers every service and
        every problem outside a service: top-level resources and Dockerfiles. Acknowledge as narrowly as you can,
        and say why.

        In Java, `Validator.builder().acknowledge("watchtower", "CG203", "...")` as above. In the pom:

        ```xml
        <configuration>
          <acknowledgements>
            <acknowledgement>
              <service>watchtower</service>
              <code>CG203</code>
              <reason>watchtower must control Docker to update the other containers</reason>
            </acknowledgement>
          </acknowledgements>
        </configuration>
        ```

        ## Output formats

        Every format gives the same bytes for the same report (`ReportFormat.render`).

        - **Text** (`text`, the default): the report above, also what the Maven goals print to the build log.
        - **JSON** (`json`): fields in this order: `summary`, `failed`, `failOn`, `errors`, `warnings`, `infos`,
          `acknowledged` (how many), `environments`, `problems`; each problem has `file` (null when none), `line` and
          `column` (only for a place in a file read from disk), `path`, `code`, `severity`, `message`, `hint`,
          `environments` (empty when found in all), `related` (only when the message names another place, as CG120
          and CG130 name what was there first: each with `file`, `line`, `column` and `path` as above) and
          `acknowledged` (null, or the acknowledgement's `service` and `reason`).
        - **SARIF 2.1.0** (`sarif`): one run of the tool `composegen` whose driver lists every rule below (`id`,
          `name`, short and full description, `help` with the fix and the example, the default level, and as
          properties `productionOnly` and `seeAlso`), and one result per problem with `ruleId`, `ruleIndex`, `level`
          (`error`, `warning` or `note`), the message with the hint, the file as the physical location (with a
          `region` of start line and column for a place in a file read from disk) and the path as the logical
          location; the other place a message names, as `relatedLocations` (an `id`, the same physical and logical
          location, and a message). Acknowledged problems carry an external suppression whose justification is the
          reason. CI systems that read SARIF, such as GitHub code scanning, show the problems inline.

        Compose files that `compose:validate -Dcompose.files=...` cannot read (the CG7xx codes below) are reported
        the same way: the reading problems, each with its file, line and column, are the report, in the log and in
        the report file, and the goal fails. Files it can read are validated, and each rule's finding points to the
        line and column of the key or list item its path names, in the file that holds it (or of the closest
        enclosing one the file writes, for a value written in another syntax), and so does the other place a finding
        names, so that code scanning shows those inline too. The command line, `composegen validate`
        ([cli.md](cli.md)), reports the same.

        From Maven, `compose:validate` writes the report file in any format:

        ```
        mvn compose:validate -Dcompose.format=sarif -Dcompose.report=target/composegen.sarif
        ```

        and a GitHub Actions workflow uploads it, also when validation failed:

        ```yaml
        - run: ./mvnw -B compose:validate -Dcompose.format=sarif -Dcompose.report=target/composegen.sarif
        - uses: github/codeql-action/upload-sarif@v3
          if: always()
          with:
            sarif_file: target/composegen.sarif
        ```

        The JSON report of the example above:

        """);
    out.append(fence("json", ReportFormat.JSON.render(report)));
    out.append("\n## Rules\n\n");
    out.append("Codes are stable: a code never changes meaning, and a retired code is not reused. \"Production\" "
        + "marks the rules that run only in production environments; \"see also\" names the analogous rule of "
        + "hadolint or BuildKit's checks.\n\n");
    out.append("| code | severity | production | title | see also |\n| --- | --- | --- | --- | --- |\n");
    for (Rule rule : RuleRegistry.all()) {
      out.append("| [").append(rule.code()).append("](#").append(anchor(rule)).append(") | ")
          .append(rule.severity().label()).append(" | ").append(rule.productionOnly() ? "yes" : "")
          .append(" | ").append(cell(rule.title())).append(" | ")
          .append(rule.seeAlso() == null ? "" : cell(rule.seeAlso())).append(" |\n");
    }
    char group = 0;
    for (Rule rule : RuleRegistry.all()) {
      char digit = rule.code().charAt(2);
      if (digit != group) {
        group = digit;
        String[] heading = GROUPS.get(digit);
        if (heading == null) {
          throw new IllegalStateException("no heading for the codes of " + rule.code()
              + "; add one to ValidationReference.GROUPS");
        }
        out.append("\n### ").append(heading[0]).append("\n\n").append(heading[1]).append('\n');
      }
      rule(out, rule);
    }
    readingCodes(out);
    return out.toString();
  }

  /** What each code of {@link io.composegen.generator.imports.Problem} means, in code order. */
  private static final Map<String, String> READING_CODES = new java.util.LinkedHashMap<>();

  static {
    READING_CODES.put("CG700", "The text is not YAML, or goes beyond the reader's limits (size, nesting, aliases): "
        + "fix the YAML at the place named.");
    READING_CODES.put("CG701", "A key composegen does not know at that place: the hint names the closest known key.");
    READING_CODES.put("CG702", "A value of the wrong kind, such as a string where a list belongs.");
    READING_CODES.put("CG703", "A value the model rejects, such as a port above 65535; the message says why.");
    READING_CODES.put("CG704", "A required value is missing, such as a service with nothing to run.");
    READING_CODES.put("CG705", "YAML or Compose that composegen does not read yet, such as a custom tag or "
        + "a path starting with a variable in a service extended from a file in another folder.");
  }

  /** Appends the codes of reading problems, checked against the constants of the reader's problem type. */
  private static void readingCodes(StringBuilder out) {
    List<String> declared = new ArrayList<>();
    for (java.lang.reflect.Field field : io.composegen.generator.imports.Problem.class.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          String value = (String) field.get(null);
          if (value.startsWith("CG7")) {
            declared.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    declared.sort(null);
    if (!declared.equals(List.copyOf(READING_CODES.keySet()))) {
      throw new IllegalStateException("the reading codes " + declared + " differ from those ValidationReference "
          + "documents " + READING_CODES.keySet() + "; describe each in ValidationReference.READING_CODES");
    }
    out.append("\n### CG7xx: reading compose files and descriptors\n\n")
        .append("Problems found while reading a compose file, a stack descriptor or the plugin's `<configuration>`, "
            + "before any rule runs. They are errors, and each names the file, line and column (or the pom "
            + "element). The [validation guide](guides/validation.md#problems-in-descriptors-and-compose-files) "
            + "shows what trips each one and how to fix it.\n\n")
        .append("| code | meaning |\n| --- | --- |\n");
    READING_CODES.forEach((code, meaning) ->
        out.append("| ").append(code).append(" | ").append(cell(meaning)).append(" |\n"));
  }

  /** Runs the validation sample in a scratch folder and returns its report. */
  private static ValidationReport sampleReport() {
    try {
      Path folder = Files.createTempDirectory("composegen-docs");
      try {
        return ValidationDocSamples.validate(ValidationDocSamples.stack(), folder);
      } finally {
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rule(StringBuilder out, Rule rule) {
    out.append("\n#### ").append(heading(rule)).append("\n\n");
    out.append("Severity: ").append(rule.severity().label())
        .append(rule.productionOnly() ? ", in production environments only" : "");
    if (rule.seeAlso() != null) {
      out.append(". See also: ").append(prose(rule.seeAlso()));
    }
    out.append(".\n\n");
    List<String> forms = new ArrayList<>();
    for (String form : rule.message().split(" / ")) {
      forms.add("`" + form + "`");
    }
    out.append("Message: ").append(String.join(" or ", forms)).append("\n\n");
    out.append(prose(rule.description())).append("\n\n");
    out.append("Trips it:\n\n").append(fence(rule.isDockerfileRule() ? "dockerfile" : "yaml", rule.example() + "\n"));
    out.append("\nFix: ").append(prose(rule.fix())).append('\n');
  }

  private static String heading(Rule rule) {
    return rule.code() + ": " + prose(rule.title());
  }

  /** Returns the GitHub anchor of a rule's heading: lower case, punctuation but '-' and '_' dropped, '-' for ' '. */
  private static String anchor(Rule rule) {
    StringBuilder out = new StringBuilder();
    for (char c : (rule.code() + ": " + rule.title()).toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        out.append(c);
      } else if (c == ' ') {
        out.append('-');
      }
    }
    return out.toString();
  }

  /**
   * Returns text for Markdown prose: backslashes, backticks, asterisks and '<' escaped, and '_' where it could start
   * or end emphasis (not between two letters or digits), so {@code <KEY>_FILE} and {@code "*"} show as written.
   */
  private static String prose(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean intraword = i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1));
      if (c == '\\' || c == '`' || c == '*' || c == '<' || (c == '_' && !intraword)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String cell(String text) {
    return prose(text).replace("|", "\\|");
  }

  private static String fence(String language, String text) {
    return "```" + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + "```\n";
  }

  /** Returns the lines between {@code // tag::name[]} and {@code // end::name[]} of the samples, dedented. */
  static String snippet(String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("// tag::" + name + "[]")) {
        start = i + 1;
      } else if (line.equals("// end::" + name + "[]")) {
        end = i;
      }
    }
    if (start < 0 || end < start) {
      throw new IllegalStateException(SAMPLES + " has no sample " + name);
    }
    List<String> body = lines.subList(start, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    body.forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return out.toString();
  }
}
