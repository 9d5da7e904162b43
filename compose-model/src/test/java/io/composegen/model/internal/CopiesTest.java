package io.composegen.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The frozen map behaves as the {@link LinkedHashMap} it is copied from, for every size, scanned or indexed. */
class CopiesTest {

  @Provide
  Arbitrary<LinkedHashMap<String, String>> maps() {
    // few distinct keys of one or two letters, so that maps of every size share keys and collide in the index
    Arbitrary<String> keys = Arbitraries.strings().withChars("abcdefgh").ofMinLength(1).ofMaxLength(2);
    Arbitrary<String> values = Arbitraries.strings().withChars("xyz").ofMaxLength(2).injectNull(0.1);
    return Arbitraries.maps(keys, values).ofMaxSize(40).map(LinkedHashMap::new);
  }

  @Provide
  Arbitrary<List<String>> probes() {
    return Arbitraries.strings().withChars("abcdefghi").ofMinLength(0).ofMaxLength(3).list().ofMaxSize(20);
  }

  /** Maps whose keys mostly share one hash code (strings of {@code "Aa"} and {@code "BB"} do), up to 300 of them. */
  @Provide
  Arbitrary<LinkedHashMap<String, String>> collidingMaps() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(colliding(), colliding(), Arbitraries.strings().withChars("ab").ofLength(2));
    Arbitrary<String> values = Arbitraries.strings().withChars("xyz").ofMaxLength(2).injectNull(0.1);
    return Arbitraries.maps(keys, values).ofMaxSize(300).map(LinkedHashMap::new);
  }

  @Provide
  Arbitrary<List<String>> collidingProbes() {
    return Arbitraries.oneOf(colliding(), Arbitraries.strings().withChars("AaB").ofMaxLength(3)).list().ofMaxSize(20);
  }

  /** One of the 512 strings of nine {@code "Aa"} or {@code "BB"}, all with the same hash code. */
  private static Arbitrary<String> colliding() {
    return Arbitraries.integers().between(0, 511).map(CopiesTest::colliding);
  }

  private static String colliding(int bits) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      key.append((bits >> i & 1) == 0 ? "Aa" : "BB");
    }
    return key.toString();
  }

  @Property
  void readsAsTheMapItWasCopiedFrom(@ForAll("maps") LinkedHashMap<String, String> source,
      @ForAll("probes") List<String> probes) {
    readsAs(source, probes);
  }

  @Property(tries = 300)
  void readsAsTheMapItWasCopiedFromWhenItsKeysShareAHashCode(
      @ForAll("collidingMaps") LinkedHashMap<String, String> source, @ForAll("collidingProbes") List<String> probes) {
    readsAs(source, probes);
  }

  @Test
  void findsEachOfTensOfThousandsOfKeysThatShareAHashCode() {
    // 65,536 keys of one hash code: searched slot by slot, each lookup compared every key before it (ten seconds for
    // these lookups alone); searched in key order, they take milliseconds
    LinkedHashMap<String, Integer> source = new LinkedHashMap<>();
    for (int bits = 0; bits < 1 << 16; bits++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        key.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      source.put(key.toString(), bits);
    }
    assertThat(source.keySet().stream().map(String::hashCode).distinct()).hasSize(1);

    Map<String, Integer> frozen = Copies.map(source, "services");
    assertThat(Copies.lookup(frozen)).isEqualTo("sorted");

    source.forEach((key, value) -> assertThat(frozen.get(key)).isEqualTo(value));
    assertThat(frozen.get("AaBB")).isNull();
    assertThat(frozen.containsKey("Aa".repeat(15) + "Ab")).isFalse();
    assertThat(new ArrayList<>(frozen.keySet())).containsExactlyElementsOf(source.keySet());
  }

  @Test
  void keysThatDifferInTheirLastCharactersAreHashedAtEverySize() {
    // names such as svc-00001 to svc-10000 have hash codes close together; placed by their low bits (mixed with the
    // high ones) they formed runs longer than a lookup may walk from 5,000 keys on, and the map fell back to searching
    // by halves
    List<String> forms = List.of("svc-%05d", "service%d", "VAR_%04d", "web-%d-replica", "%d");
    for (String form : forms) {
      for (int size : List.of(17, 100, 1_000, 5_000, 10_000, 50_000)) {
        LinkedHashMap<String, Integer> source = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          source.put(String.format(Locale.ROOT, form, i), i);
        }
        Map<String, Integer> frozen = Copies.map(source, "services");
        assertThat(Copies.lookup(frozen)).as("%s, %d keys", form, size).isEqualTo("hashed");
        source.forEach((key, value) -> assertThat(frozen.get(key)).isEqualTo(value));
      }
    }
    assertThat(Copies.lookup(Copies.map(Map.of("a", 1), "small"))).isEqualTo("scanned");
  }

  @Test
  void anExtensionValueThatCannotBeCarriedIsNamedByItsPlace() {
    Map<String, Object> nested = Map.of("x-a", List.of("ok", Map.of("b", Double.NaN)));
    assertThatThrownBy(() -> Copies.extensions(nested, "x-*"))
        .hasMessage("x-*.x-a[1].b: NaN is not a finite number");
    assertThatThrownBy(() -> Copies.extensions(Map.of("x-a", List.of(List.of(1, new Object()))), "stack"))
        .hasMessage("stack.x-a[0][1]: Object is not a YAML value (use strings, numbers, booleans, lists or maps)");
    assertThatThrownBy(() -> Copies.extensionValue(Map.of(1, "one"), "x-*.x-b"))
        .hasMessage("x-*.x-b: map keys must be strings, got 1");
  }

  @Test
  void aLongKeyOverManyItemsIsNotCopiedForEach() {
    // the place of each item was made into text as it was copied: a key of a million characters over 200,000
    // items copied 200 GB (ten seconds here, half a minute for compose:validate of such a file of 1.4 MB); a place
    // is now made into text for a message only
    String key = "x-" + "k".repeat(1_000_000);
    List<Integer> items = Collections.nCopies(200_000, 1);

    Map<String, Object> copy = Copies.extensions(Map.of(key, items), "x-*");

    assertThat(copy).containsOnlyKeys(key);
    assertThat(copy.get(key)).isEqualTo(items);
  }

  private static void readsAs(LinkedHashMap<String, String> source, List<String> probes) {
    Map<String, String> frozen = Copies.mapAllowingNullValues(source, "map");

    assertThat(frozen).isEqualTo(source).hasSameHashCodeAs(source).hasToString(source.toString());
    assertThat(source).isEqualTo(frozen);
    assertThat(frozen.size()).isEqualTo(source.size());
    assertThat(frozen.isEmpty()).isEqualTo(source.isEmpty());
    assertThat(new ArrayList<>(frozen.keySet())).containsExactlyElementsOf(source.keySet());
    assertThat(new ArrayList<>(frozen.values())).containsExactlyElementsOf(source.values());
    assertThat(new ArrayList<>(frozen.entrySet())).containsExactlyElementsOf(source.entrySet());
    assertThat(frozen.entrySet()).isEqualTo(source.entrySet()).hasSameHashCodeAs(source.entrySet());
    assertThat(frozen.keySet()).isEqualTo(source.keySet());
    List<Object> visited = new ArrayList<>();
    frozen.forEach((k, v) -> visited.add(new SimpleImmutableEntry<>(k, v)));
    assertThat(visited).containsExactlyElementsOf(source.entrySet());
    for (String probe : probes) {
      assertThat(frozen.get(probe)).as("get %s", probe).isEqualTo(source.get(probe));
      assertThat(frozen.containsKey(probe)).as("containsKey %s", probe).isEqualTo(source.containsKey(probe));
      assertThat(frozen.getOrDefault(probe, "?")).isEqualTo(source.getOrDefault(probe, "?"));
      assertThat(frozen.keySet().contains(probe)).isEqualTo(source.containsKey(probe));
      assertThat(frozen.containsValue(probe)).isEqualTo(source.containsValue(probe));
      assertThat(frozen.entrySet().contains(new SimpleImmutableEntry<>(probe, "x")))
          .isEqualTo(source.entrySet().contains(new SimpleImmutableEntry<>(probe, "x")));
    }
  }

  @Property
  void equalsAsMapsDo(@ForAll("maps") LinkedHashMap<String, String> a, @ForAll("maps") LinkedHashMap<String, String> b) {
    Map<String, String> frozenA = Copies.mapAllowingNullValues(a, "a");
    Map<String, String> frozenB = Copies.mapAllowingNullValues(b, "b");
    assertThat(frozenA.equals(frozenB)).isEqualTo(a.equals(b));
    assertThat(frozenA.equals(b)).isEqualTo(a.equals(b));
    // the order of entries does not matter to equality
    assertThat(Copies.mapAllowingNullValues(new TreeMap<>(withoutNullValues(a)), "sorted"))
        .isEqualTo(withoutNullValues(a));
  }

  @Test
  void aNullValueIsNotAMissingKey() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("a", null);
    Map<String, String> other = new HashMap<>();
    other.put("b", null);
    Map<String, String> frozen = Copies.mapAllowingNullValues(source, "map");

    assertThat(frozen.containsKey("a")).isTrue();
    assertThat(frozen.getOrDefault("a", "default")).isNull();
    assertThat(frozen).isNotEqualTo(other);
    assertThat(frozen.get(null)).isNull();
    assertThat(frozen.containsKey(null)).isFalse();
    assertThat(frozen.equals(Map.of(1, 2))).isFalse();
  }

  @Test
  void cannotBeChanged() {
    Map<String, String> source = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      source.put("k" + i, "v" + i);
    }
    Map<String, String> frozen = Copies.map(source, "map");
    source.clear();

    assertThat(frozen).hasSize(20).containsEntry("k19", "v19");
    assertThatThrownBy(() -> frozen.put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.remove("k1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.keySet().remove("k1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("v"))
        .isInstanceOf(UnsupportedOperationException.class);
    Iterator<String> keys = frozen.keySet().iterator();
    keys.next();
    assertThatThrownBy(keys::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFrozenMapIsSharedAndNullsAreNamed() {
    Map<String, String> frozen = Copies.map(Map.of("a", "b"), "map");
    assertThat(Copies.map(frozen, "again")).isSameAs(frozen);

    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("a", null);
    assertThatNullPointerException().isThrownBy(() -> Copies.map(withNull, "environment"))
        .withMessage("environment.a must not be null");
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");
    assertThatNullPointerException().isThrownBy(() -> Copies.map(nullKey, "labels"))
        .withMessage("labels must not contain a null key");
    // a map holding null values is copied again, and refused, where null values are not allowed
    Map<String, String> frozenWithNull = Copies.mapAllowingNullValues(withNull, "environment");
    assertThatNullPointerException().isThrownBy(() -> Copies.map(frozenWithNull, "labels"));
  }

  private static Map<String, String> withoutNullValues(Map<String, String> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, v == null ? "" : v));
    return out;
  }
}
