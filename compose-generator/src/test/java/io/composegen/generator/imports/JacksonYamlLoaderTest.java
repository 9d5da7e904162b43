package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.model.Stack;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anchors, aliases and merge keys as Compose reads them, and the limits that keep hostile YAML cheap.
 */
class JacksonYamlLoaderTest {

  private static final JacksonYamlLoader LOADER = new JacksonYamlLoader();

  private static JsonNode tree(String yaml) {
    YamlLoader.Loaded loaded = LOADER.load(yaml, "compose.yaml");
    assertThat(loaded.problems()).isEmpty();
    return loaded.tree();
  }

  private static List<String> problems(String yaml) {
    return LOADER.load(yaml, "compose.yaml").problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aliasStandsForTheAnchoredValue() {
    JsonNode tree = tree("""
        x-env: &env {A: "1", B: "2"}
        x-ports: &ports ["80:80"]
        x-image: &image nginx:1.27
        services:
          web: {image: *image, environment: *env, ports: *ports}
        """);

    assertThat(tree.at("/services/web").toString())
        .isEqualTo("{\"image\":\"nginx:1.27\",\"environment\":{\"A\":\"1\",\"B\":\"2\"},\"ports\":[\"80:80\"]}");
  }

  @Test
  void explicitKeysWinOverMergedOnesWhereverTheyStand() {
    JsonNode tree = tree("""
        x-defaults: &defaults {restart: always, image: base, user: app}
        services:
          web:
            image: nginx
            <<: *defaults
            user: root
        """);

    assertThat(tree.at("/services/web").toString())
        .isEqualTo("{\"restart\":\"always\",\"image\":\"nginx\",\"user\":\"root\"}");
  }

  @Test
  void earlierMergeSourcesWinOverLaterOnes() {
    JsonNode tree = tree("""
        x-a: &a {image: a, restart: always}
        x-b: &b {image: b, user: b}
        services:
          web:
            <<: [*a, *b]
        """);

    assertThat(tree.at("/services/web").toString())
        .isEqualTo("{\"image\":\"a\",\"restart\":\"always\",\"user\":\"b\"}");
  }

  @Test
  void mergesAnInlineMappingAndNestedMerges() {
    JsonNode tree = tree("""
        x-base: &base {restart: always}
        x-app: &app {<<: *base, image: app}
        services:
          web: {<<: [*app, {user: app}], command: run}
        """);

    assertThat(tree.at("/services/web").toString())
        .isEqualTo("{\"restart\":\"always\",\"image\":\"app\",\"user\":\"app\",\"command\":\"run\"}");
  }

  @Test
  void aQuotedDoubleAngleIsAnOrdinaryKey() {
    JsonNode tree = tree("""
        args: {"<<": x, '<<y': z}
        """);

    assertThat(tree.toString()).isEqualTo("{\"args\":{\"<<\":\"x\",\"<<y\":\"z\"}}");
  }

  @Test
  void reportsAnAliasWithoutAnchorAndAMergeOfAScalar() {
    assertThat(problems("""
        x-name: &name web
        services:
          web:
            image: *missing
            <<: *name
        """)).containsExactly(
        "compose.yaml:4:12 services.web.image: CG700 alias *missing has no anchor &missing before it (mark the value"
            + " with &missing before using *missing)",
        "compose.yaml:5:9 services.web[\"<<\"]: CG700 merge key << takes a mapping or a list of mappings, got the"
            + " string \"web\" (merge mappings: <<: *defaults or <<: [*a, *b])");
  }

  @Test
  void reportsAnAnchorUsedInsideItself() {
    assertThat(problems("a: &a [1, *a]\n")).containsExactly(
        "compose.yaml:1:11 a[1]: CG700 alias *a has no anchor &a before it (mark the value with &a before using *a)");
  }

  @Test
  void locatesAControlCharacterByCodePointsAfterTextBeyondAscii() {
    String hint = " (remove it; if this is not a text file, name the compose file instead)";
    assertThat(problems("services:\n  web:\n    image: caf\u00e9 \uD83D\uDE00 \u0007\n")).containsExactly(
        "compose.yaml:3:19 (root): CG700 the file holds the control character U+0007, which YAML does not allow"
            + hint);
    assertThat(problems("services:\n  web:\n    image: a\uD800b\n")).containsExactly(
        "compose.yaml:3:13 (root): CG700 the file holds the control character U+D800, which YAML does not allow"
            + hint);
    assertThat(problems("services:\n\r\n  web:\n    image: x\uFFFE\n")).containsExactly(
        "compose.yaml:4:13 (root): CG700 the file holds the control character U+FFFE, which YAML does not allow"
            + hint);
  }

  @Test
  void readsTextBeyondAsciiThatYamlAllows() {
    assertThat(tree("services:\n  web:\n    image: \u00e9\u4e2d \uD83D\uDE00\n    labels: {a: \"\u0085\u00a0\"}\n")
        .at("/services/web/image").textValue()).isEqualTo("\u00e9\u4e2d \uD83D\uDE00");
  }

  @Test
  @Timeout(10)
  void stopsABillionLaughsAtTheValueLimit() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char prev = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [").append(String.join(",",
          java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
    }

    assertThat(problems(yaml.toString())).containsExactly(
        "compose.yaml:7:8 (root): CG700 the document expands to more than 1000000 values through its aliases (write"
            + " the values out or use fewer nested aliases; this looks like an alias bomb)");
  }

  @Test
  @Timeout(10)
  void countsAStringAsAValuePer64CharactersSoThatAliasesOfALongOneStop() {
    String text = "x".repeat(64 * 99); // 100 values, 6,336 characters
    StringBuilder yaml = new StringBuilder("x-text: &t " + text + "\ncommand:\n");
    for (int i = 0; i < 9_998; i++) {
      yaml.append("  - *t\n"); // 100 values each: 999,900 with the anchored string, 999,902 with the list and root
    }

    assertThat(problems(yaml.toString())).isEmpty();
    assertThat(problems(yaml.append("  - *t\n  - *t\n").toString())).containsExactly(
        "compose.yaml:10002:5 (root): CG700 the document expands to more than 1000000 values through its aliases"
            + " (write the values out or use fewer nested aliases; this looks like an alias bomb)");
    assertThat(problems("x-text: " + "y".repeat(2_000_000) + "\n")).as("one long string, no alias").isEmpty();
  }

  @Test
  void stopsAtTheAliasLimit() {
    JacksonYamlLoader loader = new JacksonYamlLoader(new JacksonYamlLoader.Limits(1000, 10, 2, 1000));

    assertThat(loader.load("a: &a [1]\nb: [*a, *a, *a]\n", "c.yaml").problems()).map(Problem::toString)
        .containsExactly("c.yaml:2:13 (root): CG700 the document uses more than 2 aliases of mappings and lists"
            + " (write the values out or use fewer aliases; this looks like an alias bomb)");
  }

  @Test
  void stopsAtTheDepthLimitWithoutOverflowingTheStack() {
    assertThat(problems("x: " + "[".repeat(5000) + "]".repeat(5000) + "\n")).containsExactly(
        "compose.yaml:1:103 (root): CG700 the document nests deeper than 100 levels (flatten the structure; compose"
            + " files need only a few levels)");
  }

  @Test
  void refusesTextAboveTheSizeLimitWithoutParsingIt() {
    JacksonYamlLoader loader = new JacksonYamlLoader(new JacksonYamlLoader.Limits(10, 10, 10, 10));

    assertThat(loader.load("services: {}\n", "c.yaml").problems()).map(Problem::toString).containsExactly(
        "c.yaml (root): CG700 the file is longer than 10 characters (split it into a base file and layer files, or"
            + " raise the limit (the plugin's compose.maxFileSize, the command line's --max-file-size,"
            + " JacksonYamlLoader.Limits from Java))");
    assertThat(loader.load("a: 1\n", "c.yaml").problems()).isEmpty();
  }

  @Test
  void limitsForALongerFileAllowProportionallyMoreValuesAndKeepNestingAndAliases() {
    JacksonYamlLoader.Limits defaults = JacksonYamlLoader.Limits.DEFAULT;
    assertThat(JacksonYamlLoader.Limits.forFileSize(defaults.maxCodePoints())).isEqualTo(defaults);
    assertThat(JacksonYamlLoader.Limits.forFileSize(1000))
        .isEqualTo(new JacksonYamlLoader.Limits(1000, 100, 500, 1_000_000));
    assertThat(JacksonYamlLoader.Limits.forFileSize(4 * defaults.maxCodePoints()))
        .isEqualTo(new JacksonYamlLoader.Limits(4 * defaults.maxCodePoints(), 100, 500, 4_000_000));
    assertThatThrownBy(() -> JacksonYamlLoader.Limits.forFileSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the longest file to read must be at least 1 character, got 0");
  }

  @Test
  void rejectsLimitsBelowOne() {
    assertThatThrownBy(() -> new JacksonYamlLoader.Limits(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limits must be positive, got 0, 1, 1, 1");
  }

  @Test
  void descriptorsResolveMergeKeysToo() {
    ReadResult<Stack> read = DescriptorReader.create().read("""
        x-common: &common {restart: unless-stopped, environment: {TZ: UTC}}
        services:
          web: {<<: *common, image: nginx}
          worker: {<<: *common, image: worker, restart: "no"}
        """, "stack.yaml");

    assertThat(read.problems()).isEmpty();
    Map<String, Service> services = read.value().services();
    assertThat(services.get("web").environment()).containsEntry("TZ", "UTC");
    assertThat(services.get("web").restart()).hasToString("unless-stopped");
    assertThat(services.get("worker").restart()).hasToString("no");
  }

  /** docker-compose, which reads YAML with PyYAML, is the oracle for what merge keys mean. */
  @Test
  void mergedServicesRenderToWhatDockerComposeReadsFromTheOriginal(@TempDir Path dir) throws IOException {
    String original = """
        x-logging: &logging
          driver: json-file
          options: {max-size: 10m}
        x-app: &app
          image: shop:1.0
          restart: always
          environment: &env {MODE: prod, TZ: UTC}
          logging: *logging
        x-debug: &debug
          restart: "no"
          user: debug
        services:
          web:
            <<: [*app, *debug]
            ports: ["8080:80"]
          worker:
            <<: *app
            environment:
              <<: *env
              MODE: worker
            command: ["work", "--fast"]
        """;
    ReadResult<Stack> read = ComposeReader.create().readBase(original, "compose.yaml");
    assertThat(read.problems()).isEmpty();
    DockerComposeCli.assumeAvailable();
    Files.writeString(dir.resolve("compose.yaml"), original);
    Object expected = DockerComposeCli.configTree(dir, List.of("compose.yaml"));

    Map<String, String> generated = ComposeGenerator.create().render(read.value());
    Files.writeString(dir.resolve("compose.yaml"), generated.get("compose.yaml"));

    assertThat(DockerComposeCli.configTree(dir, List.of("compose.yaml"))).isEqualTo(expected);
  }

  @Test
  @Timeout(20)
  void aBillionLaughsIsCheapForTheWholeReader() {
    StringBuilder yaml = new StringBuilder("x-a: &a {A: lol, B: lol, C: lol, D: lol, E: lol, F: lol, G: lol}\n");
    String previous = "a";
    for (int level = 0; level < 12; level++) {
      String name = "l" + level;
      yaml.append("x-").append(name).append(": &").append(name).append(" [").append(String.join(", ",
          java.util.Collections.nCopies(10, "*" + previous))).append("]\n");
      previous = name;
    }
    yaml.append("services:\n  web: {image: nginx, labels: *").append(previous).append("}\n");

    ReadResult<Stack> read = ComposeReader.create().readBase(yaml.toString(), "compose.yaml");

    assertThat(read.problems()).map(Problem::code).containsExactly(Problem.INVALID_YAML);
    assertThat(read.problems().get(0).message()).contains("alias");
  }
}
