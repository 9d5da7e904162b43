package io.composegen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeSchemaTest {

  /**
  * Corpus files the schema rejects, with a fragment of the expected message. Empty: every real-world
  * file in the corpus is valid Compose. A file added here needs a comment saying why it is invalid.
  */
  private static final Map<String, String> EXPECTED_REJECTIONS = Map.of();

  private static ComposeSchema schema;

  @BeforeAll
  static void loadSchema() {
    schema = ComposeSchema.get();
  }

  static Stream<String> corpusComposeFiles() throws IOException {
    Path corpus = ComposeSchema.sharedFolder().resolve("corpus/awesome-compose");
    try (Stream<Path> files = Files.walk(corpus)) {
      return files
          .filter(file -> file.getFileName().toString().matches("compose\\.ya?ml"))
          .map(file -> corpus.relativize(file).toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void corpusHoldsThirtyNineComposeFiles() throws IOException {
    assertThat(corpusComposeFiles()).hasSize(39);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusComposeFiles")
  void acceptsRealWorldComposeFile(String file) throws IOException {
    String yaml = Files.readString(ComposeSchema.sharedFolder().resolve("corpus/awesome-compose").resolve(file));

    List<String> messages = schema.validate(yaml);

    if (EXPECTED_REJECTIONS.containsKey(file)) {
      assertThat(messages).anySatisfy(m -> assertThat(m).contains(EXPECTED_REJECTIONS.get(file)));
    } else {
      assertThat(messages).as("schema violations of %s", file).isEmpty();
    }
  }

  @Test
  void acceptsMinimalService() {
    assertThat(schema.validate("""
        services:
         web:
          image: nginx:1.22
          ports:
           - "8080:80"
          healthcheck:
           test: ["CMD", "true"]
           interval: 1m30s
           timeout: 500ms
           start_period: "0"
          stop_grace_period: 1h2m3.5s
        """)).isEmpty();
  }

  @Test
  void rejectsUnknownServiceKeyNamingItsLocation() {
    List<String> messages = schema.validate("""
        services:
         web:
          image: nginx:1.22
          colour: blue
        """);

    assertThat(messages).singleElement().asString()
        .startsWith("$.services.web:")
        .contains("colour")
        .contains("is not defined in the schema");
  }

  @Test
  void rejectsPortsGivenAsNumberNamingItsLocation() {
    List<String> messages = schema.validate("""
        services:
         web:
          image: nginx:1.22
          ports: 5
        """);

    assertThat(messages).singleElement().asString()
        .startsWith("$.services.web.ports:")
        .contains("integer found, array expected");
  }

  @Test
  void rejectsHealthcheckIntervalThatIsNotAGoDuration() {
    List<String> messages = schema.validate("""
        services:
         web:
          image: nginx:1.22
          healthcheck:
           interval: 10 seconds
        """);

    assertThat(messages).singleElement().asString()
        .isEqualTo("$.services.web.healthcheck.interval: \"10 seconds\" is not a Go duration"
            + " (such as 1m30s, 10s, 500ms or 0)");
  }

  @Test
  void rejectsStopGracePeriodInIso8601Syntax() {
    assertThat(schema.validate("""
        services:
         web:
          image: nginx:1.22
          stop_grace_period: PT10S
        """)).singleElement().asString().startsWith("$.services.web.stop_grace_period:");
  }

  @Test
  void rejectsKeyDefinedTwiceInOneMapping() {
    assertThat(schema.validate("""
        services:
         web:
          image: nginx:1.22
          image: nginx:1.23
        """)).singleElement().asString().startsWith("$: not readable as YAML").contains("image");
  }

  @Test
  void rejectsEmptyDocument() {
    assertThat(schema.validate("")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "+0", "10s", "1m30s", "1h2m3.5s", "500ms", "1.5h", ".5s", "3us", "3\u00b5s", "-2m", "1s1h"})
  void acceptsGoDuration(String value) {
    assertThat(ComposeSchema.isGoDuration(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "10 seconds", "1m 30s", "PT10S", "10S", "1d", "s", ".s", "00", "1.5"})
  void rejectsWhatIsNotAGoDuration(String value) {
    assertThat(ComposeSchema.isGoDuration(value)).isFalse();
  }

  @Test
  void loadsTheSchemaOncePerJvm() {
    assertThat(ComposeSchema.get()).isSameAs(ComposeSchema.get());
  }

  @Test
  void reportsEveryProblemOfOneDocument() {
    assertThat(schema.validate(
        "services:\n  web:\n    image: nginx\n    imagee: x\n    healthcheck:\n      interval: 10 seconds\n"))
        .anySatisfy(message -> assertThat(message).contains("$.services.web").contains("imagee"))
        .anySatisfy(message -> assertThat(message).contains("is not a Go duration"));
  }

  @Test
  void listsTheBaseFirstThenTheLayers(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"compose.prod.yaml", "compose.yaml", "compose.override.yaml", "other.yaml"}) {
      Files.writeString(dir.resolve(name), "services: {}\n");
    }
    assertThat(ComposeSchema.composeFiles(dir)).extracting(file -> file.getFileName().toString())
        .containsExactly("compose.yaml", "compose.override.yaml", "compose.prod.yaml");
  }
}
