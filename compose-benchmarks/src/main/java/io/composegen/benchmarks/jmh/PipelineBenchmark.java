package io.composegen.benchmarks.jmh;

import io.composegen.benchmarks.SyntheticStacks;
import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.ComposeReader;
import io.composegen.generator.imports.JacksonYamlLoader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline on synthetic stacks ({@link SyntheticStacks}) of 10 to 10,000 services, each step on its own and
 * together, and the import of the files it renders.
 *
 * <p>{@code pipeline} is what {@code ComposeGenerator.generate} does short of writing: resolve every environment,
 * validate, render every file and parse each one back. Run through {@code bench/jmh.sh}; see
 * {@code docs/performance.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class PipelineBenchmark {

  /** The number of services of the stack. */
  @Param({"10", "100", "1000", "10000"})
  public int services;

  private final ComposeGenerator generator = ComposeGenerator.create();
  private final Validator validator = Validator.create();
  private final ComposeReader reader = ComposeReader.withLoader(
      new JacksonYamlLoader(new JacksonYamlLoader.Limits(Integer.MAX_VALUE, 100, 500, Long.MAX_VALUE)));
  private Stack stack;
  private Path folder;
  private List<Path> files;

  /** Builds the stack and writes its compose files into a temporary folder, base first. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    stack = SyntheticStacks.of(services);
    folder = Files.createTempDirectory("composegen-bench-");
    files = new ArrayList<>();
    for (Map.Entry<String, String> file : generator.render(stack).entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      if (file.getKey().endsWith(".yaml")) {
        files.add(path);
      }
    }
  }

  /** Removes the temporary folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Builds the model through its builders. */
  @Benchmark
  public Stack build() {
    return SyntheticStacks.of(services);
  }

  /** Resolves every environment (base plus each layer) and factors the layers into files. */
  @Benchmark
  public Object resolve() {
    List<Stack> out = new ArrayList<>();
    out.add(io.composegen.model.layer.Layers.factor(stack));
    for (String environment : stack.environments()) {
      out.add(stack.resolve(environment));
    }
    return out;
  }

  /** Validates every environment. */
  @Benchmark
  public ValidationReport validate() {
    return generator.validate(stack);
  }

  /** Renders every file and parses each one back. */
  @Benchmark
  public Map<String, String> render() {
    return generator.render(stack);
  }

  /** Resolve, validate, render and parse back: {@code generate} without writing. */
  @Benchmark
  public Map<String, String> pipeline() {
    if (generator.validate(stack).failed()) {
      throw new IllegalStateException("the synthetic stack does not validate");
    }
    return generator.render(stack);
  }

  /**
   * Imports the rendered compose files (base and three layers) into a stack as {@link ComposeFileSet#read} does,
   * with the YAML loader's size limits raised: by default it refuses files over 3 MB, and the base file of
   * 10,000 services is about 10 MB.
   */
  @Benchmark
  public Stack importFiles() throws IOException {
    ReadResult<Stack> base = reader.readBase(Files.readString(files.get(0), StandardCharsets.UTF_8));
    check(base);
    Stack.Builder out = base.value().toBuilder();
    for (Path file : files.subList(1, files.size())) {
      String name = ComposeFileSet.layerName(file.getFileName().toString());
      ReadResult<Layer> layer = reader.readLayer(name, Files.readString(file, StandardCharsets.UTF_8));
      check(layer);
      out.layer(layer.value().toBuilder().fileName(file.getFileName().toString())
          .production(name.equals(Layer.PROD)).build());
    }
    return out.build();
  }

  /** Imports the rendered compose files and validates them: what {@code bench/compare.sh} times. */
  @Benchmark
  public ValidationReport validateFiles() throws IOException {
    return validator.validate(importFiles());
  }

  private static void check(ReadResult<?> read) {
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException("the rendered files do not import: " + read.problems());
    }
  }
}
