package io.composegen.model.internal;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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

  private static <V> Map<String, V> copyMap(Map<String, ? extends V> map, String field, boolean nullValues) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (map instanceof FrozenMap<? extends V> frozen && (nullValues || !frozen.hasNullValues)) {
      @SuppressWarnings("unchecked")
      Map<String, V> shared = (Map<String, V>) frozen;
      return shared;
    }
    Map<String, V> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
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
      copy.put(entry.getKey(), entry.getValue());
    }
    return new FrozenMap<>(copy, hasNullValues, false);
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
      copy.put(key, extensionValue(entry.getValue(), field + "." + key));
    }
    return new FrozenMap<>(copy, copy.containsValue(null), true);
  }

  /** Deep-copies one extension value, rejecting types YAML cannot carry. */
  public static Object extensionValue(Object value, String field) {
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
        copy.add(extensionValue(list.get(i), field + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(field + ": map keys must be strings, got " + entry.getKey());
        }
        copy.put(key, extensionValue(entry.getValue(), field + "." + key));
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
   * An unmodifiable, order-preserving map over a {@link LinkedHashMap} no one else holds. It remembers whether
   * it holds null values and whether its values were checked as {@code x-*} extension values, so that it is
   * shared only where those are allowed.
   */
  private static final class FrozenMap<V> extends AbstractMap<String, V> {
    private final Map<String, V> entries;
    private final boolean hasNullValues;
    private final boolean extensions;

    FrozenMap(Map<String, V> entries, boolean hasNullValues, boolean extensions) {
      this.entries = Collections.unmodifiableMap(entries);
      this.hasNullValues = hasNullValues;
      this.extensions = extensions;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public Set<String> keySet() {
      return entries.keySet();
    }

    @Override
    public Collection<V> values() {
      return entries.values();
    }

    @Override
    public int size() {
      return entries.size();
    }

    @Override
    public V get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
      entries.forEach(action);
    }
  }
}
