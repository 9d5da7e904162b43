package io.composegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.docs.GraphFormat;
import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.model.Stack;
import io.composegen.model.service.Condition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticStacksTest {

  private final ComposeGenerator generator = ComposeGenerator.create();

  @Test
  void buildsTheRequestedServicesWithThreeLayers() {
    Stack stack = SyntheticStacks.of(25);

    assertThat(stack.services()).hasSize(25).containsKeys("svc-00001", "svc-00025");
    assertThat(stack.layers()).containsOnlyKeys("dev", "staging", "prod");
    assertThat(stack.layers().get("prod").production()).isTrue();
    assertThat(stack.layers().values()).allSatisfy(layer -> assertThat(layer.services()).hasSizeGreaterThanOrEqualTo(25));
  }

  @Test
  void chainsDependenciesInRunsOfTen() {
    Stack stack = SyntheticStacks.of(25);

    assertThat(stack.services().get("svc-00001").dependsOn()).isEmpty();
    assertThat(stack.services().get("svc-00011").dependsOn()).isEmpty();
    assertThat(stack.services().get("svc-00012").dependsOn()).containsOnlyKeys("svc-00011");
    assertThat(stack.services().get("svc-00012").dependsOn().get("svc-00011").condition()).isEqualTo(Condition.HEALTHY);
  }

  @Test
  void buildsTheSameStackForTheSameSize() {
    assertThat(SyntheticStacks.of(50)).isEqualTo(SyntheticStacks.of(50));
  }

  @Test
  void rejectsSizesOutsideItsPortPlan() {
    assertThatThrownBy(() -> SyntheticStacks.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticStacks.of(20_001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validatesWithoutErrorsOrWarningsInEveryEnvironment() {
    ValidationReport report = generator.validate(SyntheticStacks.of(50));

    assertThat(report.errors()).isZero();
    assertThat(report.warnings()).isZero();
    assertThat(report.environments()).containsExactly("base", "dev", "staging", "prod");
  }

  @Test
  void importsBackFromTheFilesItRendersWithoutProblems(@TempDir Path folder) throws IOException {
    Stack stack = SyntheticStacks.of(20);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> file : generator.render(stack).entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue());
      if (file.getKey().endsWith(".yaml")) {
        files.add(folder.resolve(file.getKey()));
      }
    }

    ReadResult<Stack> read = ComposeFileSet.read(files);

    assertThat(files).extracting(path -> path.getFileName().toString())
        .containsExactly("compose.yaml", "compose.override.yaml", "compose.staging.yaml", "compose.prod.yaml");
    assertThat(read.problems()).isEmpty();
    assertThat(read.value().services().keySet()).containsExactlyElementsOf(stack.services().keySet());
    assertThat(read.value().layers()).containsOnlyKeys("dev", "staging", "prod");
    assertThat(generator.validate(read.value()).errors()).isZero();
  }

  @ParameterizedTest(name = "{0} services")
  @ValueSource(ints = {1, 11, 120})
  void printsEveryFileAndDiagramAsTheShippedTemplates(int size, @TempDir Path templates) throws IOException {
    // unchanged copies in a template folder are rendered by FreeMarker; without them, the same layouts print in Java
    for (String name : List.of("compose.yaml.ftl", "graph.mmd.ftl", "graph.dot.ftl")) {
      try (InputStream in = ComposeGenerator.class.getResourceAsStream("templates/" + name)) {
        Files.write(templates.resolve(name), in.readAllBytes());
      }
    }
    ComposeGenerator freemarker = ComposeGenerator.builder().templates(templates).build();
    Stack stack = SyntheticStacks.of(size);

    assertThat(generator.render(stack)).isEqualTo(freemarker.render(stack));
    for (String environment : stack.environments()) {
      for (GraphFormat format : GraphFormat.values()) {
        assertThat(generator.graph(stack, environment, format)).as("%s %s", environment, format)
            .isEqualTo(freemarker.graph(stack, environment, format));
      }
    }
  }
}
