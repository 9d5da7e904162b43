package io.composegen.generator.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.generator.env.Interpolation.Modifier;
import io.composegen.generator.env.Interpolation.Reference;
import org.junit.jupiter.api.Test;

/** Finding the variable references Compose interpolates. */
class InterpolationTest {

  @Test
  void findsEveryFormOfReference() {
    Interpolation.Result result = Interpolation.parse(
        "${A} ${B:-b} ${C-c} ${D:?need D} ${E?need E} ${F:+f} ${G+g} $H_1 x");

    assertThat(result.errors()).isEmpty();
    assertThat(result.references()).extracting(Reference::name, Reference::modifier, Reference::argument)
        .containsExactly(
            tuple("A", Modifier.NONE, null),
            tuple("B", Modifier.DEFAULT_IF_UNSET_OR_EMPTY, "b"),
            tuple("C", Modifier.DEFAULT_IF_UNSET, "c"),
            tuple("D", Modifier.REQUIRED_NON_EMPTY, "need D"),
            tuple("E", Modifier.REQUIRED, "need E"),
            tuple("F", Modifier.ALTERNATIVE_IF_NON_EMPTY, "f"),
            tuple("G", Modifier.ALTERNATIVE_IF_SET, "g"),
            tuple("H_1", Modifier.NONE, null));
  }

  @Test
  void treatsDoubleDollarAndLoneDollarAsLiterals() {
    assertThat(Interpolation.parse("$$HOME $${NOT} 5$ $ $-x $1").references()).isEmpty();
    assertThat(Interpolation.parse("$$$REAL").references()).extracting(Reference::name).containsExactly("REAL");
  }

  @Test
  void findsReferencesNestedInDefaults() {
    Interpolation.Result result = Interpolation.parse("${URL:-http://${HOST:-localhost}:${PORT}/}");

    assertThat(result.references()).extracting(Reference::name, Reference::text).containsExactly(
        tuple("URL", "${URL:-http://${HOST:-localhost}:${PORT}/}"),
        tuple("HOST", "${HOST:-localhost}"),
        tuple("PORT", "${PORT}"));
    assertThat(result.enclosing()).containsExactly(-1, 0, 0);
    assertThat(Interpolation.parse("${A:-${B:+${C}}${D}} ${C} $E").enclosing()).containsExactly(-1, 0, 1, 0, -1, -1);
  }

  @Test
  void reportsReferencesComposeRejectsWithoutThrowing() {
    assertThat(Interpolation.parse("a ${ b").errors()).containsExactly("${ b");
    assertThat(Interpolation.parse("${}${1A}${A B}${A:=x}${OK}").errors())
        .containsExactly("${}", "${1A}", "${A B}", "${A:=x}");
    assertThat(Interpolation.parse("${").errors()).containsExactly("${");
    assertThat(Interpolation.parse("$").references()).isEmpty();
  }

  @Test
  void readsReferencesNestedUpToTheLimitAndNoDeeper() {
    String atLimit = nested(Interpolation.MAX_NESTING, "${LAST}");
    Interpolation.Result read = Interpolation.parse(atLimit);

    assertThat(read.tooDeep()).isFalse();
    assertThat(read.errors()).isEmpty();
    assertThat(read.references()).hasSize(Interpolation.MAX_NESTING + 1);
    assertThat(read.references().get(Interpolation.MAX_NESTING).name()).isEqualTo("LAST");

    for (String inside : new String[] {"${LAST}", "$LAST", "${}", "${1}"}) {
      Interpolation.Result beyond = Interpolation.parse(nested(Interpolation.MAX_NESTING + 1, inside));
      assertThat(beyond.tooDeep()).as(inside).isTrue();
      assertThat(beyond.errors()).as(inside).isEmpty();
      assertThat(beyond.references()).as(inside).hasSize(Interpolation.MAX_NESTING + 1)
          .extracting(Reference::name).containsOnly("V");
    }
    for (String literal : new String[] {"$$LAST", "5$", "$", "$-x", "plain"}) {
      Interpolation.Result beyond = Interpolation.parse(nested(Interpolation.MAX_NESTING + 1, literal));
      assertThat(beyond.tooDeep()).as(literal).isFalse();
      assertThat(beyond.references()).as(literal).hasSize(Interpolation.MAX_NESTING + 1);
    }
  }

  @Test
  void parsesAStringNestingThousandsOfReferencesWithoutOverflowingTheStack() {
    Interpolation.Result read = Interpolation.parse(nested(20_000, "x"));

    assertThat(read.tooDeep()).isTrue();
    assertThat(read.references()).hasSize(Interpolation.MAX_NESTING + 1);
    assertThat(read.references().get(0).text()).hasSize(20_000 * 6 + 1);
  }

  /** Returns {@code inside} in the defaults of {@code levels} references to V, one inside the other. */
  private static String nested(int levels, String inside) {
    return "${V:-".repeat(levels) + inside + "}".repeat(levels);
  }
}
