package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draws every environment of every {@link SeedStacks} case in both formats and compares each diagram, byte for byte,
 * with its golden copy {@code src/test/resources/golden-graph/<case>/<environment>.mmd} (and {@code .dot}).
 *
 * <p>Updating is the same deliberate act as for the other golden files: {@code -Dcomposegen.updateGolden=true}
 * writes the diagrams instead of comparing them.
 */
class DiagramGoldenTest {

  static Stream<Arguments> diagrams() {
    List<Arguments> out = new ArrayList<>();
    SeedStacks.all().forEach((name, stack) -> stack.environments().forEach(env -> {
      for (GraphFormat format : GraphFormat.values()) {
        out.add(Arguments.of(name, env, format));
      }
    }));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("diagrams")
  void drawsEveryEnvironmentExactlyAsItsGoldenCopy(String name, String environment, GraphFormat format)
      throws IOException {
    Stack stack = SeedStacks.all().get(name);
    String diagram = ComposeGenerator.create().graph(stack, environment, format);
    Path golden = folder().resolve(name).resolve(environment + "." + format.extension());

    if (Boolean.parseBoolean(System.getProperty("composegen.updateGolden", "false").trim())) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, diagram, StandardCharsets.UTF_8);
      System.out.println("[golden] wrote " + golden);
      return;
    }
    assertThat(golden).as("golden diagram missing; run with -Dcomposegen.updateGolden=true and review").exists();
    assertThat(diagram).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(GeneratedMark.inspect(diagram)).isEqualTo(MarkStatus.INTACT);
  }

  /** The golden folder in the source tree, so updates land where they are committed. */
  static Path folder() {
    Path relative = Path.of("src", "test", "resources", "golden-graph");
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate : List.of(dir.resolve(relative), dir.resolve("compose-generator").resolve(relative))) {
      if (Files.isDirectory(candidate.getParent())) {
        return candidate;
      }
    }
    throw new IllegalStateException("no compose-generator/src/test/resources below " + dir);
  }
}
