package io.composegen.generator.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.testkit.ComposeSchema;
import io.composegen.generator.oracle.DockerComposeCli;
import io.composegen.model.Stack;
import io.composegen.model.resource.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Judges the {@link SeedStacks} by oracles no one here wrote: the official Compose schema on every golden file,
 * and the real {@code docker-compose} 1.29.2 on the files rendered for it, alone, layered, and against the
 * environment the model resolves.
 */
class ComposeOracleTest {

  /**
   * Service keys whose lists {@code docker-compose} 1.29.2 reorders only because it merges two files: merged
   * ports come out sorted by target, volumes by container path, secrets and configs by source, and cap_add,
   * cap_drop, expose, profiles and security_opt as sorted sets, while a single file keeps the written order.
   * Order carries no meaning in any of them, so the comparison sorts them on both sides; the elements
   * themselves are still compared exactly, duplicates included.
   */
  private static final Set<String> ORDER_FREE_LISTS = Set.of(
      "ports", "volumes", "secrets", "configs", "cap_add", "cap_drop", "expose", "profiles", "security_opt");

  private static ComposeSchema schema;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadSchema() {
    schema = ComposeSchema.get();
  }

  static Stream<String> cases() {
    return SeedStacks.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyGoldenFileValidatesAgainstTheComposeSchema(String name) throws IOException {
    Path folder = GoldenFilesTest.goldenFolder().resolve(name);
    Stack stack = SeedStacks.all().get(name);

    for (String file : composeFiles(stack)) {
      Path golden = folder.resolve(file);
      assertThat(golden).as("golden file; run GoldenFilesTest with -D%s=true to create it",
          GoldenFilesTest.UPDATE_PROPERTY).isRegularFile();
      // Layer files are fragments whose services lack image and build; the schema makes both optional.
      assertThat(schema.validate(Files.readString(golden, StandardCharsets.UTF_8)))
          .as("schema violations of %s/%s", name, file).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dockerComposeAcceptsTheBaseAloneAndWithEachLayer(String name) throws IOException {
    DockerComposeCli.assumeAvailable();
    Stack stack = SeedStacks.all().get(name);
    Path project = writeLegacyFiles(name, stack);
    String base = stack.effectiveBaseFileName();

    DockerComposeCli.Result alone = DockerComposeCli.config(project, List.of(base));
    assertThat(alone.exitCode()).as("docker-compose config -f %s:%n%s", base, alone.stderr()).isZero();
    for (String layer : layerFiles(stack)) {
      DockerComposeCli.Result layered = DockerComposeCli.config(project, List.of(base, layer));
      assertThat(layered.exitCode())
          .as("docker-compose config -f %s -f %s:%n%s", base, layer, layered.stderr()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dockerComposeMergesEachLayerIntoTheEnvironmentTheModelResolves(String name) throws IOException {
    DockerComposeCli.assumeAvailable();
    Stack stack = SeedStacks.all().get(name);
    Path project = writeLegacyFiles(name, stack);
    ComposeGenerator legacy = ComposeGenerator.builder().legacy(true).build();
    Map<String, Object> layeredTrees = new TreeMap<>();
    Map<String, Object> resolvedTrees = new TreeMap<>();

    for (String environment : stack.layers().keySet()) {
      String layerFile = stack.layers().get(environment).effectiveFileName();
      // The resolved environment has no layers, so it renders to one file. It goes into the same folder under
      // another name: the project name (the folder's name) and every absolute path docker-compose prints
      // (bind sources, build contexts, secret files) then match the layered run's exactly.
      Stack resolvedStack = stack.resolve(environment);
      String single = legacy.render(resolvedStack).get(resolvedStack.effectiveBaseFileName());
      String resolvedFile = "resolved." + environment + ".yaml";
      Files.writeString(project.resolve(resolvedFile), single, StandardCharsets.UTF_8);

      Object layered = comparable(DockerComposeCli.configTree(project,
          List.of(stack.effectiveBaseFileName(), layerFile)));
      Object resolvedRaw = DockerComposeCli.configTree(project, List.of(resolvedFile));
      assertServiceExtensionsKept(resolvedStack, resolvedRaw);
      Object resolved = comparable(resolvedRaw);

      assertThat(differences(resolved, layered))
          .as("%s: where docker-compose config -f %s -f %s differs from the single file of stack.resolve(\"%s\")",
              name, stack.effectiveBaseFileName(), layerFile, environment)
          .isEmpty();
      layeredTrees.put(environment, layered);
      resolvedTrees.put(environment, resolved);
    }

    // The normalisation must not wash real differences out: environments the model tells apart stay apart.
    assertThat(differences(resolvedTrees.get("prod"), layeredTrees.get("dev")))
        .as("%s: dev and prod must differ after normalisation", name)
        .isNotEmpty();
  }

  /** Writes the files rendered for docker-compose 1.x into {@code <tmp>/<case>/}, with what they refer to. */
  private Path writeLegacyFiles(String name, Stack stack) throws IOException {
    Path project = Files.createDirectories(dir.resolve(name));
    Map<String, String> files = ComposeGenerator.builder().legacy(true).build().render(stack);
    for (String composeFile : composeFiles(stack)) {
      assertThat(files.get(composeFile)).as("legacy %s has no top-level name", composeFile).doesNotContain("\nname:");
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = project.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    for (Secret secret : stack.secrets().values()) {
      if (secret.file() != null) {
        Path file = project.resolve(secret.file()).normalize();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not-a-real-secret\n", StandardCharsets.UTF_8);
      }
    }
    // What a real project keeps in .env: values for the variables the files require with ${VAR:?message}.
    Files.writeString(project.resolve(".env"), """
        OAUTH_GOOGLE_CLIENT_ID=1234-example.apps.googleusercontent.com
        OAUTH_MICROSOFT_CLIENT_ID=00000000-0000-0000-0000-000000000000
        """, StandardCharsets.UTF_8);
    return project;
  }

  /** Checks that docker-compose printed every service-level {@code x-*} key of the stack from its single file. */
  @SuppressWarnings("unchecked")
  private static void assertServiceExtensionsKept(Stack stack, Object tree) {
    Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) tree).get("services");
    stack.services().forEach((serviceName, service) -> assertThat(((Map<String, Object>) services.get(serviceName))
        .keySet())
        .as("keys of services.%s as docker-compose printed it from one file", serviceName)
        .containsAll(service.extensions().keySet()));
  }

  private static List<String> layerFiles(Stack stack) {
    return stack.layers().values().stream().map(layer -> layer.effectiveFileName()).toList();
  }

  /** The compose files among the rendered ones: the base, then each layer's. */
  private static List<String> composeFiles(Stack stack) {
    List<String> files = new ArrayList<>();
    files.add(stack.effectiveBaseFileName());
    files.addAll(layerFiles(stack));
    return files;
  }

  /**
   * Returns the normalised tree in the form both runs can be compared in, undoing only what
   * {@code docker-compose} 1.29.2 changes because it merged two files:
   * <ul>
   *   <li>the {@link #ORDER_FREE_LISTS} of every service, sorted;</li>
   *   <li>a service's network given in the list form prints as {@code null} from one file but as {@code {}}
   *       once merged; both become {@code {}};</li>
   *   <li>service-level {@code x-*} keys are dropped: 1.29.2 keeps only the keys it knows when it merges
   *       services (Compose v2 keeps extensions), so the merged output never has them. The single-file run
   *       is checked to carry them instead ({@link #assertServiceExtensionsKept}).</li>
   * </ul>
   */
  @SuppressWarnings("unchecked")
  private static Object comparable(Object tree) {
    Map<String, Object> root = new TreeMap<>((Map<String, Object>) tree);
    Map<String, Object> services = (Map<String, Object>) root.get("services");
    if (services == null) {
      return root;
    }
    Map<String, Object> out = new TreeMap<>();
    services.forEach((serviceName, service) -> {
      Map<String, Object> copy = new TreeMap<>((Map<String, Object>) service);
      copy.keySet().removeIf(key -> key.startsWith("x-"));
      copy.replaceAll((key, value) -> ORDER_FREE_LISTS.contains(key) && value instanceof List<?> list
          ? sorted(list) : value);
      if (copy.get("networks") instanceof Map<?, ?> networks) {
        Map<String, Object> entries = new TreeMap<>();
        networks.forEach((network, settings) ->
            entries.put(String.valueOf(network), settings == null ? Map.of() : settings));
        copy.put("networks", entries);
      }
      out.put(serviceName, copy);
    });
    root.put("services", out);
    return root;
  }

  private static List<Object> sorted(List<?> list) {
    List<Object> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(String::valueOf));
    return copy;
  }

  /** Lists every path at which {@code actual} differs from {@code expected}, one line each; empty when equal. */
  static List<String> differences(Object expected, Object actual) {
    List<String> out = new ArrayList<>();
    collectDifferences("$", expected, actual, out);
    return out;
  }

  private static void collectDifferences(String path, Object expected, Object actual, List<String> out) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      TreeSet<String> keys = new TreeSet<>();
      e.keySet().forEach(k -> keys.add(String.valueOf(k)));
      a.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        if (!a.containsKey(key)) {
          out.add(path + "." + key + ": missing, expected " + e.get(key));
        } else if (!e.containsKey(key)) {
          out.add(path + "." + key + ": unexpected " + a.get(key));
        } else {
          collectDifferences(path + "." + key, e.get(key), a.get(key), out);
        }
      }
    } else if (!Objects.equals(expected, actual)) {
      out.add(path + ": expected " + expected + " but was " + actual);
    }
  }
}
