package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.validate.Problem;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways {@link UnsetVariables} avoids parsing a file again, checked against the walk of the file's strings on
 * arbitrary files, in every quoting and folding YAML offers: {@link UnsetVariables#mayHaveUnset} lets a file go
 * unparsed only when parsing it would find no unset reference, and {@link UnsetVariables#read} finds, from the
 * strings the YAML reader kept, the very problems {@link UnsetVariables#find} finds, and the stack
 * {@link ComposeFileSet#read} reads.
 */
class UnsetVariablesShortcutTest {

  private static final Set<String> SET = Set.of("HOST", "PORT");
  private static final Predicate<String> IS_SET = SET::contains;

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> words = Arbitraries.of("${HOST}", "$PORT", "${PORT:-80}", "${USER}", "$USER", "$$USER",
        "${HOST:-${USER}}", "${1X}", "${HOST", "$", "x", "a b", "\\x24{USER}", "\\u0024USER", "'", "#", "$\n",
        "{USER}", "USER}", "''");
    Arbitrary<String> value = words.list().ofMinSize(1).ofMaxSize(4).map(w -> String.join("", w));
    Arbitrary<String> entry = Combinators.combine(Arbitraries.of("image", "command", "${USER}", "x-$PORT"), value,
        Arbitraries.of("plain", "single", "double", "folded", "literal", "comment")).as((key, v, style) -> {
          String line = switch (style) {
            case "single" -> "'" + v.replace("'", "''").replace("\n", "\n    ") + "'";
            case "double" -> "\"" + v.replace("\"", "") .replace("\n", "\n    ") + "\"";
            case "folded" -> ">\n      " + v.replace("\n", "\n      ");
            case "literal" -> "|\n      " + v.replace("\n", "\n      ");
            case "comment" -> "x # " + v.replace("\n", " ");
            default -> v.replace("\n", "\n    ");
          };
          return "    " + key.replace("$", "") + ": " + line + "\n";
        });
    return entry.list().ofMinSize(1).ofMaxSize(5).map(entries -> "services:\n  web:\n" + String.join("", entries));
  }

  @Property(tries = 2000)
  void aFileLeftUnparsedHasNoUnsetReference(@ForAll("files") String text) {
    if (!UnsetVariables.mayHaveUnset(text, IS_SET)) {
      for (SourceLocations.Scalar scalar : SourceLocations.scalars("compose.yaml", text)) {
        assertThat(UnsetVariables.unset(scalar.value(), IS_SET)).as("%s in%n%s", scalar.value(), text).isEmpty();
      }
    }
  }

  @Property(tries = 300)
  void readingOnceFindsWhatTheWalkFinds(@ForAll("files") String base, @ForAll("files") String layer)
      throws IOException {
    Path dir = Files.createTempDirectory("composegen-unset-");
    try {
      Files.writeString(dir.resolve("compose.yaml"), base + ANCHORED);
      Files.writeString(dir.resolve("compose.prod.yaml"), layer);
      Files.writeString(dir.resolve(".env"), "PORT=80\n");
      assertReadingOnceFindsWhatTheWalkFinds(List.of(dir.resolve("compose.yaml"), dir.resolve("compose.prod.yaml")),
          dir);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** Anchors, aliases and merge keys: an alias is not a string of its own, a merged mapping's strings are. */
  private static final String ANCHORED = """
        x-common: &common
          environment:
            A: "${USER}"
            B: ${HOST}
        x-list: &list ["$USER", $$USER]
      configs:
        merged:
          <<: [*common, {file: "./$USER.conf"}]
          labels: *list
      """;

  @Test
  void readingOnceFindsWhatTheWalkFindsInEveryCorpusFile() throws IOException {
    List<Path> files = CorpusRoundTripTest.composeFiles();
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertReadingOnceFindsWhatTheWalkFinds(List.of(file), file.getParent());
    }
  }

  @Test
  void aFileGivenAndExtendedIsCheckedOnce(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          web:
            extends: {file: compose.prod.yaml, service: base}
        """);
    Files.writeString(dir.resolve("compose.prod.yaml"), """
        services:
          base:
            image: "acme/web:${TAG}"
        """);
    List<Path> files = List.of(dir.resolve("compose.yaml"), dir.resolve("compose.prod.yaml"));
    UnsetVariables.Read read = assertReadingOnceFindsWhatTheWalkFinds(files, dir);
    assertThat(read.unset()).map(Problem::toString).singleElement().asString()
        .startsWith("compose.prod.yaml:3:12 services.base.image: CG601");
  }

  private static UnsetVariables.Read assertReadingOnceFindsWhatTheWalkFinds(List<Path> files, Path dir) {
    Map<String, String> environment = Map.of("HOST", "example.com");
    UnsetVariables.Read read = UnsetVariables.read(files, dir, JacksonYamlLoader.Limits.DEFAULT, environment);
    assertThat(read.unset()).as("%s", files).isEqualTo(UnsetVariables.find(files, dir, environment));
    ReadResult<Stack> alone = ComposeFileSet.read(files, dir);
    assertThat(read.read().value()).isEqualTo(alone.value());
    assertThat(read.read().problems()).isEqualTo(alone.problems());
    return read;
  }

  @Test
  void onlyAFileWhoseReferencesAreAllSetIsLeftUnparsed() {
    assertThat(UnsetVariables.mayHaveUnset("services: {web: {image: nginx}}\n", IS_SET)).isFalse();
    assertThat(UnsetVariables.mayHaveUnset("x: ${HOST}:$PORT $$USER\n", IS_SET)).isFalse();
    assertThat(UnsetVariables.mayHaveUnset("x: ${USER}\n", IS_SET)).isTrue();
    assertThat(UnsetVariables.mayHaveUnset("# ${USER} in a comment\nx: ${HOST}\n", IS_SET)).isTrue();
    assertThat(UnsetVariables.mayHaveUnset("x: \"\\x24{USER}\"\n", IS_SET)).isTrue();
    assertThat(UnsetVariables.mayHaveUnset("x: ${HOST\n", IS_SET)).isTrue();
  }
}
