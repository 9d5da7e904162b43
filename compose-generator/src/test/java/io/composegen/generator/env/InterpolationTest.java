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
  }

  @Test
  void reportsReferencesComposeRejectsWithoutThrowing() {
    assertThat(Interpolation.parse("a ${ b").errors()).containsExactly("${ b");
    assertThat(Interpolation.parse("${}${1A}${A B}${A:=x}${OK}").errors())
        .containsExactly("${}", "${1A}", "${A B}", "${A:=x}");
    assertThat(Interpolation.parse("${").errors()).containsExactly("${");
    assertThat(Interpolation.parse("$").references()).isEmpty();
  }
}
