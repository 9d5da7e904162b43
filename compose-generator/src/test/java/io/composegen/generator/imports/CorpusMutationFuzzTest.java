package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.composegen.testkit.ComposeSchema;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Feeds the importer real compose files of the corpus with random damage: lines deleted, repeated, cut or
 * re-indented, characters inserted (YAML indicators, anchors, aliases, merge keys, tabs, control characters,
 * brackets, quotes), the text truncated. Whatever it gets, it returns a result with problems and never throws; each
 * input runs under a timeout, so a parser that hangs or explodes fails the test with that input.
 */
class CorpusMutationFuzzTest {

  private static final Duration TIME_BOUND = Duration.ofSeconds(10);
  private static final ComposeReader READER = ComposeReader.create();
  private static final List<String> CORPUS = corpus();

  /** Fragments that stress the YAML layer: indicators, anchors, aliases, merge keys, tags, odd characters. */
  private static final List<String> FRAGMENTS = List.of(":", ": ", "- ", "[", "]", "{", "}", "\"", "'", "&a ", "*a",
      "<<: *a\n", "<<: [*a, *b]\n", "&b {x: 1}", "!reset ", "!!binary ", "? ", "|\n", ">-\n", "#", "\t", "\u0000",
      "\u0007", "\uFEFF", "\r\n", "---\n", "...\n", "%YAML 1.2\n", "${VAR}", "$$", "\\", "@", "`", "\u00e9",
      "\uD83D\uDE00", "1e999", "0x", "0o17", ".inf", "~", "null", "yes", "    ", "\n\n");

  private static List<String> corpus() {
    Path root = ComposeSchema.sharedFolder().resolve("corpus/awesome-compose");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().matches("compose\\.ya?ml")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
      return List.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One kind of damage, applied at a position given as a fraction of the text. */
  private enum Mutation { INSERT, DELETE_LINE, REPEAT_LINE, INDENT_LINE, CUT_LINE, TRUNCATE, REPLACE_CHAR }

  private record Damage(Mutation mutation, double where, String fragment) {
    String applyTo(String text) {
      int at = (int) (where * text.length());
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int line = Math.min((int) (where * lines.size()), lines.size() - 1);
      return switch (mutation) {
        case INSERT -> text.substring(0, at) + fragment + text.substring(at);
        case DELETE_LINE -> {
          lines.remove(line);
          yield String.join("\n", lines);
        }
        case REPEAT_LINE -> {
          lines.add(line, lines.get(line));
          yield String.join("\n", lines);
        }
        case INDENT_LINE -> {
          lines.set(line, fragment.isBlank() ? fragment + lines.get(line) : " " + lines.get(line));
          yield String.join("\n", lines);
        }
        case CUT_LINE -> {
          String cut = lines.get(line);
          lines.set(line, cut.substring(0, cut.length() / 2));
          yield String.join("\n", lines);
        }
        case TRUNCATE -> text.substring(0, at);
        case REPLACE_CHAR -> at < text.length() ? text.substring(0, at) + fragment + text.substring(at + 1) : text;
      };
    }
  }

  @Provide
  Arbitrary<String> damagedComposeFiles() {
    Arbitrary<Damage> damage = Combinators.combine(Arbitraries.of(Mutation.class),
        Arbitraries.doubles().between(0, 1), Arbitraries.of(FRAGMENTS)).as(Damage::new);
    return Combinators.combine(Arbitraries.of(CORPUS), damage.list().ofMinSize(1).ofMaxSize(6))
        .as((text, damages) -> {
          String out = text;
          for (Damage d : damages) {
            out = d.applyTo(out);
          }
          return out;
        });
  }

  @Property(tries = 400)
  void importsDamagedFilesIntoResultsAndProblemsWithinTheTimeBound(@ForAll("damagedComposeFiles") String text) {
    Object[] results = assertTimeoutPreemptively(TIME_BOUND, () -> new Object[] {
        READER.readBase(text, "compose.yaml"), READER.readLayer("dev", text, "compose.override.yaml")},
        () -> "importing took longer than " + TIME_BOUND + " on:\n" + text);

    @SuppressWarnings("unchecked")
    ReadResult<Stack> base = (ReadResult<Stack>) results[0];
    @SuppressWarnings("unchecked")
    ReadResult<Layer> layer = (ReadResult<Layer>) results[1];
    assertThat(base.value()).isNotNull();
    assertThat(layer.value()).isNotNull();
    assertThat(base.problems()).allSatisfy(p -> {
      assertThat(p.message()).isNotBlank();
      assertThat(p.location()).isNotNull();
      assertThat(p.location().file()).isEqualTo("compose.yaml");
    });
  }
}
