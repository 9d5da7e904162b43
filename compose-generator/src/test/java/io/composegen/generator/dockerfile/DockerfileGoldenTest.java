package io.composegen.generator.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.recipe.Recipe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the Dockerfile and .dockerignore of every {@link RecipeCases} case byte for byte with its golden copy
 * under {@code src/test/resources/golden-dockerfile/<case>/}.
 *
 * <p>Updating the golden copies is a deliberate act, as for the compose golden files: with
 * {@code -Dcomposegen.updateGolden=true} the test writes the rendered files instead of comparing and prints what
 * it wrote. Review the diff before committing it.
 */
class DockerfileGoldenTest {

  static final String UPDATE_PROPERTY = "composegen.updateGolden";

  private static final String UPDATE_HINT = "run ./mvnw -B -o -pl compose-generator test "
      + "-Dtest=DockerfileGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true, "
      + "then review the written files before committing them";

  static Stream<String> cases() {
    return RecipeCases.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheGoldenDockerfileAndDockerignore(String name) throws IOException {
    Map<String, String> rendered = rendered(RecipeCases.all().get(name));
    Path folder = goldenFolder().resolve(name);

    if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").trim())) {
      Files.createDirectories(folder);
      for (Map.Entry<String, String> file : rendered.entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        System.out.println("[golden] wrote " + folder.resolve(file.getKey()));
      }
      return;
    }
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      Path golden = folder.resolve(file.getKey());
      assertThat(golden).as("golden file %s; to create it, %s", golden, UPDATE_HINT).isRegularFile();
      assertThat(file.getValue()).as("%s/%s differs from its golden copy; if the change is intended, %s",
          name, file.getKey(), UPDATE_HINT).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheSameBytesTwice(String name) {
    Recipe recipe = RecipeCases.all().get(name);

    assertThat(rendered(recipe)).isEqualTo(rendered(RecipeCases.all().get(name)));
  }

  /** Returns the files of a recipe by name: {@code Dockerfile} and {@code .dockerignore}. */
  static Map<String, String> rendered(Recipe recipe) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Dockerfile", DockerfileRenderer.render(recipe.dockerfile()));
    files.put(".dockerignore", DockerfileRenderer.renderDockerignore(recipe));
    return files;
  }

  /** Returns the folder of the golden Dockerfiles, from the module or from the repository root. */
  static Path goldenFolder() {
    Path relative = Path.of("src", "test", "resources", "golden-dockerfile");
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate : List.of(dir.resolve(relative), dir.resolve("compose-generator").resolve(relative))) {
      if (Files.isDirectory(candidate.getParent())) {
        return candidate;
      }
    }
    return dir.resolve(relative);
  }
}
