package io.composegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPathTest {

  @Test
  void printsKeysWithDotsAndIndicesInBrackets() {
    assertThat(ModelPath.of("services", "web").key("ports").index(1)).hasToString("services.web.ports[1]");
  }

  @Test
  void printsKeysThatAreNotSimpleNamesQuotedInBrackets() {
    assertThat(ModelPath.of("services", "web", "labels", "com.example.tier"))
        .hasToString("services.web.labels[\"com.example.tier\"]");
    assertThat(ModelPath.of("x", "a \"b\"")).hasToString("x[\"a \\\"b\\\"\"]");
  }

  @Test
  void printsTheRootReadably() {
    assertThat(ModelPath.root()).hasToString("(root)");
    assertThat(ModelPath.root().isRoot()).isTrue();
  }

  @Test
  void sortsByKeysThenIndicesNumerically() {
    List<ModelPath> paths = new ArrayList<>(List.of(
        ModelPath.of("services", "web", "ports").index(10),
        ModelPath.of("services", "web", "ports").index(2),
        ModelPath.of("services", "api"),
        ModelPath.of("networks"),
        ModelPath.of("services", "web")));
    Collections.sort(paths);

    assertThat(paths).extracting(ModelPath::toString).containsExactly(
        "networks", "services.api", "services.web", "services.web.ports[2]", "services.web.ports[10]");
  }

  @Test
  void knowsItsParentAndWhatItContains() {
    ModelPath port = ModelPath.of("services", "web", "ports").index(0);

    assertThat(port.parent()).isEqualTo(ModelPath.of("services", "web", "ports"));
    assertThat(ModelPath.of("services", "web").contains(port)).isTrue();
    assertThat(port.contains(ModelPath.of("services", "web"))).isFalse();
    assertThat(ModelPath.root().parent()).isEqualTo(ModelPath.root());
  }

  @Test
  void rejectsNegativeIndices() {
    assertThatThrownBy(() -> ModelPath.root().index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must not be negative, got -1");
  }

  @Test
  void isAValue() {
    assertThat(ModelPath.of("a", "b")).isEqualTo(ModelPath.root().key("a").key("b"))
        .hasSameHashCodeAs(ModelPath.root().key("a").key("b"));
  }

  @Test
  void comparesSegmentsByKindAndValueNotByHowThePathWasBuilt() {
    ModelPath ports = ModelPath.of("services", "web", "ports");

    assertThat(ports.index(0)).isNotEqualTo(ports.key("0"));
    assertThat(ports.index(1)).isNotEqualTo(ports.index(0)).isNotEqualTo(ports);
    assertThat(ModelPath.of("services", "api", "ports").index(0)).isNotEqualTo(ports.index(0));
    assertThat(ports.index(0).segments()).containsExactly("services", "web", "ports", 0);
    assertThat(ports.index(0).hashCode()).isEqualTo(List.of("services", "web", "ports", 0).hashCode());
    assertThat(ModelPath.of("services", "web").contains(ModelPath.of("services", "webs", "ports"))).isFalse();
    assertThat(ports.contains(ports)).isTrue();
    assertThat(ModelPath.root().contains(ports)).isTrue();
  }
}
