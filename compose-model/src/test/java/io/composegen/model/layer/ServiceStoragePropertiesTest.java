package io.composegen.model.layer;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.service.Reset;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A {@link Service} stores only the attributes it has: whatever subset of attributes is set, in whatever order, it
 * reads back each one as set and every other as absent, equals (with the same hash code) any service with the same
 * attributes and no other, survives {@code toBuilder()}, and prints every attribute in declaration order. The values
 * are the base values of {@link MergeTriplesTest}, one per attribute.
 */
class ServiceStoragePropertiesTest {

  private static final List<MergeTriplesTest.Triple> TRIPLES = MergeTriplesTest.triples();
  private static final Service EMPTY = Service.builder("web").build();

  @Provide
  Arbitrary<List<MergeTriplesTest.Triple>> subsets() {
    return Arbitraries.subsetOf(TRIPLES).flatMap(set -> Arbitraries.shuffle(new ArrayList<>(set)));
  }

  private static Service build(List<MergeTriplesTest.Triple> set, boolean withResets) {
    Service.Builder b = Service.builder("web");
    set.forEach(t -> t.base().apply(b));
    if (withResets) {
      b.reset("ports");
    }
    return b.build();
  }

  @Property(tries = 500)
  void readsBackWhatWasSetAndNothingElse(@ForAll("subsets") List<MergeTriplesTest.Triple> set) {
    Service service = build(set, false);
    Set<String> names = set.stream().map(MergeTriplesTest.Triple::attribute).collect(java.util.stream.Collectors.toSet());
    for (MergeTriplesTest.Triple triple : TRIPLES) {
      ServiceAttribute<?> attribute = ServiceAttributes.byName(triple.attribute());
      Service alone = triple.base().apply(Service.builder("web")).build();
      Object expected = names.contains(triple.attribute()) ? attribute.get(alone) : attribute.get(EMPTY);
      assertThat(attribute.get(service)).as(triple.attribute()).isEqualTo(expected);
    }
    assertThat(service.isEmptyFragment()).isEqualTo(set.isEmpty());
    assertThat(service.resets()).isEmpty();
    assertThat(service.generatedBuild()).isNull();
    assertThat(service.imageOf()).isNull();
  }

  @Property(tries = 500)
  void equalsExactlyTheServicesWithTheSameAttributes(@ForAll("subsets") List<MergeTriplesTest.Triple> set,
      @ForAll("subsets") List<MergeTriplesTest.Triple> other) {
    Service service = build(set, false);
    List<MergeTriplesTest.Triple> reversed = new ArrayList<>(set);
    java.util.Collections.reverse(reversed);
    Service again = build(reversed, false);

    assertThat(again).isEqualTo(service).hasSameHashCodeAs(service);
    assertThat(service.toBuilder().build()).isEqualTo(service).hasSameHashCodeAs(service);
    assertThat(build(other, false).equals(service)).isEqualTo(Set.copyOf(other).equals(Set.copyOf(set)));
    assertThat(build(set, true)).isNotEqualTo(service);
    assertThat(build(set, true).resets()).containsExactly(Reset.of("ports"));
  }

  @Property(tries = 100)
  void printsEveryAttributeInDeclarationOrder(@ForAll("subsets") List<MergeTriplesTest.Triple> set) {
    String text = build(set, false).toString();

    assertThat(text).startsWith("Service[name=web, image=").endsWith(", generatedBuild=null, imageOf=null]");
    int at = 0;
    for (String component : List.of("image", "build", "extendsFrom", "containerName", "restart", "profiles",
        "environment", "ports", "healthcheck", "deploy", "sysctls", "extensions", "resets")) {
      int next = text.indexOf(", " + component + "=", at);
      assertThat(next).as(component).isGreaterThanOrEqualTo(at);
      at = next;
    }
  }
}
