package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.docs.GraphFormat;
import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.project.ProjectFacts;
import io.composegen.generator.project.ProjectInference;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layouts composegen prints in Java (compose files, Mermaid and DOT diagrams, generated Dockerfiles and
 * {@code .dockerignore} files, {@code README.Docker.md}) are those of its shipped templates: a generator whose
 * template folder holds unchanged copies of all of them, and so renders them with FreeMarker, writes every file and
 * draws every graph exactly as the generator without a template folder does.
 */
class BuiltInLayoutsTest {

  /** The templates printed in Java unless the user's folder holds its own copy. */
  static final List<String> PRINTED_IN_JAVA = List.of("compose.yaml.ftl", "graph.mmd.ftl", "graph.dot.ftl",
      "Dockerfile.ftl", "dockerignore.ftl", "README.Docker.md.ftl");

  private static final ComposeGenerator JAVA = ComposeGenerator.create();
  private static final ComposeGenerator FREEMARKER = ComposeGenerator.builder().templates(shippedCopies()).build();
  private static final ComposeGenerator JAVA_LEGACY = ComposeGenerator.builder().legacy(true).build();
  private static final ComposeGenerator FREEMARKER_LEGACY =
      ComposeGenerator.builder().templates(shippedCopies()).legacy(true).build();

  /** Returns a new folder holding copies of the shipped templates that are printed in Java. */
  static Path shippedCopies() {
    return ShippedTemplates.copies(PRINTED_IN_JAVA);
  }

  /** Renders {@code stack} both ways and draws each of its environments in both formats both ways. */
  private static void printsAsTheShippedTemplates(Stack stack, ComposeGenerator java, ComposeGenerator freemarker) {
    Map<String, String> files = java.render(stack);
    assertThat(files).isEqualTo(freemarker.render(stack));
    for (String environment : stack.environments()) {
      for (GraphFormat format : GraphFormat.values()) {
        assertThat(java.graph(stack, environment, format)).as("%s %s", environment, format)
            .isEqualTo(freemarker.graph(stack, environment, format));
      }
    }
  }

  static Stream<String> goldenCases() {
    return SeedStacks.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void printsEveryGoldenCaseAsTheShippedTemplates(String name) {
    printsAsTheShippedTemplates(SeedStacks.all().get(name), JAVA, FREEMARKER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void printsEveryGoldenCaseForTheLegacyToolAsTheShippedTemplates(String name) {
    printsAsTheShippedTemplates(SeedStacks.all().get(name), JAVA_LEGACY, FREEMARKER_LEGACY);
  }

  /**
   * The stacks of the examples: those their descriptors describe, and what inference makes of the pom of
   * {@code java-service}, which has none; each builds at least one image from a generated Dockerfile.
   */
  static Stream<Arguments> examples() {
    Path examples = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("examples");
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> folders = Files.list(examples)) {
      for (Path folder : folders.sorted().toList()) {
        Path descriptor = folder.resolve(DescriptorReader.DEFAULT_PATH);
        if (Files.isRegularFile(descriptor)) {
          ReadResult<Stack> read = DescriptorReader.create().read(descriptor);
          assertThat(read.isClean()).as(descriptor.toString()).isTrue();
          out.add(Arguments.of(folder.getFileName().toString(), read.value()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProjectFacts javaService = new ProjectFacts("java-service", "0.1.0-SNAPSHOT",
        "A small HTTP service on the JDK's own server that counts its visits in PostgreSQL.", null, "jar", "17", 8080,
        List.of("org.postgresql:postgresql"), false, false);
    out.add(Arguments.of("java-service", ProjectInference.infer(javaService, true)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void printsEveryExampleAsTheShippedTemplates(String name, Stack stack) {
    printsAsTheShippedTemplates(stack, JAVA, FREEMARKER);

    assertThat(JAVA.render(stack).keySet()).as("the example's files").anyMatch(file -> file.endsWith("Dockerfile"))
        .anyMatch(file -> file.endsWith(".dockerignore"));
  }

  @ParameterizedTest(name = "{0} services")
  @MethodSource("sizes")
  void printsAGrowingStackAsTheShippedTemplates(int size) {
    printsAsTheShippedTemplates(growing(size), JAVA, FREEMARKER);
  }

  static Stream<Integer> sizes() {
    return Stream.of(1, 2, 12, 60);
  }

  @Property(tries = 150)
  void printsAnyStackAsTheShippedTemplates(@ForAll("stacks") Stack stack) {
    printsAsTheShippedTemplates(stack, JAVA, FREEMARKER);
  }

  @Provide
  Arbitrary<Stack> stacks() {
    return HostileStacks.LAYERED_STACK;
  }

  /**
   * Returns a stack of {@code size} services in chains of dependencies, with ports, volumes and networks, that two
   * layers patch, one of them resetting ports; the shape of the benchmarks' synthetic stacks.
   */
  static Stack growing(int size) {
    Stack.Builder stack = Stack.builder("grow").network("front").network("back");
    Layer.Builder dev = Layer.dev();
    Layer.Builder prod = Layer.prod();
    for (int i = 1; i <= size; i++) {
      String name = String.format(Locale.ROOT, "svc-%03d", i);
      Service.Builder service = Service.builder(name).image("registry.example.com/" + name + ":1.4.2")
          .port((18000 + i) + ":8080").env("NAME", name).env("QUOTED", "say \"hi\" to ${USER}")
          .volume(name + "-data:/var/lib/app").network("front").network("back").label("tier", "app");
      if (i % 5 != 1) {
        service.dependsOn(String.format(Locale.ROOT, "svc-%03d", i - 1), Condition.STARTED);
      }
      stack.service(service).volume(name + "-data");
      dev.service(name, s -> s.env("LOG_LEVEL", "debug").bind("./src/" + name, "/app/src"));
      int index = i;
      prod.service(name, s -> {
        if (index % 5 != 1) {
          s.reset("ports");
        }
      });
    }
    return stack.layer(dev).layer(prod).build();
  }
}
