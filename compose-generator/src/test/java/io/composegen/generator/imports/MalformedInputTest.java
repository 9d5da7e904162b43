package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports each malformed input of {@code src/test/resources/malformed/} as a base compose file and compares every
 * problem, one per line, with its expected copy: syntax errors, wrong types, unknown keys, alias bombs, deep
 * nesting, binary junk, an empty file, a folder instead of a file, a missing file, tabs, duplicate keys and more.
 *
 * <p>A case is {@code <case>.expected}; its input is {@code <case>} beside it (which may be missing or a folder on
 * purpose). With {@code -Dcomposegen.updateExpected=true} the test writes the problems instead of comparing; review
 * the diff before committing it.
 */
class MalformedInputTest {

  private static final String UPDATE_PROPERTY = "composegen.updateExpected";
  private static final Path FOLDER = Path.of("src/test/resources/malformed");
  private static final String EXPECTED = ".expected";

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXPECTED))
          .map(n -> n.substring(0, n.length() - EXPECTED.length())).sorted().toList().stream();
    }
  }

  @Test
  void holdsAtLeastThirtyCasesEachWithAnInputOrADeliberateAbsence() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(30)
        .allSatisfy(name -> assertThat(Files.exists(FOLDER.resolve(name)) || name.equals("missing.yaml"))
            .as(name).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(10)
  void reportsExactlyTheExpectedProblemsWithoutThrowing(String name) throws IOException {
    Path expectedFile = FOLDER.resolve(name + EXPECTED);

    ReadResult<Stack> read = ComposeFileSet.read(java.util.List.of(FOLDER.resolve(name)), FOLDER);

    String problems = read.problems().stream().map(p -> p + "\n").collect(Collectors.joining());
    if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").trim())) {
      Files.writeString(expectedFile, problems, StandardCharsets.UTF_8);
      System.out.println("[malformed] wrote " + expectedFile);
      return;
    }
    assertThat(read.problems()).as("a malformed input must give at least one problem").isNotEmpty();
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.location()).as(p.toString()).isNotNull());
    assertThat(problems).as("problems of malformed/%s; if the change is intended, run with -D%s=true and review",
        name, UPDATE_PROPERTY).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
