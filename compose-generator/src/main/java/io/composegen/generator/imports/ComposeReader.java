package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Service;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the content of a compose file into the model: a base file into a {@link Stack}, a file layered on it
 * ({@code compose.override.yaml}, {@code compose.prod.yaml}) into a {@link Layer}.
 *
 * <p>Every attribute of the model is read in each syntax Compose allows for it (short and long port and volume
 * syntax, maps or {@code KEY=VALUE} lists, a string or a list for commands, and so on). {@code ${VAR}} and
 * {@code $$} are kept as written; {@code version} is accepted and dropped. Bad input never throws: every problem
 * is collected with its path, a code, the offending value and a hint, and the result holds what could be read.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<Stack> result = ComposeReader.create().readBase(Files.readString(path));
 * result.problems().forEach(System.err::println);
 * }</pre>
 */
public final class ComposeReader {

  private static final List<String> TOP_LEVEL =
      List.of("version", "name", "services", "networks", "volumes", "secrets", "configs");
  private static final Set<String> UNSUPPORTED_TOP_LEVEL = Set.of("include", "models");
  private static final ModelPath SERVICES = ModelPath.of("services");

  private final YamlLoader loader;

  private ComposeReader(YamlLoader loader) {
    this.loader = loader;
  }

  /**
   * Returns a reader that loads YAML with {@link JacksonYamlLoader}. It maps the services of a file while the loader
   * parses it, on a second thread from the 64th service on, so that the YAML tree of all the services is never held
   * at once; the result is the one mapping the whole tree gives.
   */
  public static ComposeReader create() {
    return new ComposeReader(new JacksonYamlLoader());
  }

  /**
   * Returns a reader that loads YAML with {@code loader}. With a {@link JacksonYamlLoader} the services are mapped
   * while it parses, as {@link #create()} does; with another loader, once it returned the whole tree.
   */
  public static ComposeReader withLoader(YamlLoader loader) {
    return new ComposeReader(Objects.requireNonNull(loader, "loader"));
  }

  /** Reads the text of a base compose file; every service needs an image, a build or an extends. */
  public ReadResult<Stack> readBase(String text) {
    ServiceBatch.prepare();
    ServiceStream services = new ServiceStream(SERVICES, true);
    YamlLoader.Loaded loaded = load(Objects.requireNonNull(text, "text"), null, services);
    return readBase(loaded.tree(), loaded.problems(), services);
  }

  /**
   * Reads the text of the base compose file {@code file}, like {@link #readBase(String)}; every problem carries
   * {@code file} with the line and column its path points to ({@code compose.yaml:12:7}).
   *
   * @param file the file as shown to the user, e.g. {@code compose.yaml}
   */
  public ReadResult<Stack> readBase(String text, String file) {
    Objects.requireNonNull(file, "file");
    ServiceBatch.prepare();
    ServiceStream services = new ServiceStream(SERVICES, true);
    YamlLoader.Loaded loaded = load(Objects.requireNonNull(text, "text"), file, services);
    ReadResult<Stack> read = readBase(loaded.tree(), loaded.problems(), services);
    return new ReadResult<>(read.value(), SourceLocations.locateAll(file, text, read.problems()));
  }

  /** Reads the tree of a base compose file, as loaded by a {@link YamlLoader}; null stands for an empty file. */
  public ReadResult<Stack> readBase(JsonNode tree) {
    return readBase(tree, List.of(), null);
  }

  /** Reads the text of a file layered on the base as layer {@code layerName}; its services may be fragments. */
  public ReadResult<Layer> readLayer(String layerName, String text) {
    ServiceBatch.prepare();
    ServiceStream services = new ServiceStream(SERVICES, false);
    YamlLoader.Loaded loaded = load(Objects.requireNonNull(text, "text"), null, services);
    return readLayer(layerName, loaded.tree(), loaded.problems(), services);
  }

  /**
   * Reads the text of {@code file}, layered on the base as layer {@code layerName}, like
   * {@link #readLayer(String, String)}; every problem carries {@code file} with its line and column.
   *
   * @throws IllegalArgumentException when {@code layerName} is not a valid layer name
   */
  public ReadResult<Layer> readLayer(String layerName, String text, String file) {
    Objects.requireNonNull(file, "file");
    ServiceBatch.prepare();
    ServiceStream services = new ServiceStream(SERVICES, false);
    YamlLoader.Loaded loaded = load(Objects.requireNonNull(text, "text"), file, services);
    ReadResult<Layer> read = readLayer(layerName, loaded.tree(), loaded.problems(), services);
    return new ReadResult<>(read.value(), SourceLocations.locateAll(file, text, read.problems()));
  }

  /**
   * Reads the tree of a file layered on the base as layer {@code layerName}; null stands for an empty file.
   *
   * @throws IllegalArgumentException when {@code layerName} is not a valid layer name
   */
  public ReadResult<Layer> readLayer(String layerName, JsonNode tree) {
    return readLayer(layerName, tree, List.of(), null);
  }

  /**
   * Loads {@code text} with this reader's loader, handing the services over to {@code services} while it parses when
   * the loader is composegen's own; the stream is told when the load ended well, and cancelled when it failed.
   */
  private YamlLoader.Loaded load(String text, String file, ServiceStream services) {
    YamlLoader.Loaded loaded;
    try {
      if (loader instanceof JacksonYamlLoader jackson) {
        loaded = jackson.load(text, file, null, services);
      } else if (loader instanceof ComposeFileSet.CapturingLoader capturing) {
        loaded = capturing.load(text, file, services);
      } else {
        loaded = file == null ? loader.load(text) : loader.load(text, file);
      }
    } catch (RuntimeException | Error e) {
      services.cancel();
      throw e;
    }
    if (loaded.tree() == null) {
      services.cancel();
    } else {
      services.loaded();
    }
    return loaded;
  }

  /** Reads a base file's tree; {@code services}, when not null, holds the services its load handed over. */
  private ReadResult<Stack> readBase(JsonNode tree, List<Problem> loadProblems, ServiceStream services) {
    try {
      Reading reading = new Reading();
      loadProblems.forEach(reading::add);
      Stack.Builder[] stack = {Stack.builder(null)};
      Fields f = root(reading, tree);
      if (f != null) {
        f.get("version");
        f.read("name", (n, p) -> {
          String name = reading.string(n, p, "write the project name as a string");
          String hint = "use lower-case letters, digits, '-' and '_', starting with a letter or digit";
          return name == null ? null : reading.attempt(p, hint, () -> Stack.builder(name).build().name());
        }, name -> stack[0] = Stack.builder(name));
        Stack.Builder b = stack[0];
        topLevel(reading, f, true, services, b::service, b::network, b::volume, b::secret, b::config,
            b::extension);
      }
      return new ReadResult<>(stack[0].build(), reading.problems());
    } finally {
      if (services != null) {
        services.cancel();
      }
    }
  }

  /** Reads a layer file's tree; {@code services}, when not null, holds the services its load handed over. */
  private ReadResult<Layer> readLayer(String layerName, JsonNode tree, List<Problem> loadProblems,
      ServiceStream services) {
    try {
      Layer.Builder layer = Layer.named(layerName);
      layer.build(); // rejects an invalid layer name before reading anything
      Reading reading = new Reading();
      loadProblems.forEach(reading::add);
      Fields f = root(reading, tree);
      if (f != null) {
        f.get("version");
        if (f.get("name") != null) {
          reading.problem(ModelPath.of("name"), Problem.UNKNOWN_KEY, "a layer file cannot set the project name",
              "set name in the base file only");
        }
        topLevel(reading, f, false, services, layer::service, layer::network, layer::volume, layer::secret,
            layer::config, layer::extension);
      }
      return new ReadResult<>(layer.build(), reading.problems());
    } finally {
      if (services != null) {
        services.cancel();
      }
    }
  }

  private static Fields root(Reading reading, JsonNode tree) {
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return null;
    }
    return reading.fields(tree, ModelPath.root(), "the top level", "write a mapping with services, networks ...");
  }

  private static void topLevel(Reading reading, Fields f, boolean base, ServiceStream streamed,
      Consumer<Service> service,
      BiConsumer<String, Network> network, BiConsumer<String, Volume> volume, BiConsumer<String, Secret> secret,
      BiConsumer<String, Config> config, BiConsumer<String, Object> extension) {
    JsonNode services = section(reading, f, "services");
    if (services != null) {
      if (streamed != null && streamed.used()) {
        ServiceBatch.read(reading, services, SERVICES, base, service, streamed);
      } else {
        ServiceBatch.read(reading, services, SERVICES, base, service);
      }
    }
    named(reading, f, "networks", (name, node, path) -> set(name, ResourceReader.network(reading, node, path), network));
    named(reading, f, "volumes", (name, node, path) -> set(name, ResourceReader.volume(reading, node, path), volume));
    named(reading, f, "secrets", (name, node, path) -> set(name, ResourceReader.secret(reading, node, path), secret));
    named(reading, f, "configs", (name, node, path) -> set(name, ResourceReader.config(reading, node, path), config));
    f.extensions(extension);
    f.unsupported(UNSUPPORTED_TOP_LEVEL.toArray(String[]::new));
    TOP_LEVEL.forEach(f::get);
    f.finish();
  }

  /** Reads one entry of a top-level section. */
  @FunctionalInterface
  private interface Entry {
    void read(String name, JsonNode node, ModelPath path);
  }

  private static void named(Reading reading, Fields f, String section, Entry entry) {
    JsonNode node = section(reading, f, section);
    if (node != null) {
      ModelPath path = ModelPath.of(section);
      node.fields().forEachRemaining(e -> entry.read(e.getKey(), e.getValue(), path.key(e.getKey())));
    }
  }

  /** Returns the mapping of a top-level section, or null when it is absent, null or (reported) not a mapping. */
  private static JsonNode section(Reading reading, Fields f, String section) {
    JsonNode node = f.get(section);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      reading.wrongType(ModelPath.of(section), "a mapping of names to " + section, node,
          "write one entry per name under " + section);
      return null;
    }
    return node;
  }

  private static <T> void set(String name, T value, BiConsumer<String, T> setter) {
    if (value != null) {
      setter.accept(name, value);
    }
  }

  /** Returns the YAML names of the service attributes this reader reads, for checks against the model's table. */
  static Set<String> serviceAttributes() {
    return ServiceReader.attributeNames();
  }
}
