package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.ModelPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Places found for some paths only are the places found for every path, for those paths. */
class SourceLocationsTest {

  @ParameterizedTest
  @MethodSource("io.composegen.generator.imports.Corpus#files")
  void placesKeptForSomePathsAreThoseOfAllPaths(Path file) throws IOException {
    String text = Files.readString(file);
    List<ModelPath> wanted = new ArrayList<>();
    List<SourceLocations.Scalar> scalars = SourceLocations.scalars("compose.yaml", text);
    for (int i = 0; i < scalars.size(); i += 3) {
      ModelPath path = scalars.get(i).path();
      wanted.add(path);
      wanted.add(path.key("not-in-the-file")); // placed at the closest enclosing path
      if (!path.isRoot()) {
        wanted.add(path.parent().index(9999));
      }
    }
    wanted.add(ModelPath.of("services"));
    wanted.add(ModelPath.root());

    SourceLocations all = SourceLocations.of("compose.yaml", text);
    SourceLocations some = SourceLocations.of("compose.yaml", text, wanted);

    for (ModelPath path : wanted) {
      assertThat(some.locate(path)).as(path.toString()).isEqualTo(all.locate(path));
    }
  }

  @Test
  void placesKeysPastSnakeYamlsDefaultLimitOfThreeMegabytes() {
    StringBuilder text = new StringBuilder("services:\n");
    int services = 120_000; // 30 characters each: 3.6 MB
    for (int i = 0; i < services; i++) {
      text.append(String.format(java.util.Locale.ROOT, "  s%06d:%n    image: nginx:1%n", i));
    }
    assertThat(text.length()).isGreaterThan(3 * 1024 * 1024);
    ModelPath last = ModelPath.of("services").key(String.format(java.util.Locale.ROOT, "s%06d", services - 1))
        .key("image");

    SourceLocations places = SourceLocations.of("compose.yaml", text.toString(), List.of(last));

    assertThat(places.locate(last)).isEqualTo(new Problem.Location("compose.yaml", 2 * services + 1, 5));
    assertThat(SourceLocations.scalars("compose.yaml", text.toString())).hasSize(services)
        .last().extracting(SourceLocations.Scalar::path).isEqualTo(last);
  }

  @Test
  void aPathAskedForIsPlacedAtItsKeyAndAnotherAtTheClosestPlaceKept() {
    String text = "services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80\"\n  db:\n    image: postgres\n";

    SourceLocations some = SourceLocations.of("compose.yaml", text, List.of(ModelPath.of("services").key("web")
        .key("ports").index(0)));

    assertThat(some.locate(ModelPath.of("services").key("web").key("ports").index(0)))
        .isEqualTo(new Problem.Location("compose.yaml", 5, 9));
    assertThat(some.locate(ModelPath.of("services").key("web").key("image")))
        .as("not asked for: its service's key").isEqualTo(new Problem.Location("compose.yaml", 2, 3));
    assertThat(some.locate(ModelPath.of("services").key("db").key("image")))
        .as("nor its service: the services key").isEqualTo(new Problem.Location("compose.yaml", 1, 1));
  }
}
