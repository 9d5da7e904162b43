package io.composegen.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Defensive copies and argument checks shared by the model's records. Internal: not part of the public API.
 */
public final class Copies {

  private Copies() {}

  /** Returns an unmodifiable copy of {@code list}, an empty list for null; rejects null elements naming {@code field}. */
  public static <T> List<T> list(List<? extends T> list, String field) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      copy.add(element);
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Returns an unmodifiable, order-preserving copy of {@code map}, an empty map for null; rejects null keys and
   * null values naming {@code field}.
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
    Map<String, V> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException(field + " must not contain a null key");
      }
      if (!nullValues && entry.getValue() == null) {
        throw new NullPointerException(field + "." + entry.getKey() + " must not be null");
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns a deep, unmodifiable copy of {@code x-*} extension values. Values may be null, strings, booleans,
   * numbers, lists and string-keyed maps of such values; keys must start with {@code x-}.
   */
  public static Map<String, Object> extensions(Map<String, ?> map, String field) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = Objects.requireNonNull(entry.getKey(), field + " must not contain a null key");
      if (!key.startsWith("x-")) {
        throw new IllegalArgumentException(field + ": extension key \"" + key + "\" must start with \"x-\"");
      }
      copy.put(key, extensionValue(entry.getValue(), field + "." + key));
    }
    return Collections.unmodifiableMap(copy);
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
}
