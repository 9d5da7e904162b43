package io.composegen.generator.imports;

import io.composegen.generator.validate.ValidationReport;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a base compose file and the files layered on it ({@code -f compose.yaml -f compose.prod.yaml}) into one
 * stack with layers, naming each layer after its file.
 *
 * <p>Layer names: {@code compose.override.yaml} and {@code docker-compose.override.yml} are {@code dev};
 * {@code compose.<name>.yaml}, {@code docker-compose.<name>.yml} and {@code docker-compose-<name>.yml} are
 * {@code <name>} (with {@code development} read as {@code dev} and {@code production} as {@code prod}). The
 * stack and each layer keep their file names, so generating writes the same files back.
 *
 * <p>Each service's {@code extends} is resolved while reading: the service becomes the service it extends (in the
 * same file, or in another file, whose relative paths are moved to this file's folder) with its own attributes
 * merged on top by Compose's rules, so the
 * imported model and the files generated from it no longer depend on {@code extends}. A service that runs the
 * image another service builds is imported as {@code image_of} that service (see {@link #shareImages}). Every
 * problem is located at {@code file:line:column}.
 */
public final class ComposeFileSet {

  private static final Pattern LAYER_FILE =
      Pattern.compile("(?:docker-)?compose[.-]([A-Za-z0-9_-]+)\\.ya?ml");

  private ComposeFileSet() {}

  /**
   * Reads {@code files}, the first as the base and the others as layers in order, naming each file as given in
   * problem locations.
   *
   * @return the stack and every problem, each located at {@code file:line:column}
   */
  public static ReadResult<Stack> read(List<Path> files) {
    return read(files, null);
  }

  /**
   * Reads {@code files}, the first as the base and the others as layers in order; each file is named relative to
   * {@code shownFrom} in problem locations (as given when null, or when it lies elsewhere).
   *
   * @return the stack and every problem, each located at {@code file:line:column}
   */
  public static ReadResult<Stack> read(List<Path> files, Path shownFrom) {
    return read(files, shownFrom, JacksonYamlLoader.Limits.DEFAULT);
  }

  /**
   * Reads {@code files} as {@link #read(List, Path)} does, with the YAML reader's {@code limits} instead of the
   * {@link JacksonYamlLoader.Limits#DEFAULT defaults}, e.g. a longer file for a generated stack of thousands of
   * services.
   *
   * @return the stack and every problem, each located at {@code file:line:column}
   */
  public static ReadResult<Stack> read(List<Path> files, Path shownFrom, JacksonYamlLoader.Limits limits) {
    return read(files, shownFrom, limits, null);
  }

  /**
   * Reads {@code files} as {@link #read(List, Path, JacksonYamlLoader.Limits)} does and, when {@code strings} is not
   * null, puts there the string values that hold a {@code $} of each file loaded, by the file as shown (a file
   * loaded twice, as a layer and through {@code extends}, the first time).
   */
  static ReadResult<Stack> read(List<Path> files, Path shownFrom, JacksonYamlLoader.Limits limits,
      Map<String, List<SourceLocations.Scalar>> strings) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("give at least one compose file");
    }
    ServiceBatch.prepare(); // while the YAML reader is made and the base file parsed
    List<Problem> problems = new ArrayList<>();
    JacksonYamlLoader jackson = new JacksonYamlLoader(limits);
    ComposeReader reader = ComposeReader.withLoader(strings == null ? jackson : new CapturingLoader(jackson, strings));
    Path basePath = files.get(0);
    String baseShown = shown(basePath, shownFrom);
    String baseText = text(basePath, baseShown, problems);
    ExtendsResolver extendsResolver = new ExtendsResolver(reader, file -> shown(file, shownFrom), problems);
    Stack stack = Stack.builder(null).build();
    if (baseText != null) {
      ReadResult<Stack> base = reader.readBase(baseText, baseShown);
      problems.addAll(base.problems());
      if (base.value().services().isEmpty() && base.problems().isEmpty()) {
        problems.add(new Problem(ModelPath.root(), Problem.MISSING_VALUE, baseShown + " defines no services",
            "add a services: mapping with at least one service").at(Problem.Location.of(baseShown)));
      }
      Stack.Builder resolved = base.value().toBuilder().baseFileName(basePath.getFileName().toString());
      Map<String, Service> services = extendsResolver.resolve(
          new ExtendsResolver.SourceFile(basePath, baseShown, baseText, base.value().services()), true);
      shareImages(services, base.value().name()).values().forEach(resolved::service);
      stack = resolved.build();
    }
    Stack.Builder out = stack.toBuilder();
    for (Path file : files.subList(1, files.size())) {
      String name = layerName(file.getFileName().toString());
      String shown = shown(file, shownFrom);
      String text = text(file, shown, problems);
      if (text == null) {
        continue;
      }
      ReadResult<Layer> layer = reader.readLayer(name, text, shown);
      problems.addAll(layer.problems());
      Layer.Builder resolved = layer.value().toBuilder().fileName(file.getFileName().toString())
          .production(name.equals(Layer.PROD));
      extendsResolver.resolve(new ExtendsResolver.SourceFile(file, shown, text, layer.value().services()), false)
          .values().forEach(resolved::service);
      Layer read = resolved.build();
      out.layer(read);
    }
    return new ReadResult<>(out.build(), problems);
  }

  /**
   * Returns {@code services} with each service that runs an image another one builds turned into
   * {@code image_of} that one: a service without build whose image is the image a service builds
   * ({@code image: master-image} beside {@code build: ./app, image: master-image}), and a service whose build and
   * image equal those of an earlier service. Two builds without an image name are joined only in a named stack,
   * where the generated image name is known.
   */
  static Map<String, Service> shareImages(Map<String, Service> services, String stackName) {
    Map<String, Service> out = new LinkedHashMap<>(services);
    // of the services that keep their build: the first for each build and image, and the first for each image name
    Map<Built, Service> firstBuilding = new HashMap<>();
    Map<String, Service> firstNaming = new HashMap<>();
    for (Service service : services.values()) {
      if (service.build() == null) {
        continue;
      }
      Built built = new Built(service.build(), service.image());
      Service same = service.image() != null || stackName != null ? firstBuilding.get(built) : null;
      if (same == null) {
        firstBuilding.putIfAbsent(built, service);
        if (service.image() != null) {
          firstNaming.putIfAbsent(service.image(), service);
        }
      } else {
        out.put(service.name(), service.toBuilder().build((BuildSpec) null).image(null).imageOf(same.name()).build());
      }
    }
    for (Service service : services.values()) {
      if (service.build() != null || service.image() == null || service.imageOf() != null) {
        continue;
      }
      Service builder = firstNaming.get(service.image());
      if (builder != null) {
        out.put(service.name(), service.toBuilder().image(null).imageOf(builder.name()).build());
      }
    }
    return out;
  }

  /** A build and the image name it gives, the key under which services build the same image. */
  private record Built(BuildSpec build, String image) {}

  /** Returns how {@code file} is named in problems: relative to {@code from} when it lies there, else as given. */
  static String shown(Path file, Path from) {
    if (from != null) {
      Path absolute = file.toAbsolutePath().normalize();
      Path base = from.toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        return base.relativize(absolute).toString();
      }
    }
    return file.toString();
  }

  /**
   * Points the problems of {@code report} that a validation of the stack {@code files} were read into found in one of
   * those files to their line and column there: the place of the key or list item the problem's path names, else of
   * the closest enclosing one the file holds (for a value Compose's long syntax names that the file writes short, or a
   * service that {@code extends} another), and names the file relative to {@code shownFrom}, as {@link #read(List,
   * Path)} names it in its own problems. A problem names its file as the stack does, by its name alone
   * ({@code compose.prod.yaml}). Problems already at a line, of no file or of another one (a generated Dockerfile),
   * and those of a file that can no longer be read are kept as they are. The other places a problem names
   * ({@link io.composegen.generator.validate.Problem#related()}) are placed alike. Each file with a problem or place
   * to place is read and walked once more; a report without one is returned as it is.
   *
   * @param report what the validator found in the stack read from {@code files}
   * @param files the compose files as given to {@link #read(List, Path)}, the base first
   * @param shownFrom the folder file names are shown relative to, or null to show them as given
   * @return the report with its problems placed
   */
  public static ValidationReport locate(ValidationReport report, List<Path> files, Path shownFrom) {
    Map<String, Path> byName = new LinkedHashMap<>();
    files.forEach(file -> byName.putIfAbsent(file.getFileName().toString(), file));
    BiPredicate<String, Integer> toPlace = (file, line) -> line == 0 && file != null && byName.containsKey(file);
    // the paths to place, by file, so that each file is walked once and keeps only the places asked for
    Map<String, List<ModelPath>> wanted = new HashMap<>();
    BiConsumer<String, ModelPath> want = (file, path) -> wanted.computeIfAbsent(file, k -> new ArrayList<>()).add(path);
    Stream.concat(report.problems().stream(),
            report.acknowledged().stream().map(ValidationReport.Acknowledged::problem))
        .forEach(p -> {
          if (toPlace.test(p.file(), p.line())) {
            want.accept(p.file(), p.path());
          }
          p.related().stream().filter(r -> toPlace.test(r.file(), r.line()))
              .forEach(r -> want.accept(r.file(), r.path()));
        });
    if (wanted.isEmpty()) {
      return report;
    }
    Map<String, Optional<SourceLocations>> walked = new HashMap<>();
    BiFunction<String, ModelPath, Problem.Location> placeOf = (name, path) -> walked.computeIfAbsent(name, n -> {
      Path file = byName.get(n);
      String shown = shown(file, shownFrom);
      return Optional.ofNullable(text(file, shown, new ArrayList<>()))
          .map(text -> SourceLocations.of(shown, text, wanted.get(n)));
    }).map(places -> places.locate(path)).orElse(null);
    UnaryOperator<io.composegen.generator.validate.Problem> place = problem -> {
      io.composegen.generator.validate.Problem out = problem;
      Problem.Location at = toPlace.test(problem.file(), problem.line()) ? placeOf.apply(problem.file(), problem.path())
          : null;
      if (at != null) {
        out = new io.composegen.generator.validate.Problem(at.file(), problem.path(), problem.severity(),
            problem.code(), problem.message(), problem.hint(), problem.environments(), at.line(), at.column(),
            problem.related());
      }
      if (problem.related().stream().anyMatch(r -> toPlace.test(r.file(), r.line()))) {
        out = out.withRelated(problem.related().stream().map(r -> {
          Problem.Location there = toPlace.test(r.file(), r.line()) ? placeOf.apply(r.file(), r.path()) : null;
          return there == null ? r : new io.composegen.generator.validate.Problem.Place(there.file(), r.path(),
              there.line(), there.column());
        }).toList());
      }
      return out;
    };
    List<io.composegen.generator.validate.Problem> problems = report.problems().stream().map(place).toList();
    List<ValidationReport.Acknowledged> acknowledged = report.acknowledged().stream()
        .map(a -> new ValidationReport.Acknowledged(place.apply(a.problem()), a.acknowledgement())).toList();
    return new ValidationReport(problems, acknowledged, report.environments(), report.failOn());
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

  private static String text(Path file, String shown, List<Problem> problems) {
    String message;
    String hint;
    try {
      if (Files.isDirectory(file)) {
        message = shown + " is a folder, not a compose file";
        hint = "name the compose file inside it, e.g. " + shown + "/compose.yaml";
      } else {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
    } catch (MalformedInputException e) {
      message = shown + " is not UTF-8 text";
      hint = "save it as UTF-8";
    } catch (java.nio.file.NoSuchFileException e) {
      message = shown + " does not exist";
      hint = "check the file name; give the base file first, then the layer files";
    } catch (IOException e) {
      message = "cannot read " + shown + ": " + e.getMessage();
      hint = "check that the file exists and can be read";
    }
    problems.add(new Problem(ModelPath.root(), Problem.INVALID_YAML, message, hint).at(Problem.Location.of(shown)));
    return null;
  }

  /**
   * Loads with composegen's loader and puts the string values that hold a {@code $} of each file loaded into a map,
   * by the file as shown (a file loaded twice, as a layer and through {@code extends}, the first time).
   */
  static final class CapturingLoader implements YamlLoader {
    private final JacksonYamlLoader jackson;
    private final Map<String, List<SourceLocations.Scalar>> strings;

    CapturingLoader(JacksonYamlLoader jackson, Map<String, List<SourceLocations.Scalar>> strings) {
      this.jackson = jackson;
      this.strings = strings;
    }

    @Override
    public Loaded load(String text) {
      return jackson.load(text);
    }

    @Override
    public Loaded load(String text, String file) {
      return load(text, file, null);
    }

    /** Loads as {@link #load(String, String)} does, handing the services over to {@code services} when not null. */
    Loaded load(String text, String file, ServiceStream services) {
      List<SourceLocations.Scalar> into = null;
      if (file != null && !strings.containsKey(file)) {
        into = new ArrayList<>();
        strings.put(file, into);
      }
      return jackson.load(text, file, into, services);
    }
  }
}
