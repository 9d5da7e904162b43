package io.composegen.generator.project;

import io.composegen.generator.imports.Problem;
import io.composegen.generator.imports.ReadResult;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.ResourceMerges;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Reset;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * Combines the places a project's model comes from, in their documented order: what zero-config inference makes
 * of the project first, then the stack descriptor on top ({@link #overlay}), then small additions such as the
 * Maven plugin's configuration ({@link #amend}).
 */
public final class StackSources {

  private StackSources() {}

  /**
   * Returns {@code inferred} with {@code described} laid over it: every service, network, volume, secret, config,
   * {@code x-*} value and layer of the descriptor replaces the inferred entry of the same name (keeping its place)
   * or is added after the inferred ones; the descriptor's project name and base file name win when it sets them.
   * Inferred entries whose names the descriptor does not use stay as they are.
   *
   * @throws IllegalArgumentException when the combination breaks a rule of the model, such as a descriptor layer
   *     that changes how an inferred service's image is built
   */
  public static Stack overlay(Stack inferred, Stack described) {
    Objects.requireNonNull(inferred, "inferred");
    Objects.requireNonNull(described, "described");
    Stack.Builder out = Stack.builder(described.name() != null ? described.name() : inferred.name())
        .baseFileName(described.baseFileName() != null ? described.baseFileName() : inferred.baseFileName());
    inferred.services().values().forEach(out::service);
    described.services().values().forEach(out::service);
    inferred.networks().forEach(out::network);
    described.networks().forEach(out::network);
    inferred.volumes().forEach(out::volume);
    described.volumes().forEach(out::volume);
    inferred.secrets().forEach(out::secret);
    described.secrets().forEach(out::secret);
    inferred.configs().forEach(out::config);
    described.configs().forEach(out::config);
    inferred.extensions().forEach(out::extension);
    described.extensions().forEach(out::extension);
    inferred.layers().values().forEach(out::layer);
    described.layers().values().forEach(out::layer);
    return out.build();
  }

  /** Returns the names of the services of {@code inferred} that {@link #overlay} keeps: those the descriptor lacks. */
  public static List<String> keptFromInference(Stack inferred, Stack described) {
    List<String> out = new ArrayList<>();
    inferred.services().keySet().forEach(name -> {
      if (!described.services().containsKey(name)) {
        out.add(name);
      }
    });
    return List.copyOf(out);
  }

  /**
   * Returns {@code stack} amended by a later, smaller source: {@code additions} is merged onto the base as a layer
   * would be, but for every environment, and each of {@code layers} is merged into the stack's layer of the same
   * name or added.
   *
   * <ul>
   *   <li>A service of {@code additions} whose name the stack uses is merged onto that service by Compose's rules
   *       ({@link ServiceAttributes#merge}, after removing what it resets); when it says how the image comes about
   *       ({@code image_of}, a generated Dockerfile, {@code build} or {@code image}), that replaces what the stack
   *       said. A service under another name is added; it must set {@code image}, {@code build},
   *       {@code extends}, a generated Dockerfile or {@code image_of}, and may not reset anything.</li>
   *   <li>Networks, volumes, secrets and configs merge per name ({@link ResourceMerges}); {@code x-*} values
   *       replace.</li>
   *   <li>A layer of {@code layers} whose name the stack uses keeps the stack's file name unless it sets one and
   *       takes its own {@link Layer#production()}; each of its services is merged onto the layer's fragment of
   *       the same name (the resets of both apply to the base) or added; its resources merge per name.</li>
   * </ul>
   * Order is kept: amended entries stay in their place, added ones follow. Problems are returned, not thrown, with
   * the paths {@code services.<name>} and {@code layers.<layer>.services.<name>} (code {@value Problem#MISSING_VALUE}
   * for a new service without an image, {@value Problem#INVALID_VALUE} for a combination the model rejects); with
   * problems, the value is {@code stack} unchanged.
   *
   * @param stack the stack so far
   * @param additions services and resources to merge onto the base; its name, file name and production flag are
   *     ignored
   * @param layers layers to merge into the stack's layers by name
   */
  public static ReadResult<Stack> amend(Stack stack, Layer additions, List<Layer> layers) {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(additions, "additions");
    Objects.requireNonNull(layers, "layers");
    List<Problem> problems = new ArrayList<>();
    Stack.Builder out = stack.toBuilder();
    for (Service added : additions.services().values()) {
      ModelPath path = ModelPath.of("services", added.name());
      Service lower = stack.services().get(added.name());
      if (lower != null) {
        Service merged = attempt(path, problems, () -> amendService(lower, added));
        if (merged != null) {
          out.service(merged);
        }
      } else if (!added.resets().isEmpty()) {
        problems.add(new Problem(path, Problem.INVALID_VALUE, "reset in service \"" + added.name()
            + "\" removes nothing: no earlier source defines the service",
            "remove reset, or check the service's name"));
      } else if (added.image() == null && added.build() == null && added.extendsFrom() == null
          && added.generatedBuild() == null && added.imageOf() == null) {
        problems.add(new Problem(path, Problem.MISSING_VALUE, "service \"" + added.name()
            + "\" has neither image nor build, and no earlier source defines it",
            "set image, build, recipe, preset or image_of, or check the service's name"));
      } else {
        out.service(added);
      }
    }
    merged(stack.networks(), additions.networks(), ResourceMerges::network).forEach(out::network);
    merged(stack.volumes(), additions.volumes(), ResourceMerges::volume).forEach(out::volume);
    merged(stack.secrets(), additions.secrets(), ResourceMerges::secret).forEach(out::secret);
    merged(stack.configs(), additions.configs(), ResourceMerges::config).forEach(out::config);
    additions.extensions().forEach(out::extension);
    for (Layer layer : layers) {
      Layer lower = stack.layers().get(layer.name());
      Layer amended = lower == null ? layer : amendLayer(lower, layer, problems);
      if (amended != null) {
        out.layer(amended);
      }
    }
    if (!problems.isEmpty()) {
      return new ReadResult<>(stack, problems);
    }
    Stack built = attempt(ModelPath.root(), problems, out::build);
    return new ReadResult<>(built != null ? built : stack, problems);
  }

  /** Returns {@code upper} merged onto {@code lower}, letting {@code upper} say how the image comes about. */
  private static Service amendService(Service lower, Service upper) {
    Service.Builder out = ServiceAttributes.merge(lower, upper).toBuilder();
    if (upper.imageOf() != null) {
      out.image(null).build((BuildSpec) null).generatedBuild(null)
          .imageOf(upper.imageOf());
    } else if (upper.generatedBuild() != null) {
      out.build((BuildSpec) null).imageOf(null).generatedBuild(upper.generatedBuild());
    } else if (upper.build() != null) {
      out.generatedBuild(null).imageOf(null);
    } else if (upper.image() != null) {
      out.imageOf(null);
    }
    return out.build();
  }

  private static Layer amendLayer(Layer lower, Layer upper, List<Problem> problems) {
    Layer.Builder out = lower.toBuilder().production(upper.production());
    if (upper.fileName() != null) {
      out.fileName(upper.fileName());
    }
    boolean failed = false;
    for (Service fragment : upper.services().values()) {
      Service below = lower.services().get(fragment.name());
      if (below == null) {
        out.service(fragment);
        continue;
      }
      ModelPath path = ModelPath.of("layers", lower.name(), "services", fragment.name());
      Service merged = attempt(path, problems, () -> {
        LinkedHashSet<Reset> resets = new LinkedHashSet<>(below.resets());
        resets.addAll(fragment.resets());
        Service.Builder b = amendService(below, fragment).toBuilder().resets(new ArrayList<>(resets));
        return b.build();
      });
      if (merged == null) {
        failed = true;
      } else {
        out.service(merged);
      }
    }
    merged(lower.networks(), upper.networks(), ResourceMerges::network).forEach(out::network);
    merged(lower.volumes(), upper.volumes(), ResourceMerges::volume).forEach(out::volume);
    merged(lower.secrets(), upper.secrets(), ResourceMerges::secret).forEach(out::secret);
    merged(lower.configs(), upper.configs(), ResourceMerges::config).forEach(out::config);
    upper.extensions().forEach(out::extension);
    return failed ? null : attempt(ModelPath.of("layers", lower.name()), problems, out::build);
  }

  private static <T> Map<String, T> merged(Map<String, T> base, Map<String, T> over, BinaryOperator<T> merge) {
    Map<String, T> out = new LinkedHashMap<>(base);
    over.forEach((k, v) -> out.merge(k, v, merge));
    return out;
  }

  private static <T> T attempt(ModelPath path, List<Problem> problems, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(path, Problem.INVALID_VALUE, e.getMessage(),
          "change the configuration as the message says"));
      return null;
    }
  }
}
