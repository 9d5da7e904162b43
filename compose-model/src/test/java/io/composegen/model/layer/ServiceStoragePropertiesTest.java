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
 * attributes and no other, survives {@code toBuilder()} (a builder left as it was builds the very service it came
 * from, one changed builds what a new builder with the same changes builds), and prints every attribute in
 * declaration order. The values
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

  /** Returns those of {@code set} whose base value sets something: a few triples' base leaves the attribute out. */
  private static Set<MergeTriplesTest.Triple> setting(List<MergeTriplesTest.Triple> set) {
    return set.stream().filter(t -> !t.base().apply(Service.builder("web")).build().isEmptyFragment())
        .collect(java.util.stream.Collectors.toSet());
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
    assertThat(service.isEmptyFragment()).isEqualTo(setting(set).isEmpty());
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
    assertThat(build(other, false).equals(service)).isEqualTo(setting(other).equals(setting(set)));
    assertThat(build(set, true)).isNotEqualTo(service);
    assertThat(build(set, true).resets()).containsExactly(Reset.of("ports"));
  }

  @Property(tries = 500)
  void aBuilderFromAServiceBuildsThatServiceItselfUntilAnAttributeChanges(
      @ForAll("subsets") List<MergeTriplesTest.Triple> set, @ForAll("edits") MergeTriplesTest.Triple edit) {
    Service service = build(set, false);
    assertThat(service.toBuilder().build()).isSameAs(service);
    Service.Builder setAgain = service.toBuilder();
    ServiceAttributes.all().forEach(attribute -> setToItsOwn(attribute, service, setAgain));
    assertThat(setAgain.build()).isSameAs(service);

    Service edited = edit.layer().apply(service.toBuilder()).build();
    Service.Builder fresh = Service.builder("web");
    set.forEach(t -> t.base().apply(fresh));
    Service expected = edit.layer().apply(fresh).build();
    assertThat(edited).isEqualTo(expected);
    if (!expected.equals(service)) {
      assertThat(edited).isNotSameAs(service);
    }
    assertThat(service.toBuilder().reset("ports").build()).isNotSameAs(service)
        .isEqualTo(build(set, true));
  }

  @Provide
  Arbitrary<MergeTriplesTest.Triple> edits() {
    return Arbitraries.of(TRIPLES);
  }

  private static <T> void setToItsOwn(ServiceAttribute<T> attribute, Service from, Service.Builder to) {
    attribute.set(to, attribute.get(from));
  }

  /**
   * A merge reads only the attributes the fragment sets, found by the bits a service keeps of what it has; it gives
   * what merging every attribute of {@link ServiceAttributes#all()} one by one gives, resets included.
   */
  @Property(tries = 500)
  void mergingWhatTheFragmentSetsIsMergingEveryAttribute(@ForAll("subsets") List<MergeTriplesTest.Triple> base,
      @ForAll("subsets") List<MergeTriplesTest.Triple> fragment, @ForAll boolean resets) {
    Service.Builder over = Service.builder("web");
    fragment.forEach(t -> t.layer().apply(over));
    if (resets) {
      over.reset("ports").reset("environment", "LOG_LEVEL");
    }
    Service under = build(base, false);
    Service layer = over.build();

    Service merged = ServiceAttributes.merge(under, layer);
    assertThat(merged).isEqualTo(mergedOneByOne(under, layer));
    if (layer.isEmptyFragment()) {
      assertThat(merged).isSameAs(under); // nothing to merge: the base itself, not a copy
    }
  }

  private static Service mergedOneByOne(Service base, Service fragment) {
    Service reset = ServiceAttributes.applyResets(base, fragment.resets());
    Service.Builder out = reset.toBuilder().resets(List.of());
    ServiceAttributes.all().forEach(attribute -> mergeOne(attribute, reset, fragment, out));
    return out.build();
  }

  private static <T> void mergeOne(ServiceAttribute<T> attribute, Service base, Service fragment,
      Service.Builder out) {
    T over = attribute.get(fragment);
    if (attribute.isPresent(over)) {
      attribute.set(out, attribute.merge(attribute.get(base), over));
    }
  }

  /** A service under another name has every attribute and reset of the first; the name is checked as a builder's. */
  @Property(tries = 200)
  void aServiceUnderAnotherNameKeepsEverything(@ForAll("subsets") List<MergeTriplesTest.Triple> set,
      @ForAll boolean resets) {
    Service service = build(set, resets);
    Service renamed = service.withName("api");
    Service.Builder expected = Service.builder("api");
    set.forEach(t -> t.base().apply(expected));
    if (resets) {
      expected.reset("ports");
    }

    assertThat(renamed).isEqualTo(expected.build()).hasSameHashCodeAs(expected.build());
    assertThat(renamed.name()).isEqualTo("api");
    assertThat(service.withName("web")).isSameAs(service);
    assertThat(renamed.withName("web")).isEqualTo(service);
    Service.Builder composeOnly = Service.builder("api");
    set.forEach(t -> t.base().apply(composeOnly));
    assertThat(ServiceAttributes.renamed(service, "api")).isEqualTo(composeOnly.build()); // no resets
    assertThat(ServiceAttributes.renamed(Service.builder("web").imageOf("db").build(), "api"))
        .isEqualTo(Service.builder("api").build());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.withName("no spaces"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid service name \"no spaces\"");
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
