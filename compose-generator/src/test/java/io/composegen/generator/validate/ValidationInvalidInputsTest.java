package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.imports.ComposeReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates each invalid input of {@code src/test/resources/invalid/} and compares the whole text report with its
 * expected copy.
 *
 * <p>A case is {@code <case>.yaml}: a base compose file, then optionally layers, each starting at a line
 * {@code # layer: <name>} (add {@code production} to mark it as one; {@code prod} always is). Lines
 * {@code # acknowledge: <service> <code> <reason>} add acknowledgements. Its expected report is
 * {@code <case>.expected}. With {@code -Dcomposegen.updateExpected=true} the test writes the reports instead of
 * comparing; review the diff before committing it.
 */
class ValidationInvalidInputsTest {

  static final String UPDATE_PROPERTY = "composegen.updateExpected";

  private static final Path FOLDER = Path.of("src/test/resources/invalid");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws IOException {
    String input = Files.readString(FOLDER.resolve(name + ".yaml"), StandardCharsets.UTF_8);
    Path expectedFile = FOLDER.resolve(name + ".expected");

    String report = validate(input).toText();

    if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").trim())) {
      Files.writeString(expectedFile, report, StandardCharsets.UTF_8);
      System.out.println("[invalid] wrote " + expectedFile);
      return;
    }
    assertThat(report).as("report of invalid/%s.yaml; if the change is intended, run with -D%s=true and review",
        name, UPDATE_PROPERTY).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsAtLeastOneProblemThatCounts(String name) throws IOException {
    String input = Files.readString(FOLDER.resolve(name + ".yaml"), StandardCharsets.UTF_8);

    assertThat(validate(input).problems()).as(name).isNotEmpty();
  }

  static ValidationReport validate(String input) {
    List<String> chunks = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    Validator.Builder validator = Validator.builder();
    StringBuilder current = new StringBuilder();
    for (String line : input.split("\n", -1)) {
      if (line.startsWith("# layer: ")) {
        chunks.add(current.toString());
        headers.add(line.substring("# layer: ".length()).trim());
        current.setLength(0);
      } else if (line.startsWith("# acknowledge: ")) {
        String[] parts = line.substring("# acknowledge: ".length()).split(" ", 3);
        validator.acknowledge(parts[0], parts[1], parts[2]);
      } else {
        current.append(line).append('\n');
      }
    }
    chunks.add(current.toString());
    ComposeReader reader = ComposeReader.create();
    ReadResult<Stack> base = reader.readBase(chunks.get(0));
    assertThat(base.problems()).as("the base of the case must read cleanly").isEmpty();
    Stack.Builder stack = base.value().toBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String[] header = headers.get(i).split(" ");
      ReadResult<Layer> layer = reader.readLayer(header[0], chunks.get(i + 1));
      assertThat(layer.problems()).as("layer %s of the case must read cleanly", header[0]).isEmpty();
      boolean production = header[0].equals(Layer.PROD) || List.of(header).contains("production");
      stack.layer(layer.value().toBuilder().production(production));
    }
    return validator.build().validate(stack.build());
  }
}
