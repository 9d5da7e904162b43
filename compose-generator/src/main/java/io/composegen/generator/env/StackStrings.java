package io.composegen.generator.env;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Command;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

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
    return of(stack, value -> true);
  }

  /**
   * Returns the strings of {@code stack}'s base that {@code which} accepts, such as those holding a {@code $},
   * the only ones interpolation reads; only their paths are built.
   */
  public static List<Occurrence> of(Stack stack, Predicate<String> which) {
    Walk walk = new Walk(which);
    if (stack.name() != null) {
      walk.push("name");
      walk.add(stack.name());
      walk.pop();
    }
    walk.services(stack.services().values());
    walk.resources(stack.networks(), stack.volumes(), stack.secrets(), stack.configs(), stack.extensions());
    return List.copyOf(walk.out);
  }

  /** Returns the strings of one layer's entries: its service fragments, resources and {@code x-*} values. */
  public static List<Occurrence> of(Layer layer) {
    return of(layer, value -> true);
  }

  /** Returns the strings of one layer's entries that {@code which} accepts; see {@link #of(Stack, Predicate)}. */
  public static List<Occurrence> of(Layer layer, Predicate<String> which) {
    Walk walk = new Walk(which);
    walk.services(layer.services().values());
    walk.resources(layer.networks(), layer.volumes(), layer.secrets(), layer.configs(), layer.extensions());
    return List.copyOf(walk.out);
  }

  /**
   * One walk over a stack or layer, collecting the strings its filter accepts. The path being walked is a stack of
   * segments ({@code String} keys and {@code Integer} indexes), built into a {@link ModelPath} only for a string that
   * is kept: most strings of a stack are not, and building every path cost more than the rest of the walk.
   */
  private static final class Walk {
    private final Predicate<String> which;
    private final List<Occurrence> out = new ArrayList<>();
    private Object[] segments = new Object[16];
    private int depth;

    Walk(Predicate<String> which) {
      this.which = which;
    }

    void push(Object segment) {
      if (depth == segments.length) {
        segments = Arrays.copyOf(segments, depth * 2);
      }
      segments[depth++] = segment;
    }

    void pop() {
      segments[--depth] = null;
    }

    void add(String value) {
      if (which.test(value)) {
        ModelPath path = ModelPath.root();
        for (int i = 0; i < depth; i++) {
          path = segments[i] instanceof Integer index ? path.index(index) : path.key((String) segments[i]);
        }
        out.add(new Occurrence(path, value));
      }
    }

    void services(Collection<Service> services) {
      push("services");
      for (Service service : services) {
        push(service.name());
        service(service);
        pop();
      }
      pop();
    }

    void resources(Map<?, ?> networks, Map<?, ?> volumes, Map<?, ?> secrets, Map<?, ?> configs,
        Map<?, ?> extensions) {
      walkUnder("networks", networks);
      walkUnder("volumes", volumes);
      walkUnder("secrets", secrets);
      walkUnder("configs", configs);
      extensions(extensions);
    }

    private void service(Service service) {
      for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
        Object value = attribute.get(service);
        if (attribute == ServiceAttributes.EXTENSIONS) {
          extensions((Map<?, ?>) value);
        } else if (value != null && !isEmpty(value)) {
          walkUnder(attribute.yamlName(), value);
        }
      }
    }

    private void extensions(Map<?, ?> extensions) {
      extensions.forEach((k, v) -> walkUnder((String) k, v));
    }

    private void walkUnder(Object segment, Object value) {
      push(segment);
      walk(value);
      pop();
    }

    private void walk(Object value) {
      if (value == null) {
        return;
      }
      if (value instanceof String s) {
        add(s);
      } else if (value instanceof Command command) {
        if (command.shellForm()) {
          add(command.parts().get(0));
        } else {
          walk(command.parts());
        }
      } else if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> walkUnder(String.valueOf(k), v));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          walkUnder(i, list.get(i));
        }
      } else if (value instanceof Record record) {
        List<Component> components = COMPONENTS.get(record.getClass());
        for (int i = 0; i < components.size(); i++) { // by index: no iterator per record of a large stack
          Component component = components.get(i);
          Object child = component.read(record);
          if (component.extensions() && child instanceof Map<?, ?> map) {
            extensions(map);
          } else if (child != null) {
            walkUnder(component.yamlName(), child);
          }
        }
      }
    }
  }

  /** An empty list or map holds no string; skipping it saves walking it, most attributes being unset. */
  private static boolean isEmpty(Object value) {
    return value instanceof List<?> list ? list.isEmpty() : value instanceof Map<?, ?> map && map.isEmpty();
  }

  /**
   * A record component with its Compose name; looked up once per class, as reflection is slow. The accessor is a
   * method handle typed {@code (Object) Object}: a reflective call checks access on every call, which cost more
   * than the rest of the walk over a large stack.
   */
  private record Component(MethodHandle accessor, String yamlName, boolean extensions) {

    Object read(Record record) {
      try {
        return accessor.invokeExact((Object) record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + yamlName + " of " + record.getClass().getName(), e);
      }
    }
  }

  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> out = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        MethodHandle accessor;
        try {
          accessor = MethodHandles.publicLookup().unreflect(component.getAccessor())
              .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + component + " of " + type.getName(), e);
        }
        out.add(new Component(accessor, yamlName(component.getName()), component.getName().equals("extensions")));
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
