package io.composegen.generator.validate;

import io.composegen.generator.env.StackStrings;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Command;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells in which written file, and where in it, an element of a resolved environment is declared.
 *
 * <p>Checks look at the resolved environment, whose list indices can differ from those of the files (a layer
 * appends to the base's lists). A path is mapped by walking the resolved environment and a file side by side;
 * list elements are matched by value. A value set by the layer's file is located there, anything else in the
 * base file; a whole service or resource (a path of two segments) is located where it is first declared, the base
 * file when it has it, so that a missing attribute is reported once for all environments.
 */
final class Locator {

  /** A file and a path in it. */
  record Located(String file, ModelPath path) {
    @Override
    public String toString() {
      return file + " " + path;
    }
  }

  /** The longest list of a file searched element by element; a longer one is indexed once. */
  private static final int SEARCHED = 16;

  private final String baseFile;
  private final Stack base;
  private final String layerFile;
  private final Layer layer;
  /**
   * For each list of a file longer than {@value #SEARCHED} that a path went through, the first index of each of its
   * elements, so that a list of thousands of entries with a problem each is not searched once per problem. The lists
   * are the model's own, which no one changes; checks run side by side, hence the lock.
   */
  private final Map<List<?>, Map<Object, Integer>> firstIndexes =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private Locator(String baseFile, Stack base, String layerFile, Layer layer) {
    this.baseFile = baseFile;
    this.base = base;
    this.layerFile = layerFile;
    this.layer = layer;
  }

  /** Returns a locator for the base environment: everything is in the base file, at the same path. */
  static Locator ofBase(String baseFile) {
    return new Locator(baseFile, null, null, null);
  }

  /** Returns a locator for an environment written as {@code base} (the base file) plus {@code layer}'s file. */
  static Locator ofLayer(String baseFile, Stack base, Layer layer) {
    return new Locator(baseFile, base, layer.effectiveFileName(), layer);
  }

  /** Returns where the element at {@code path} of the resolved environment {@code resolved} is written. */
  Located locate(Stack resolved, ModelPath path) {
    if (layer == null) {
      return new Located(baseFile, path);
    }
    List<Object> segments = path.segments();
    if (segments.size() <= 2) {
      return map(resolved, base, segments) != null ? new Located(baseFile, path) : new Located(layerFile, path);
    }
    ModelPath inLayer = map(resolved, layer, segments);
    if (inLayer != null) {
      return new Located(layerFile, inLayer);
    }
    ModelPath inBase = map(resolved, base, segments);
    if (inBase != null) {
      return new Located(baseFile, inBase);
    }
    boolean baseHasEntry = map(resolved, base, segments.subList(0, 2)) != null;
    return new Located(baseHasEntry ? baseFile : layerFile, path);
  }

  /** Returns the path in {@code file} of the element at {@code segments} of {@code resolved}, or null if absent. */
  private ModelPath map(Object resolved, Object file, List<Object> segments) {
    ModelPath out = ModelPath.root();
    Object r = resolved;
    Object f = file;
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        List<?> rl = asList(r);
        List<?> fl = asList(f);
        if (rl == null || fl == null || index >= rl.size()) {
          return null;
        }
        Object element = rl.get(index);
        int at = indexOf(fl, element);
        if (at < 0) {
          return null;
        }
        out = out.index(at);
        r = element;
        f = fl.get(at);
      } else {
        String key = (String) segment;
        Object fc = child(f, key);
        if (fc == null) {
          return null;
        }
        out = out.key(key);
        r = child(r, key);
        f = fc;
      }
    }
    return out;
  }

  /** Returns the first index of {@code element} in {@code list}, or -1, as {@link List#indexOf} does. */
  private int indexOf(List<?> list, Object element) {
    if (list.size() <= SEARCHED) {
      return list.indexOf(element);
    }
    Map<Object, Integer> first = firstIndexes.computeIfAbsent(list, l -> {
      Map<Object, Integer> indexes = new HashMap<>();
      for (int i = l.size() - 1; i >= 0; i--) {
        indexes.put(l.get(i), i);
      }
      return indexes;
    });
    return first.getOrDefault(element, -1);
  }

  private static List<?> asList(Object node) {
    if (node instanceof List<?> list) {
      return list;
    }
    if (node instanceof Command command) {
      return command.parts();
    }
    return null;
  }

  private static Object child(Object node, String key) {
    if (node == null) {
      return null;
    }
    if (node instanceof Stack s) {
      return top(key, s.services(), s.networks(), s.volumes(), s.secrets(), s.configs(), s.extensions());
    }
    if (node instanceof Layer l) {
      return top(key, l.services(), l.networks(), l.volumes(), l.secrets(), l.configs(), l.extensions());
    }
    if (node instanceof Map<?, ?> map) {
      return map.get(key);
    }
    if (node instanceof Service service) {
      if (key.startsWith("x-")) {
        return service.extensions().get(key);
      }
      return present(ServiceAttributes.byName(key), service);
    }
    if (node instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (StackStrings.yamlName(component.getName()).equals(key)) {
          return read(component, record);
        }
      }
    }
    return null;
  }

  private static Object top(String key, Map<String, ?> services, Map<String, ?> networks, Map<String, ?> volumes,
      Map<String, ?> secrets, Map<String, ?> configs, Map<String, ?> extensions) {
    Object value = switch (key) {
      case "services" -> services;
      case "networks" -> networks;
      case "volumes" -> volumes;
      case "secrets" -> secrets;
      case "configs" -> configs;
      default -> extensions.get(key);
    };
    return value instanceof Map<?, ?> m && m.isEmpty() ? null : value;
  }

  private static <T> Object present(ServiceAttribute<T> attribute, Service service) {
    if (attribute == null) {
      return null;
    }
    T value = attribute.get(service);
    return attribute.isPresent(value) ? value : null;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      Object value = component.getAccessor().invoke(record);
      if (value instanceof Boolean b && !b && component.getType() == boolean.class) {
        return null;
      }
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
    }
  }
}
