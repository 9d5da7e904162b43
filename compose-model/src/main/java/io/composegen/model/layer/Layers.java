package io.composegen.model.layer;

import io.composegen.model.Stack;
import io.composegen.model.resource.ResourceMerges;
import io.composegen.model.service.Reset;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Resolves environments and factors layers into files that plain {@code -f} layering merges back exactly.
 *
 * <p>Compose can only add to or replace what an earlier file says; without {@code !reset} (which older tools
 * reject) a later file cannot remove anything. So when a layer removes an attribute or an element of the base,
 * {@link #factor(Stack)} keeps it out of the base file and carries it in every layer that keeps it.
 */
public final class Layers {

  private Layers() {}

  /** Returns the base of {@code stack} with {@code layer} merged by Compose's rules, without layers. */
  public static Stack resolve(Stack stack, Layer layer) {
    Stack.Builder out = withoutServices(stack, layer);
    eachService(stack, layer, service -> {
      out.service(service);
      return true;
    });
    return out.build();
  }

  /**
   * Returns true when {@code resolve(stack, layer)} is {@code meant} up to the order of unordered collections (as
   * {@link #canonical(Stack)} puts them), without building the merged stack: each merged service is compared as it is
   * made, and the first that differs ends the comparison. The check that factored files merge back to their
   * environments, on every generation, would otherwise hold a second copy of every environment.
   */
  public static boolean resolvesTo(Stack stack, Layer layer, Stack meant) {
    Map<String, Service> services = meant.services();
    int[] compared = {0};
    boolean same = eachService(stack, layer, merged -> {
      compared[0]++;
      Service service = services.get(merged.name());
      return service != null && (service.equals(merged) || canonical(service).equals(canonical(merged)));
    });
    return same && compared[0] == services.size() && withoutServices(stack, layer).build().equals(new Stack(
        meant.name(), meant.baseFileName(), Map.of(), meant.networks(), meant.volumes(), meant.secrets(),
        meant.configs(), meant.extensions(), meant.layers()));
  }

  /**
   * Gives {@code each} every service of the environment, merged: the base's in order, then those the layer adds;
   * stops at the first for which {@code each} returns false, and returns whether none did.
   */
  private static boolean eachService(Stack stack, Layer layer, Predicate<Service> each) {
    for (Service base : stack.services().values()) {
      if (!each.test(ServiceAttributes.merge(base, fragment(layer, base.name())))) {
        return false;
      }
    }
    for (Service added : layer.services().values()) {
      if (!added.name().equals(Service.ALL_SERVICES) && !stack.services().containsKey(added.name())
          && !each.test(newService(layer, added))) {
        return false;
      }
    }
    return true;
  }

  /** Returns a builder of the environment's stack with everything but its services: name, resources, extensions. */
  private static Stack.Builder withoutServices(Stack stack, Layer layer) {
    Stack.Builder out = Stack.builder(stack.name()).baseFileName(stack.baseFileName());
    mergeInto(stack.networks(), layer.networks(), ResourceMerges::network).forEach(out::network);
    mergeInto(stack.volumes(), layer.volumes(), ResourceMerges::volume).forEach(out::volume);
    mergeInto(stack.secrets(), layer.secrets(), ResourceMerges::secret).forEach(out::secret);
    mergeInto(stack.configs(), layer.configs(), ResourceMerges::config).forEach(out::config);
    stack.extensions().forEach(out::extension);
    layer.extensions().forEach(out::extension);
    return out;
  }

  private static <T> Map<String, T> mergeInto(Map<String, T> base, Map<String, T> over, BinaryOperator<T> merge) {
    Map<String, T> out = new LinkedHashMap<>(base);
    over.forEach((k, v) -> out.merge(k, v, merge));
    return out;
  }

  /**
   * Returns the one fragment that {@code layer} applies to base service {@code service}: its all-services
   * fragment followed by the service's own, with the resets of both.
   */
  public static Service fragment(Layer layer, String service) {
    Service all = layer.allServices();
    Service own = layer.services().get(service);
    if (all == null) {
      return own != null ? own : Service.builder(service).build();
    }
    Service sets = ServiceAttributes.merge(ServiceAttributes.renamed(all, service), own != null ? own : empty(service));
    List<Reset> resets = new ArrayList<>(all.resets());
    if (own != null) {
      resets.addAll(own.resets());
    }
    return resets.isEmpty() ? sets : sets.toBuilder().resets(resets).build(); // a merge has no resets
  }

  private static Service newService(Layer layer, Service added) {
    Service all = layer.allServices();
    Service own = ServiceAttributes.renamed(added, added.name());
    return all == null ? own : ServiceAttributes.merge(ServiceAttributes.renamed(all, added.name()), own);
  }

  private static Service empty(String name) {
    return Service.builder(name).build();
  }

  /**
   * Returns the stack as files: a base without anything a layer removes, and layers that carry what they
   * keep, with no resets and no all-services fragment, so that each base + layer pair merges to the same
   * environment as {@link Stack#resolve(String)} (up to the order of unordered collections).
   */
  public static Stack factor(Stack stack) {
    Stack.Builder base = stack.withoutLayers().toBuilder();
    Map<String, Layer.Builder> files = new LinkedHashMap<>();
    for (Layer layer : stack.layers().values()) {
      Layer.Builder file = Layer.named(layer.name()).fileName(layer.fileName()).production(layer.production());
      layer.networks().forEach(file::network);
      layer.volumes().forEach(file::volume);
      layer.secrets().forEach(file::secret);
      layer.configs().forEach(file::config);
      layer.extensions().forEach(file::extension);
      files.put(layer.name(), file);
    }
    for (Service service : stack.services().values()) {
      Map<String, Service> fragments = new LinkedHashMap<>();
      Set<String> whole = new HashSet<>();
      Map<String, Set<String>> keys = new HashMap<>();
      for (Layer layer : stack.layers().values()) {
        Service fragment = fragment(layer, service.name());
        fragments.put(layer.name(), fragment);
        for (Reset reset : fragment.resets()) {
          if (reset.isWhole()) {
            whole.add(reset.attribute());
          } else {
            keys.computeIfAbsent(reset.attribute(), k -> new HashSet<>()).add(reset.key());
          }
        }
      }
      Service.Builder baseService = service.toBuilder();
      for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
        trimBase(attribute, service, baseService, whole, keys);
      }
      base.service(baseService);
      for (Layer layer : stack.layers().values()) {
        Service fragment = fragments.get(layer.name());
        Service resetBase = ServiceAttributes.applyResets(service, fragment.resets());
        Service.Builder carried = Service.builder(service.name());
        for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
          carry(attribute, resetBase, fragment, carried, whole, keys);
        }
        Service built = carried.build();
        if (!built.isEmptyFragment()) {
          files.get(layer.name()).service(built);
        }
      }
    }
    for (Layer layer : stack.layers().values()) {
      for (Service added : layer.services().values()) {
        if (!added.name().equals(Service.ALL_SERVICES) && !stack.services().containsKey(added.name())) {
          files.get(layer.name()).service(newService(layer, added));
        }
      }
    }
    files.values().forEach(base::layer);
    return base.build();
  }

  private static <T> void trimBase(ServiceAttribute<T> attribute, Service service, Service.Builder out,
      Set<String> whole, Map<String, Set<String>> keys) {
    String name = attribute.yamlName();
    if (whole.contains(name)) {
      attribute.set(out, null);
    } else if (keys.containsKey(name)) {
      attribute.set(out, attribute.without(attribute.get(service), keys.get(name)));
    }
  }

  private static <T> void carry(ServiceAttribute<T> attribute, Service resetBase, Service fragment,
      Service.Builder out, Set<String> whole, Map<String, Set<String>> keys) {
    String name = attribute.yamlName();
    T own = attribute.get(fragment);
    T value;
    if (whole.contains(name)) {
      value = attribute.merge(attribute.get(resetBase), own);
    } else if (keys.containsKey(name)) {
      value = attribute.merge(attribute.only(attribute.get(resetBase), keys.get(name)), own);
    } else {
      value = own;
    }
    attribute.set(out, value);
  }

  /** Returns {@code stack} with every unordered collection of its services in canonical order, for comparisons. */
  public static Stack canonical(Stack stack) {
    Stack.Builder out = stack.toBuilder();
    for (Service service : stack.services().values()) {
      out.service(canonical(service));
    }
    return out.build();
  }

  /** Returns {@code service} with every unordered collection in canonical order, for comparisons. */
  public static Service canonical(Service service) {
    Service.Builder b = service.toBuilder();
    for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
      sortInto(attribute, service, b);
    }
    return b.build();
  }

  private static <T> void sortInto(ServiceAttribute<T> attribute, Service service, Service.Builder out) {
    attribute.set(out, attribute.canonical(attribute.get(service)));
  }
}
