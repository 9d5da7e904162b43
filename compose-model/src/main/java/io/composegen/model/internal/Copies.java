package io.composegen.model.internal;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Defensive copies and argument checks shared by the model's records. Internal: not part of the public API.
 *
 * <p>The copies are <em>frozen</em>: unmodifiable collections of a private type that nothing else can create
 * or change. A frozen collection passed in again (a record's collection handed to another record or to a
 * builder) is shared rather than copied, which is what makes {@code toBuilder()} and merging layers cheap: a
 * value that does not change is never copied. Builders hold either a frozen collection or a mutable one of
 * their own ({@link ArrayList}, {@link LinkedHashMap}) and copy a frozen one on their first change
 * ({@link #mutable(List)}).
 */
public final class Copies {

  private Copies() {}

  /**
   * Returns an unmodifiable copy of {@code list} ({@code list} itself when it is already such a copy), an empty
   * list for null; rejects null elements naming {@code field}.
   */
  public static <T> List<T> list(List<? extends T> list, String field) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    if (list instanceof FrozenList<? extends T> frozen) {
      return cast(frozen);
    }
    return freeze(list.toArray(), field);
  }

  /** Returns an unmodifiable copy of {@code values} in iteration order; rejects null elements naming {@code field}. */
  public static <T> List<T> listOf(Collection<? extends T> values, String field) {
    return values.isEmpty() ? List.of() : freeze(values.toArray(), field);
  }

  private static <T> List<T> freeze(Object[] copy, String field) {
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
    }
    return new FrozenList<>(copy);
  }

  /**
   * Returns {@code fresh} frozen without copying it: for a map the caller has just built and hands over, never
   * to change or pass on again. Null values are kept (and remembered); keys must not be null.
   */
  public static <V> Map<String, V> handOver(LinkedHashMap<String, V> fresh) {
    return fresh.isEmpty() ? Map.of() : new FrozenMap<>(fresh, fresh.containsValue(null), false);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(FrozenList<? extends T> frozen) {
    return (List<T>) frozen;
  }

  /**
   * Returns a list for a builder to hold in place of {@code values}: an empty list for null or empty, a frozen
   * list itself, else a mutable copy the builder owns; rejects null elements with the message {@code entry}.
   */
  public static <T> List<T> builderList(List<? extends T> values, String entry) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    if (values instanceof FrozenList<? extends T> frozen) {
      return cast(frozen);
    }
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      copy.add(Objects.requireNonNull(value, entry));
    }
    return copy;
  }

  /**
   * Returns a map for a builder to hold in place of {@code values}: an empty map for null or empty, a frozen map
   * itself, else a mutable, order-preserving copy the builder owns. Keys and values are checked when the
   * record is built.
   */
  public static <V> Map<String, V> builderMap(Map<String, ? extends V> values) {
    if (values == null || values.isEmpty()) {
      return Map.of();
    }
    if (values instanceof FrozenMap<? extends V> frozen) {
      @SuppressWarnings("unchecked")
      Map<String, V> shared = (Map<String, V>) frozen;
      return shared;
    }
    return new LinkedHashMap<>(values);
  }

  /** Returns a builder's list ready for a change: {@code held} when the builder owns it, else a mutable copy. */
  public static <T> List<T> mutable(List<T> held) {
    return held instanceof ArrayList<T> ? held : new ArrayList<>(held);
  }

  /** Returns a builder's map ready for a change: {@code held} when the builder owns it, else a mutable copy. */
  public static <V> Map<String, V> mutable(Map<String, V> held) {
    return held instanceof LinkedHashMap<String, V> ? held : new LinkedHashMap<>(held);
  }

  /**
   * Returns an unmodifiable, order-preserving copy of {@code map} ({@code map} itself when it is already such a
   * copy without null values), an empty map for null; rejects null keys and null values naming {@code field}.
   */
  public static <V> Map<String, V> map(Map<String, ? extends V> map, String field) {
    return copyMap(map, field, false);
  }

  /** Like {@link #map} but keeps null values, which mean "present without a value" (e.g. {@code environment: [KEY]}). */
  public static <V> Map<String, V> mapAllowingNullValues(Map<String, ? extends V> map, String field) {
    return copyMap(map, field, true);
  }

  /**
   * Returns how a map copied here finds a key, for tests: {@code scanned}, {@code hashed} or {@code sorted}; null for
   * another map.
   */
  static String lookup(Map<String, ?> map) {
    return map instanceof FrozenMap<?> frozen ? frozen.lookup() : null;
  }

  private static <V> Map<String, V> copyMap(Map<String, ? extends V> map, String field, boolean nullValues) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (map instanceof FrozenMap<? extends V> frozen && (nullValues || !frozen.hasNullValues)) {
      @SuppressWarnings("unchecked")
      Map<String, V> shared = (Map<String, V>) frozen;
      return shared;
    }
    Object[] table = new Object[map.size() * 2];
    int i = 0;
    boolean hasNullValues = false;
    for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException(field + " must not contain a null key");
      }
      if (entry.getValue() == null) {
        if (!nullValues) {
          throw new NullPointerException(field + "." + entry.getKey() + " must not be null");
        }
        hasNullValues = true;
      }
      table[i++] = entry.getKey();
      table[i++] = entry.getValue();
    }
    return new FrozenMap<>(table, hasNullValues, false);
  }

  /**
   * Returns a deep, unmodifiable copy of {@code x-*} extension values ({@code map} itself when it is already
   * such a copy). Values may be null, strings, booleans,
   * numbers, lists and string-keyed maps of such values; keys must start with {@code x-}.
   */
  public static Map<String, Object> extensions(Map<String, ?> map, String field) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (map instanceof FrozenMap<?> frozen && frozen.extensions) {
      @SuppressWarnings("unchecked")
      Map<String, Object> shared = (Map<String, Object>) frozen;
      return shared;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = Objects.requireNonNull(entry.getKey(), field + " must not contain a null key");
      if (!key.startsWith("x-")) {
        throw new IllegalArgumentException(field + ": extension key \"" + key + "\" must start with \"x-\"");
      }
      copy.put(key, extensionValue(entry.getValue(), new Place(new Place(null, field, 0), key, 0)));
    }
    return new FrozenMap<>(copy, copy.containsValue(null), true);
  }

  /** Deep-copies one extension value, rejecting types YAML cannot carry. */
  public static Object extensionValue(Object value, String field) {
    return extensionValue(value, new Place(null, field, 0));
  }

  /**
   * Where an extension value sits: the field, then a key, or an index when the name is null. Made into text only for
   * a message, so that a long key over a list of many items is not copied into a name for each of them.
   */
  private record Place(Place parent, String name, int index) {
    @Override
    public String toString() {
      if (parent == null) {
        return name;
      }
      return parent + (name == null ? "[" + index + "]" : "." + name);
    }
  }

  private static Object extensionValue(Object value, Place field) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal
        || value instanceof java.math.BigInteger) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(field + ": " + value + " is not a finite number");
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(extensionValue(list.get(i), new Place(field, null, i)));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(field + ": map keys must be strings, got " + entry.getKey());
        }
        copy.put(key, extensionValue(entry.getValue(), new Place(field, key, 0)));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(
        field + ": " + value.getClass().getSimpleName() + " is not a YAML value (use strings, numbers, booleans, lists or maps)");
  }

  /** Returns {@code value} if it is non-null and not blank, else throws naming {@code field}. */
  public static String nonBlank(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** Returns {@code value} when null or at least {@code min}, else throws naming {@code field}. */
  public static Integer atLeast(Integer value, int min, String field) {
    if (value != null && value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  /** An unmodifiable list over an array no one else holds; never holds null. */
  private static final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] elements;

    FrozenList(Object[] elements) {
      this.elements = elements;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
      Objects.checkIndex(index, elements.length);
      return (T) elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super T> action) {
      for (Object element : elements) {
        action.accept((T) element);
      }
    }

    @Override
    public Object[] toArray() {
      return elements.clone();
    }
  }

  /**
   * An unmodifiable, order-preserving map of string keys, its keys and values side by side in one array no one else
   * holds: 8 bytes an entry where a {@link LinkedHashMap} takes about 45 with its table, entry objects and
   * unmodifiable views, which matters for a stack of thousands of services, each with a few small maps. A map of
   * more than {@value #SCANNED} entries also keeps an open-addressing index of the positions, or, when the keys' hash
   * codes collide too often for one (keys can be written to share a hash code), its entries in the order of their
   * keys, searched by halves; a smaller one is scanned. It remembers whether it holds null values and whether its
   * values were checked as {@code x-*} extension values, so that it is shared only where those are allowed.
   */
  private static final class FrozenMap<V> extends AbstractMap<String, V> {
    /** The most entries a map holds without an index: comparing a few keys costs less than hashing. */
    static final int SCANNED = 16;

    /**
     * The longest run of taken slots a key may have to walk past before the index gives up on hashing: far beyond
     * what keys with ordinary hash codes meet, and soon reached by keys made to share one ({@code "Aa"} and
     * {@code "BB"} do), whose every lookup would otherwise compare every key.
     */
    static final int LONGEST_PROBE = 128;

    /** Key {@code i} at {@code 2 * i}, its value at {@code 2 * i + 1}, in insertion order. */
    private final Object[] table;
    /**
     * Entry number plus one per slot, 0 for a free slot; or, when {@link #sorted}, the entry numbers in the order of
     * their keys; null when the map is scanned.
     */
    private final int[] index;
    /** Whether the keys' hash codes collided too often for slots, so that keys are searched in their order. */
    private final boolean sorted;
    private final boolean hasNullValues;
    private final boolean extensions;

    /** Copies {@code entries}, which no one changes meanwhile. */
    FrozenMap(Map<String, V> entries, boolean hasNullValues, boolean extensions) {
      this(table(entries), hasNullValues, extensions);
    }

    /** Takes over {@code table}: keys at even positions, each followed by its value. */
    FrozenMap(Object[] table, boolean hasNullValues, boolean extensions) {
      this.table = table;
      int[] slots = table.length / 2 > SCANNED ? slots(table) : null;
      this.sorted = slots == null && table.length / 2 > SCANNED;
      this.index = sorted ? order(table) : slots;
      this.hasNullValues = hasNullValues;
      this.extensions = extensions;
    }

    private static Object[] table(Map<String, ?> entries) {
      Object[] table = new Object[entries.size() * 2];
      int i = 0;
      for (Map.Entry<String, ?> entry : entries.entrySet()) {
        table[i++] = entry.getKey();
        table[i++] = entry.getValue();
      }
      return table;
    }

    /**
     * Returns the slots of the keys of {@code table}, or null when a key meets more than {@link #LONGEST_PROBE} taken
     * slots in a row.
     */
    private static int[] slots(Object[] table) {
      int size = table.length / 2;
      int[] slots = new int[Integer.highestOneBit(size * 2 - 1) << 1]; // a power of two, at least twice the size
      int mask = slots.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = home(table[2 * i].hashCode(), slots.length);
        for (int probe = 0; slots[slot] != 0; probe++) {
          if (probe == LONGEST_PROBE) {
            return null;
          }
          slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
      }
      return slots;
    }

    /** Returns the entry numbers of {@code table} in the order of their keys. */
    private static int[] order(Object[] table) {
      return IntStream.range(0, table.length / 2).boxed()
          .sorted(Comparator.comparing(entry -> (String) table[2 * entry]))
          .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns the slot a key of hash code {@code hash} starts at, of {@code length} (a power of two, at least 2, as an
     * index is kept only for more than {@value #SCANNED} keys; of 1 the shift below would be 32, which Java takes as
     * 0): the high bits of the hash code times the golden ratio's fraction of 2^32. Keys that differ in their last
     * characters, such as {@code svc-00001} to {@code svc-10000}, have hash codes close together, which their low bits,
     * even mixed with the high ones, put into runs of neighbouring slots longer than {@link #LONGEST_PROBE}; the
     * product spreads them over the table.
     */
    private static int home(int hash, int length) {
      return (hash * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(length) + 1);
    }

    /** Returns how lookups find a key: {@code scanned}, {@code hashed} or {@code sorted}. */
    String lookup() {
      return index == null ? "scanned" : sorted ? "sorted" : "hashed";
    }

    /** Returns the entry number of {@code key}, or -1. */
    private int find(Object key) {
      if (key == null) {
        return -1;
      }
      Object[] table = this.table;
      if (index == null) {
        for (int i = 0; i < table.length; i += 2) {
          if (key.equals(table[i])) {
            return i / 2;
          }
        }
        return -1;
      }
      if (sorted) {
        return key instanceof String name ? search(name) : -1;
      }
      int mask = index.length - 1;
      for (int slot = home(key.hashCode(), index.length); index[slot] != 0; slot = (slot + 1) & mask) {
        int entry = index[slot] - 1;
        if (key.equals(table[2 * entry])) {
          return entry;
        }
      }
      return -1;
    }

    /** Returns the entry number of {@code name} by a binary search of the sorted index, or -1. */
    private int search(String name) {
      int low = 0;
      int high = index.length - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int entry = index[middle];
        int c = key(entry).compareTo(name);
        if (c < 0) {
          low = middle + 1;
        } else if (c > 0) {
          high = middle - 1;
        } else {
          return entry;
        }
      }
      return -1;
    }

    @SuppressWarnings("unchecked")
    private String key(int entry) {
      return (String) table[2 * entry];
    }

    @SuppressWarnings("unchecked")
    private V value(int entry) {
      return (V) table[2 * entry + 1];
    }

    @Override
    public int size() {
      return table.length / 2;
    }

    @Override
    public boolean isEmpty() {
      return table.length == 0;
    }

    @Override
    public V get(Object key) {
      int entry = find(key);
      return entry < 0 ? null : value(entry);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
      int entry = find(key);
      return entry < 0 ? defaultValue : value(entry);
    }

    @Override
    public boolean containsKey(Object key) {
      return find(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
      for (int i = 1; i < table.length; i += 2) {
        if (Objects.equals(value, table[i])) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
      Objects.requireNonNull(action, "action");
      for (int i = 0; i < size(); i++) {
        action.accept(key(i), value(i));
      }
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return new View<>(this) {
        @Override
        Entry<String, V> at(int entry) {
          return new SimpleImmutableEntry<>(map.key(entry), map.value(entry));
        }

        @Override
        public boolean contains(Object o) {
          if (!(o instanceof Entry<?, ?> e)) {
            return false;
          }
          int entry = map.find(e.getKey());
          return entry >= 0 && Objects.equals(map.value(entry), e.getValue());
        }
      };
    }

    @Override
    public Set<String> keySet() {
      return new View<>(this) {
        @Override
        String at(int entry) {
          return map.key(entry);
        }

        @Override
        public boolean contains(Object o) {
          return map.find(o) >= 0;
        }
      };
    }

    @Override
    public Collection<V> values() {
      return new View<>(this) {
        @Override
        V at(int entry) {
          return map.value(entry);
        }

        @Override
        public boolean contains(Object o) {
          return map.containsValue(o);
        }
      };
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) {
        return true;
      }
      if (!(o instanceof Map<?, ?> other) || other.size() != size()) {
        return false;
      }
      try {
        for (int i = 0; i < size(); i++) {
          V value = value(i);
          Object theirs = other.get(key(i));
          if (value == null ? theirs != null || !other.containsKey(key(i)) : !value.equals(theirs)) {
            return false;
          }
        }
      } catch (ClassCastException | NullPointerException unused) {
        return false; // as AbstractMap: a map that cannot hold string keys is not equal
      }
      return true;
    }

    @Override
    public int hashCode() {
      int hash = 0;
      for (int i = 0; i < table.length; i += 2) {
        hash += Objects.hashCode(table[i]) ^ Objects.hashCode(table[i + 1]);
      }
      return hash;
    }

    /**
     * A set of the entries, keys or values of a map, in its order, made on each call (a map keeps no views) and
     * unmodifiable: the iterator has no {@code remove}, so every change {@link java.util.AbstractCollection} offers
     * throws.
     */
    private abstract static class View<V, T> extends java.util.AbstractSet<T> {
      final FrozenMap<V> map;

      View(FrozenMap<V> map) {
        this.map = map;
      }

      abstract T at(int entry);

      @Override
      public int size() {
        return map.size();
      }

      @Override
      public java.util.Iterator<T> iterator() {
        return new java.util.Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < map.size();
          }

          @Override
          public T next() {
            if (next >= map.size()) {
              throw new java.util.NoSuchElementException();
            }
            return at(next++);
          }
        };
      }

      @Override
      public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < map.size(); i++) {
          action.accept(at(i));
        }
      }
    }
  }
}
