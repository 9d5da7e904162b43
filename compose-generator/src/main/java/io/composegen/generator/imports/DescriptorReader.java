package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Preset;
import io.composegen.model.preset.Presets;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.GeneratedBuild;
import io.composegen.model.service.Reset;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttributes;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads a stack descriptor ({@code src/main/compose/stack.yaml}) into a {@link Stack} with its layers.
 *
 * <p>A descriptor is a compose file, read attribute by attribute as {@link ComposeReader} reads one, plus:
 * <ul>
 *   <li>{@code base_file} at the top: the file the base renders to, e.g. {@code docker-compose.yml};</li>
 *   <li>per service {@code recipe} (a Dockerfile composegen generates, see {@link RecipeReader}), {@code preset}
 *       (a ready-made service such as {@code "redis:7.0"}, renamed to the entry's key, with the entry's other
 *       attributes merged on top by Compose's rules) and {@code image_of} (run another service's built image);</li>
 *   <li>{@code layers}: layer name to {@code file}, {@code production}, {@code services} (fragments, {@code "*"}
 *       for every service, each may hold {@code reset}: a list of attribute names and {@code {attribute: key}}
 *       entries to remove), {@code networks}, {@code volumes}, {@code secrets}, {@code configs} and {@code x-*}.</li>
 * </ul>
 * The format is documented in {@code docs/descriptor.md}. Bad input never throws: every problem is collected with
 * its path, the file, line and column it points to, a code and a hint. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<Stack> result = DescriptorReader.create().read(Path.of("src/main/compose/stack.yaml"));
 * result.problems().forEach(System.err::println); // stack.yaml:12:5 services.web.ports[1]: CG703 ...
 * }</pre>
 */
public final class DescriptorReader {

  /** Where a project keeps its descriptor, relative to the project folder. */
  public static final String DEFAULT_PATH = "src/main/compose/stack.yaml";

  private static final List<String> TOP_LEVEL =
      List.of("version", "name", "base_file", "services", "networks", "volumes", "secrets", "configs", "layers");
  private static final List<String> LAYER_KEYS =
      List.of("file", "production", "services", "networks", "volumes", "secrets", "configs");
  private static final Set<String> UNSUPPORTED_TOP_LEVEL = Set.of("include", "models");
  private static final Set<String> SERVICE_EXTRAS = Set.of("recipe", "preset", "image_of", "reset");
  private static final String STRING_HINT = "write a string; quote it if YAML reads it as something else";
  private static final String RESET_HINT =
      "write a list of attribute names and {attribute: key} entries, e.g. [container_name, {ports: \"8080:80\"}]";

  private final YamlLoader loader;

  private DescriptorReader(YamlLoader loader) {
    this.loader = loader;
  }

  /** Returns a reader that loads YAML with {@link JacksonYamlLoader}. */
  public static DescriptorReader create() {
    return new DescriptorReader(new JacksonYamlLoader());
  }

  /** Reads the descriptor {@code file}, naming it as given in every location. */
  public ReadResult<Stack> read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads the descriptor {@code file}, naming it {@code shownAs} in every location (e.g. a path relative to the
   * project folder). A file that cannot be read gives one problem.
   */
  public ReadResult<Stack> read(Path file, String shownAs) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(shownAs, "shownAs");
    String problem;
    String hint;
    try {
      if (Files.isDirectory(file)) {
        problem = "is a folder, not a stack descriptor";
        hint = "name the descriptor file inside it, e.g. " + file.resolve("stack.yaml");
      } else {
        return read(Files.readString(file, StandardCharsets.UTF_8), shownAs);
      }
    } catch (MalformedInputException e) {
      problem = "is not UTF-8 text";
      hint = "save it as UTF-8";
    } catch (IOException e) {
      problem = "cannot be read: " + e.getMessage();
      hint = "check that the file exists and can be read";
    }
    Problem p = new Problem(ModelPath.root(), Problem.INVALID_YAML, shownAs + " " + problem, hint)
        .at(Problem.Location.of(shownAs));
    return new ReadResult<>(Stack.builder(null).build(), List.of(p));
  }

  /** Reads the text of a descriptor, naming it {@code shownAs} in every location. */
  public ReadResult<Stack> read(String text, String shownAs) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(shownAs, "shownAs");
    YamlLoader.Loaded loaded = loader.load(text, shownAs);
    Reading reading = new Reading();
    loaded.problems().forEach(reading::add);
    Stack stack = new Mapping(reading).stack(loaded.tree());
    return new ReadResult<>(stack, SourceLocations.locateAll(shownAs, text, reading.problems()));
  }

  /** The mapping of one descriptor's tree to the model, collecting problems in one {@link Reading}. */
  private static final class Mapping {
    private final Reading reading;
    private final Map<String, Service> baseServices = new LinkedHashMap<>();

    Mapping(Reading reading) {
      this.reading = reading;
    }

    Stack stack(JsonNode tree) {
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return Stack.builder(null).build();
      }
      Fields f = reading.fields(tree, ModelPath.root(), "the stack descriptor",
          "write a mapping with name, services, layers ...");
      if (f == null) {
        return Stack.builder(null).build();
      }
      f.get("version"); // accepted and dropped, as in compose files
      String[] name = new String[1];
      f.read("name", (n, p) -> {
        String text = reading.string(n, p, "write the project name as a string");
        return text == null ? null : reading.attempt(p,
            "use lower-case letters, digits, '-' and '_', starting with a letter or digit",
            () -> Stack.builder(text).build().name());
      }, v -> name[0] = v);
      Stack.Builder stack = Stack.builder(name[0]);
      f.read("base_file", (n, p) -> fileName(n, p, "the base"), stack::baseFileName);
      Resources resources = new Resources();
      services(f, ModelPath.of("services"), true, resources, stack::service);
      resources.read(reading, f, ModelPath.root());
      resources.addTo(stack::network, stack::volume, stack::secret, stack::config);
      f.extensions(stack::extension);
      layers(f, stack);
      f.unsupported(UNSUPPORTED_TOP_LEVEL.toArray(String[]::new));
      TOP_LEVEL.forEach(f::get);
      f.finish();
      Stack built = reading.attempt(ModelPath.root(), "change the descriptor as the message says", stack::build);
      return built != null ? built : Stack.builder(null).build();
    }

    private String fileName(JsonNode node, ModelPath path, String what) {
      String text = reading.string(node, path, STRING_HINT);
      if (text == null) {
        return null;
      }
      if (text.isBlank() || text.contains("/") || text.contains("\\")) {
        reading.problem(path, Problem.INVALID_VALUE, "file name " + Reading.quote(text) + " of " + what
            + " is not a plain file name", "write a file name without folders, e.g. docker-compose.yml");
        return null;
      }
      return text;
    }

    private void layers(Fields f, Stack.Builder stack) {
      JsonNode node = f.get("layers");
      if (node == null || node.isNull()) {
        return;
      }
      ModelPath path = ModelPath.of("layers");
      if (!node.isObject()) {
        reading.wrongType(path, "a mapping of layer names to layers", node, "write one entry per layer, e.g. dev:");
        return;
      }
      node.fields().forEachRemaining(e -> {
        Layer layer = layer(e.getKey(), e.getValue(), path.key(e.getKey()));
        if (layer != null) {
          stack.layer(layer);
        }
      });
    }

    private Layer layer(String name, JsonNode node, ModelPath path) {
      Layer.Builder layer = reading.attempt(path, "name layers with lower-case letters, digits, '-' and '_'",
          () -> {
            Layer.Builder b = Layer.named(name).production(name.equals(Layer.PROD));
            b.build();
            return b;
          });
      if (layer == null || node.isNull()) {
        return layer == null ? null : layer.build();
      }
      Fields f = reading.fields(node, path, "a layer", "write a mapping with file, production, services ...");
      if (f == null) {
        return null;
      }
      f.read("file", (n, p) -> fileName(n, p, "layer " + name), layer::fileName);
      f.bool("production", layer::production);
      Resources resources = new Resources();
      services(f, path.key("services"), false, resources, layer::service);
      resources.read(reading, f, path);
      resources.addTo(layer::network, layer::volume, layer::secret, layer::config);
      f.extensions(layer::extension);
      LAYER_KEYS.forEach(f::get);
      f.finish();
      return layer.build();
    }

    private void services(Fields f, ModelPath path, boolean base, Resources resources,
        Consumer<Service> add) {
      JsonNode node = f.get("services");
      if (node == null || node.isNull()) {
        return;
      }
      if (!node.isObject()) {
        reading.wrongType(path, "a mapping of names to services", node, "write one entry per name under services");
        return;
      }
      node.fields().forEachRemaining(e -> {
        Service service = service(e.getKey(), e.getValue(), path.key(e.getKey()), base, resources);
        if (service != null) {
          if (base) {
            baseServices.put(service.name(), service);
          }
          add.accept(service);
        }
      });
    }

    /** Reads one service entry: its compose attributes, then preset, image_of, recipe and reset. */
    private Service service(String name, JsonNode node, ModelPath path, boolean base, Resources resources) {
      if (base && name.equals(Service.ALL_SERVICES)) {
        reading.problem(path, Problem.INVALID_VALUE, "\"*\" is not a service name",
            "use \"*\" in a layer's services, where it patches every service of the environment");
        return null;
      }
      if (!node.isObject()) {
        return ServiceReader.read(reading, name, node, path, false); // reports the wrong type
      }
      ObjectNode compose = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> {
        if (!SERVICE_EXTRAS.contains(e.getKey())) {
          compose.set(e.getKey(), e.getValue());
        }
      });
      Service read = ServiceReader.read(reading, name, compose, path, false);
      if (read == null) {
        return null;
      }
      int mark = reading.mark();
      Service.Builder service = read.toBuilder();
      JsonNode preset = node.get("preset");
      if (preset != null) {
        Preset found = preset(preset, path.key("preset"));
        if (found != null) {
          service = ServiceAttributes.merge(renamed(found.service(), name), read).toBuilder();
          found.volumes().forEach(resources.presetVolumes::putIfAbsent);
          found.secrets().forEach(resources.presetSecrets::putIfAbsent);
        }
      }
      JsonNode imageOf = node.get("image_of");
      if (imageOf != null) {
        String other = reading.string(imageOf, path.key("image_of"), "write the name of the service that builds it");
        if (other != null) {
          service.imageOf(other);
        }
      }
      JsonNode recipe = node.get("recipe");
      if (recipe != null) {
        GeneratedBuild build = RecipeReader.read(reading, recipe, path.key("recipe"));
        if (build != null) {
          service.generatedBuild(build);
        }
      }
      JsonNode reset = node.get("reset");
      if (reset != null) {
        if (base) {
          reading.problem(path.key("reset"), Problem.UNKNOWN_KEY, "reset in a base service removes nothing",
              "move it to the service's entry in a layer, where it removes what the base sets");
        } else {
          List<Reset> resets = resets(reset, path.key("reset"));
          if (resets != null) {
            service.resets(resets);
          }
        }
      }
      if (base && !node.has("image") && !node.has("build") && !node.has("extends") && preset == null
          && imageOf == null && recipe == null) {
        reading.missing(path, "service \"" + name + "\" has neither image nor build",
            "set image, build, recipe, preset or image_of");
      }
      if (!base && (recipe != null || imageOf != null)
          && (baseServices.containsKey(name) || name.equals(Service.ALL_SERVICES))) {
        reading.problem(path.key(recipe != null ? "recipe" : "image_of"), Problem.INVALID_VALUE,
            "a layer cannot change how a base service's image is built",
            "set recipe and image_of in the base; images are built once for every environment");
      }
      if (reading.since(mark)) {
        return read;
      }
      Service built = reading.attempt(path, "keep one of image, build, recipe and image_of", service::build);
      return built != null ? built : read;
    }

    private Preset preset(JsonNode node, ModelPath path) {
      String reference = reading.string(node, path, "write the preset's name and tag, e.g. \"redis:7.0\"");
      if (reference == null) {
        return null;
      }
      return reading.attempt(path, "write one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, "
          + "elasticsearch, optionally with a tag, e.g. \"redis:7.0\"", () -> Presets.named(reference));
    }

    private List<Reset> resets(JsonNode node, ModelPath path) {
      if (node.isTextual()) {
        Reset one = reading.attempt(path, RESET_HINT, () -> Reset.of(node.textValue()));
        return one == null ? null : List.of(one);
      }
      if (!node.isArray()) {
        reading.wrongType(path, "a list", node, RESET_HINT);
        return null;
      }
      List<Reset> out = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        ModelPath at = path.index(i);
        if (item.isTextual()) {
          Reset whole = reading.attempt(at, RESET_HINT, () -> Reset.of(item.textValue()));
          if (whole != null) {
            out.add(whole);
          }
        } else if (item.isObject()) {
          item.fields().forEachRemaining(e -> {
            ModelPath key = at.key(e.getKey());
            List<String> keys = reading.strings(e.getValue(), key, true, RESET_HINT);
            if (keys != null) {
              keys.forEach(k -> {
                Reset element = reading.attempt(key, RESET_HINT, () -> Reset.element(e.getKey(), k));
                if (element != null) {
                  out.add(element);
                }
              });
            }
          });
        } else {
          reading.wrongType(at, "an attribute name or {attribute: key}", item, RESET_HINT);
        }
      }
      return out;
    }
  }

  /** The top-level networks, volumes, secrets and configs of the stack or a layer, and those presets bring. */
  private static final class Resources {
    private final Map<String, Volume> presetVolumes = new LinkedHashMap<>();
    private final Map<String, Secret> presetSecrets = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, Config> configs = new LinkedHashMap<>();

    /** Reads the four sections of the mapping {@code f} at {@code at}. */
    void read(Reading r, Fields f, ModelPath at) {
      named(r, f, at, "networks", (n, p) -> ResourceReader.network(r, n, p), networks);
      named(r, f, at, "volumes", (n, p) -> ResourceReader.volume(r, n, p), volumes);
      named(r, f, at, "secrets", (n, p) -> ResourceReader.secret(r, n, p), secrets);
      named(r, f, at, "configs", (n, p) -> ResourceReader.config(r, n, p), configs);
    }

    /** Passes on the file's entries, then those presets bring that the file does not define. */
    void addTo(BiConsumer<String, Network> network, BiConsumer<String, Volume> volume,
        BiConsumer<String, Secret> secret, BiConsumer<String, Config> config) {
      networks.forEach(network);
      volumes.forEach(volume);
      presetVolumes.forEach((k, v) -> {
        if (!volumes.containsKey(k)) {
          volume.accept(k, v);
        }
      });
      secrets.forEach(secret);
      presetSecrets.forEach((k, v) -> {
        if (!secrets.containsKey(k)) {
          secret.accept(k, v);
        }
      });
      configs.forEach(config);
    }
  }

  /** Returns {@code service} under another name, with every attribute but no resets. */
  private static Service renamed(Service service, String name) {
    Service named = service.withName(name);
    return named.resets().isEmpty() ? named : named.toBuilder().resets(List.of()).build();
  }

  /** Reads one entry of a top-level section. */
  private static <T> void named(Reading reading, Fields f, ModelPath at, String section,
      BiFunction<JsonNode, ModelPath, T> read, Map<String, T> into) {
    JsonNode node = f.get(section);
    if (node == null || node.isNull()) {
      return;
    }
    ModelPath path = at.key(section);
    if (!node.isObject()) {
      reading.wrongType(path, "a mapping of names to " + section, node, "write one entry per name under " + section);
      return;
    }
    node.fields().forEachRemaining(e -> {
      T value = read.apply(e.getValue(), path.key(e.getKey()));
      if (value != null) {
        into.put(e.getKey(), value);
      }
    });
  }
}
