package io.composegen.generator.env;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Command;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists every string value of a stack that Compose interpolates, with the path where it is written.
 *
 * <p>Values only: map keys (environment names, labels) are not interpolated by Compose and are not listed.
 * Strings come in declaration order: the top level, then services attribute by attribute in print order, then
 * networks, volumes, secrets, configs and {@code x-*} values. Paths use Compose's names ({@code host_ip},
 * {@code depends_on}) and, for a layer, the paths of the layer's own entries.
 */
public final class StackStrings {

  private StackStrings() {}

  /**
   * One string of a stack; immutable.
   *
   * @param path where the string is written, e.g. {@code services.web.environment.DATABASE_URL}; never null
   * @param value the string as written; never null
   */
  public record Occurrence(ModelPath path, String value) {

    /** Checks that both components are given. */
    public Occurrence {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Returns the strings of {@code stack}'s base (its layers are ignored). */
  public static List<Occurrence> of(Stack stack) {
    List<Occurrence> out = new ArrayList<>();
    ModelPath root = ModelPath.root();
    if (stack.name() != null) {
      out.add(new Occurrence(root.key("name"), stack.name()));
    }
    stack.services().values().forEach(s -> service(s, root.key("services").key(s.name()), out));
    walk(stack.networks(), root.key("networks"), out);
    walk(stack.volumes(), root.key("volumes"), out);
    walk(stack.secrets(), root.key("secrets"), out);
    walk(stack.configs(), root.key("configs"), out);
    extensions(stack.extensions(), root, out);
    return List.copyOf(out);
  }

  /** Returns the strings of one layer's entries: its service fragments, resources and {@code x-*} values. */
  public static List<Occurrence> of(Layer layer) {
    List<Occurrence> out = new ArrayList<>();
    ModelPath root = ModelPath.root();
    layer.services().values().forEach(s -> service(s, root.key("services").key(s.name()), out));
    walk(layer.networks(), root.key("networks"), out);
    walk(layer.volumes(), root.key("volumes"), out);
    walk(layer.secrets(), root.key("secrets"), out);
    walk(layer.configs(), root.key("configs"), out);
    extensions(layer.extensions(), root, out);
    return List.copyOf(out);
  }

  private static void service(Service service, ModelPath path, List<Occurrence> out) {
    for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
      Object value = attribute.get(service);
      if (attribute == ServiceAttributes.EXTENSIONS) {
        extensions((Map<?, ?>) value, path, out);
      } else if (value != null && !isEmpty(value)) {
        walk(value, path.key(attribute.yamlName()), out);
      }
    }
  }

  /** An empty list or map holds no string; skipping it saves building its path, most attributes being unset. */
  private static boolean isEmpty(Object value) {
    return value instanceof List<?> list ? list.isEmpty() : value instanceof Map<?, ?> map && map.isEmpty();
  }

  private static void extensions(Map<?, ?> extensions, ModelPath path, List<Occurrence> out) {
    extensions.forEach((k, v) -> walk(v, path.key((String) k), out));
  }

  private static void walk(Object value, ModelPath path, List<Occurrence> out) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      out.add(new Occurrence(path, s));
    } else if (value instanceof Command command) {
      if (command.shellForm()) {
        out.add(new Occurrence(path, command.parts().get(0)));
      } else {
        walk(command.parts(), path, out);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path.key(String.valueOf(k)), out));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path.index(i), out);
      }
    } else if (value instanceof Record record) {
      for (Component component : COMPONENTS.get(record.getClass())) {
        Object child = component.read(record);
        if (component.extensions() && child instanceof Map<?, ?> map) {
          extensions(map, path, out);
        } else if (child != null) {
          walk(child, path.key(component.yamlName()), out);
        }
      }
    }
  }

  /** A record component with its Compose name; looked up once per class, as reflection is slow. */
  private record Component(Method accessor, String yamlName, boolean extensions) {

    Object read(Record record) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor + " of " + record.getClass().getName(), e);
      }
    }
  }

  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> out = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        out.add(new Component(component.getAccessor(), yamlName(component.getName()),
            component.getName().equals("extensions")));
      }
      return List.copyOf(out);
    }
  };

  /** Returns Compose's name of a model record component: {@code hostIp} becomes {@code host_ip}. */
  public static String yamlName(String componentName) {
    StringBuilder out = new StringBuilder();
    for (char c : componentName.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
