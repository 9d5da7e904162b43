package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link UnsetVariables#mayHaveUnset} lets a file go unparsed only when parsing it would find no unset reference:
 * checked against the strings of arbitrary files, as the parse finds them, in every quoting and folding YAML offers.
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
