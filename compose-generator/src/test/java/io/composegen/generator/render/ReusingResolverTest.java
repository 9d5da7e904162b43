package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The read-back's resolver decides every scalar as SnakeYAML's own does, however many scalars one instance has
 * resolved before.
 */
class ReusingResolverTest {

  private static final Resolver SNAKEYAML = new Resolver();

  /** Words of YAML 1.1's implicit types and their near misses, whole or cut, to be joined into scalars. */
  private static final List<String> PIECES = List.of(
      "", "~", "null", "Null", "NULL", "nul", "yes", "No", "ON", "off", "y", "n", "true", "False", "TRUE", "tru",
      "0", "1", "010", "0x1F", "0b101", "0o17", "1_000", "+", "-", ".", ".5", "1.", "1e3", "1.5e-3", ".inf", "-.Inf",
      ".nan", ".NaN", "190:20:30", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "<<",
      "=", ":", " ", "\0", "8080:80", "30s", "web-1", "x", "!", "#", "\t", "é", "0.50", "-12");

  @Property(tries = 2000)
  void decidesAsSnakeYamlDoesOneScalarAfterAnother(@ForAll("scalars") List<String> scalars) {
    ReusingResolver reusing = new ReusingResolver();
    for (String scalar : scalars) {
      for (boolean implicit : new boolean[] {true, false}) {
        assertThat(reusing.resolve(NodeId.scalar, scalar, implicit))
            .as("%s, implicit %s", scalar, implicit)
            .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, scalar, implicit));
      }
    }
  }

  @Test
  void resolvesEachImplicitTypeAndCollections() {
    ReusingResolver reusing = new ReusingResolver();
    assertThat(reusing.resolve(NodeId.scalar, "", true)).isEqualTo(Tag.NULL);
    assertThat(reusing.resolve(NodeId.scalar, "~", true)).isEqualTo(Tag.NULL);
    assertThat(reusing.resolve(NodeId.scalar, "yes", true)).isEqualTo(Tag.BOOL);
    assertThat(reusing.resolve(NodeId.scalar, "010", true)).isEqualTo(Tag.INT);
    assertThat(reusing.resolve(NodeId.scalar, "0.50", true)).isEqualTo(Tag.FLOAT);
    assertThat(reusing.resolve(NodeId.scalar, "2001-12-14", true)).isEqualTo(Tag.TIMESTAMP);
    assertThat(reusing.resolve(NodeId.scalar, "<<", true)).isEqualTo(Tag.MERGE);
    assertThat(reusing.resolve(NodeId.scalar, "yes", false)).isEqualTo(Tag.STR);
    assertThat(reusing.resolve(NodeId.scalar, "8080:80", true)).isEqualTo(Tag.STR);
    assertThat(reusing.resolve(NodeId.sequence, "", true)).isEqualTo(Tag.SEQ);
    assertThat(reusing.resolve(NodeId.mapping, "", true)).isEqualTo(Tag.MAP);
  }

  @Test
  void triesEachTypeOnScalarsUpToItsLengthLimitOnly() {
    ReusingResolver reusing = new ReusingResolver();
    String timestamp = "2001-12-14t21:59:43.";
    for (String scalar : List.of(
        timestamp + "1".repeat(29), timestamp + "1".repeat(30), timestamp + "1".repeat(31),
        "1".repeat(1023), "1".repeat(1024), "1".repeat(1025), "1.5" + "0".repeat(1021), "1.5" + "0".repeat(1022))) {
      assertThat(reusing.resolve(NodeId.scalar, scalar, true)).as("a scalar of %d characters", scalar.length())
          .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, scalar, true));
    }
    assertThat(reusing.resolve(NodeId.scalar, timestamp + "1".repeat(30), true)).isEqualTo(Tag.TIMESTAMP);
    assertThat(reusing.resolve(NodeId.scalar, timestamp + "1".repeat(31), true)).isEqualTo(Tag.STR);
  }

  @Provide
  Arbitrary<List<String>> scalars() {
    Arbitrary<String> joined = Arbitraries.of(PIECES).list().ofMaxSize(3).map(parts -> String.join("", parts));
    Arbitrary<String> any = Arbitraries.strings().withChars("0123456789+-._:eExXbo~yYnNtTfF<= ").ofMaxLength(12);
    return Arbitraries.oneOf(joined, any).list().ofMinSize(1).ofMaxSize(20);
  }
}
