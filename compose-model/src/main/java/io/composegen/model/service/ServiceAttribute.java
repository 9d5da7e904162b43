package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One attribute of a service: its YAML name, how to read and set it, and how Compose merges it across files.
 *
 * <p>Instances are the immutable entries of {@link ServiceAttributes}.
 *
 * @param <T> the attribute's value type in {@link Service}
 */
public final class ServiceAttribute<T> {

  private final String yamlName;
  private final MergeRule rule;
  private final Function<Service, T> getter;
  private final BiConsumer<Service.Builder, T> setter;
  private final BinaryOperator<T> merger;
  private final Keys<T> keys;

  private ServiceAttribute(String yamlName, MergeRule rule, Function<Service, T> getter,
      BiConsumer<Service.Builder, T> setter, BinaryOperator<T> merger, Keys<T> keys) {
    this.yamlName = yamlName;
    this.rule = rule;
    this.getter = getter;
    this.setter = setter;
    this.merger = merger;
    this.keys = keys;
  }

  /** Element keys of a collection attribute: list them, and keep or drop elements by key. */
  interface Keys<T> {
    List<String> keys(T value);

    T filter(T value, Set<String> keep, boolean retain);

    UnaryOperator<String> normaliser();

    T sorted(T value);
  }

  static <T> ServiceAttribute<T> scalar(String name, Function<Service, T> getter,
      BiConsumer<Service.Builder, T> setter) {
    return new ServiceAttribute<>(name, MergeRule.REPLACE, getter, setter, (base, over) -> over, null);
  }

  static <T> ServiceAttribute<T> nested(String name, Function<Service, T> getter,
      BiConsumer<Service.Builder, T> setter, BinaryOperator<T> merger) {
    return new ServiceAttribute<>(name, MergeRule.NESTED, getter, setter, merger, null);
  }

  static <V> ServiceAttribute<Map<String, V>> map(String name, Function<Service, Map<String, V>> getter,
      BiConsumer<Service.Builder, Map<String, V>> setter, BinaryOperator<V> valueMerger) {
    return new ServiceAttribute<>(name, MergeRule.MERGE_BY_KEY, getter, setter,
        (base, over) -> Merges.maps(base, over, valueMerger), mapKeys());
  }

  static <E> ServiceAttribute<List<E>> keyedList(String name, Function<Service, List<E>> getter,
      BiConsumer<Service.Builder, List<E>> setter, Function<E, String> keyOf, UnaryOperator<String> normaliser) {
    return new ServiceAttribute<>(name, MergeRule.MERGE_BY_ELEMENT_KEY, getter, setter,
        (base, over) -> Merges.keyedLists(base, over, keyOf), listKeys(keyOf, normaliser));
  }

  static ServiceAttribute<List<String>> appendList(String name, Function<Service, List<String>> getter,
      BiConsumer<Service.Builder, List<String>> setter, boolean unique) {
    BinaryOperator<List<String>> merger = unique ? Merges::appendUnique : Merges::append;
    return new ServiceAttribute<>(name, unique ? MergeRule.APPEND_UNIQUE : MergeRule.APPEND, getter, setter,
        merger, listKeys(Function.identity(), UnaryOperator.identity()));
  }

  private static <V> Keys<Map<String, V>> mapKeys() {
    return new Keys<>() {
      @Override
      public List<String> keys(Map<String, V> value) {
        return new ArrayList<>(value.keySet());
      }

      @Override
      public Map<String, V> filter(Map<String, V> value, Set<String> keep, boolean retain) {
        LinkedHashMap<String, V> out = new LinkedHashMap<>();
        value.forEach((k, v) -> {
          if (keep.contains(k) == retain) {
            out.put(k, v);
          }
        });
        return Copies.handOver(out);
      }

      @Override
      public UnaryOperator<String> normaliser() {
        return UnaryOperator.identity();
      }

      @Override
      public Map<String, V> sorted(Map<String, V> value) {
        return Copies.handOver(new LinkedHashMap<>(new java.util.TreeMap<>(value)));
      }
    };
  }

  private static <E> Keys<List<E>> listKeys(Function<E, String> keyOf, UnaryOperator<String> normaliser) {
    return new Keys<>() {
      @Override
      public List<String> keys(List<E> value) {
        return value.stream().map(keyOf).distinct().toList();
      }

      @Override
      public List<E> filter(List<E> value, Set<String> keep, boolean retain) {
        return value.stream().filter(e -> keep.contains(keyOf.apply(e)) == retain).toList();
      }

      @Override
      public UnaryOperator<String> normaliser() {
        return normaliser;
      }

      @Override
      public List<E> sorted(List<E> value) {
        return value.stream().sorted(java.util.Comparator.comparing(keyOf)).toList();
      }
    };
  }

  /** Returns the attribute's name in Compose files, e.g. {@code depends_on}. */
  public String yamlName() {
    return yamlName;
  }

  /** Returns how Compose merges this attribute across files. */
  public MergeRule rule() {
    return rule;
  }

  /** Returns the attribute's value in {@code service}: null or empty when absent. */
  public T get(Service service) {
    return getter.apply(service);
  }

  /** Sets the attribute on a builder; null or empty clears it. */
  public void set(Service.Builder builder, T value) {
    setter.accept(builder, value);
  }

  /** Returns true when {@code value} is present: non-null and, for collections, not empty. */
  public boolean isPresent(T value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  /** Returns the value of a later file merged onto an earlier one by this attribute's rule. */
  public T merge(T base, T over) {
    if (!isPresent(over)) {
      return base;
    }
    if (!isPresent(base)) {
      return over;
    }
    return merger.apply(base, over);
  }

  /** Returns true when elements of this attribute can be addressed by key (and so removed one by one). */
  public boolean isKeyed() {
    return keys != null;
  }

  /** Returns the merge keys of the elements of {@code value}, in order; empty for an absent value. */
  public List<String> keys(T value) {
    requireKeyed();
    return isPresent(value) ? keys.keys(value) : List.of();
  }

  /** Returns {@code value} without the elements whose keys are in {@code drop}. */
  public T without(T value, Set<String> drop) {
    requireKeyed();
    return isPresent(value) ? keys.filter(value, drop, false) : value;
  }

  /** Returns only the elements of {@code value} whose keys are in {@code keep}. */
  public T only(T value, Set<String> keep) {
    requireKeyed();
    return isPresent(value) ? keys.filter(value, keep, true) : value;
  }

  /** Returns a user-written element key in the form {@link #keys} uses (e.g. a port's short syntax as its merge key). */
  public String normaliseKey(String key) {
    requireKeyed();
    return keys.normaliser().apply(Objects.requireNonNull(key, "key"));
  }

  /**
   * Returns {@code value} in a canonical order (collections sorted by element key) for comparisons in which
   * order carries no meaning; other values are returned as they are.
   */
  public T canonical(T value) {
    return keys != null && isPresent(value) ? keys.sorted(value) : value;
  }

  private void requireKeyed() {
    if (keys == null) {
      throw new UnsupportedOperationException(yamlName + " has no element keys");
    }
  }

  @Override
  public String toString() {
    return yamlName + " (" + rule + ")";
  }
}
