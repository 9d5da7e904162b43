package io.composegen.generator.imports;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a base compose file and the files layered on it ({@code -f compose.yaml -f compose.prod.yaml}) into one
 * stack with layers, naming each layer after its file.
 *
 * <p>Layer names: {@code compose.override.yaml} and {@code docker-compose.override.yml} are {@code dev};
 * {@code compose.<name>.yaml}, {@code docker-compose.<name>.yml} and {@code docker-compose-<name>.yml} are
 * {@code <name>} (with {@code development} read as {@code dev} and {@code production} as {@code prod}). The
 * stack and each layer keep their file names, so generating writes the same files back.
 */
public final class ComposeFileSet {

  private static final Pattern LAYER_FILE =
      Pattern.compile("(?:docker-)?compose[.-]([A-Za-z0-9_-]+)\\.ya?ml");

  private ComposeFileSet() {}

  /**
   * Reads {@code files}, the first as the base and the others as layers in order.
   *
   * @return the stack and every problem, each naming its file in the message
   */
  public static ReadResult<Stack> read(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("give at least one compose file");
    }
    List<Problem> problems = new ArrayList<>();
    ComposeReader reader = ComposeReader.create();
    Path basePath = files.get(0);
    String baseText = text(basePath, problems);
    Stack stack = Stack.builder(null).build();
    if (baseText != null) {
      ReadResult<Stack> base = reader.readBase(baseText);
      stack = base.value().toBuilder().baseFileName(basePath.getFileName().toString()).build();
      base.problems().forEach(p -> problems.add(inFile(basePath, p)));
    }
    Stack.Builder out = stack.toBuilder();
    for (Path file : files.subList(1, files.size())) {
      String name = layerName(file.getFileName().toString());
      String text = text(file, problems);
      if (text == null) {
        continue;
      }
      ReadResult<Layer> layer = reader.readLayer(name, text);
      layer.problems().forEach(p -> problems.add(inFile(file, p)));
      Layer read = layer.value().toBuilder().fileName(file.getFileName().toString())
          .production(name.equals(Layer.PROD)).build();
      out.layer(read);
    }
    return new ReadResult<>(out.build(), problems);
  }

  /** The base file names Compose looks for, in the order it prefers them. */
  public static final List<String> BASE_FILE_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

  /**
   * Returns the compose files of {@code directory} in the order {@link #read} takes them: the first base file of
   * {@link #BASE_FILE_NAMES} that exists, then the layer files of the same stem beside it ({@code compose.*.yaml},
   * {@code docker-compose.*.yml}, {@code docker-compose-*.yml}), the override file first, then by name.
   *
   * @return the files, or an empty list when the folder has no base file
   * @throws IllegalArgumentException when two layer files stand for the same layer, such as
   *     {@code docker-compose.override.yml} and {@code docker-compose-development.yml}
   * @throws java.io.UncheckedIOException when the folder cannot be listed
   */
  public static List<Path> discover(Path directory) {
    Path base = null;
    for (String name : BASE_FILE_NAMES) {
      if (Files.isRegularFile(directory.resolve(name))) {
        base = directory.resolve(name);
        break;
      }
    }
    if (base == null) {
      return List.of();
    }
    String stem = base.getFileName().toString().startsWith("docker-") ? "docker-compose" : "compose";
    List<Path> layers = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        String name = file.getFileName().toString();
        if (LAYER_FILE.matcher(name).matches() && (name.startsWith(stem + ".") || name.startsWith(stem + "-"))
            && !BASE_FILE_NAMES.contains(name)) {
          layers.add(file);
        }
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
    }
    layers.sort(java.util.Comparator.comparing((Path file) -> !file.getFileName().toString().contains(".override."))
        .thenComparing(file -> file.getFileName().toString()));
    java.util.Map<String, String> byLayer = new java.util.LinkedHashMap<>();
    for (Path file : layers) {
      String name = file.getFileName().toString();
      String other = byLayer.putIfAbsent(layerName(name), name);
      if (other != null) {
        throw new IllegalArgumentException(other + " and " + name + " both stand for layer " + layerName(name)
            + "; name the files to read, base first");
      }
    }
    List<Path> out = new ArrayList<>();
    out.add(base);
    out.addAll(layers);
    return List.copyOf(out);
  }

  /** Returns the layer name a file name stands for, e.g. {@code prod} for {@code compose.prod.yaml}. */
  public static String layerName(String fileName) {
    Matcher m = LAYER_FILE.matcher(fileName);
    String name = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : fileName.replaceAll("\\.ya?ml$", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    return switch (name) {
      case "override", "development", "dev" -> Layer.DEV;
      case "production", "prod" -> Layer.PROD;
      default -> name.matches("[a-z0-9].*") ? name : "layer-" + name;
    };
  }

  private static String text(Path file, List<Problem> problems) {
    try {
      if (Files.isDirectory(file)) {
        problems.add(new Problem(ModelPath.root(), Problem.INVALID_YAML, file + " is a folder, not a compose file",
            "name the compose file inside it, e.g. " + file.resolve("compose.yaml")));
        return null;
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      problems.add(new Problem(ModelPath.root(), Problem.INVALID_YAML, file + " is not UTF-8 text",
          "save it as UTF-8"));
    } catch (IOException e) {
      problems.add(new Problem(ModelPath.root(), Problem.INVALID_YAML, "cannot read " + file + ": " + e.getMessage(),
          "check that the file exists and can be read"));
    }
    return null;
  }

  private static Problem inFile(Path file, Problem problem) {
    return new Problem(problem.path(), problem.code(), file.getFileName() + ": " + problem.message(), problem.hint());
  }
}
