package io.composegen.generator.images;

import io.composegen.generator.dockerfile.DockerfileRenderer;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.layer.Layer;
import io.composegen.model.recipe.OciLabels;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.GeneratedBuild;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns generated Dockerfiles and shared images into plain Compose: a service with a {@link GeneratedBuild}
 * gets {@code build: {context, dockerfile, target}} and its Dockerfile and {@code .dockerignore} become files
 * to write; a service with {@code imageOf} runs the other service's image, so the image is built once.
 */
public final class GeneratedImages {

  private GeneratedImages() {}

  /**
   * The stack in plain Compose terms and the build files to write beside it; immutable.
   *
   * @param stack the stack without generated builds or image references
   * @param files the Dockerfiles and {@code .dockerignore} files by path relative to the project directory, in
   *     the order of the services that write them
   * @param dockerfiles the models of the Dockerfiles among {@code files}, by the same paths and in the same order
   */
  public record Result(Stack stack, Map<String, String> files, Map<String, Dockerfile> dockerfiles) {}

  /**
   * Resolves every generated build and image reference of {@code stack}.
   *
   * @throws IllegalArgumentException listing every problem: a reference to an unknown service or to one that
   *     builds nothing, a shared image without a name, two different Dockerfiles for the same path
   */
  public static Result resolve(Stack stack, TemplateEngine templates) {
    return resolve(stack, templates, null);
  }

  /**
   * Resolves every generated build and image reference of {@code stack}, labelling every generated Dockerfile's
   * image with {@code org.opencontainers.image.created} = {@code created} unless it sets that label itself.
   *
   * @param created an RFC 3339 date-time; null for no label
   * @throws IllegalArgumentException as {@link #resolve(Stack, TemplateEngine)}
   */
  public static Result resolve(Stack stack, TemplateEngine templates, String created) {
    List<String> problems = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, Dockerfile> dockerfiles = new LinkedHashMap<>();
    Map<String, Service> all = new LinkedHashMap<>(stack.services());
    stack.layers().values().forEach(l -> l.services().forEach(all::putIfAbsent));
    Map<String, String> images = imageNames(stack, all, problems);
    if (images.isEmpty() && problems.isEmpty() && !generates(stack)) {
      // nothing to resolve: the stack itself is its plain form, and not a copy to resolve and factor again
      return new Result(stack, Map.of(), Map.of());
    }

    Stack.Builder out = stack.toBuilder();
    stack.services().forEach((name, service) ->
        out.service(plain(ModelPath.of("services", name), service, false, images, files, dockerfiles, templates,
            created, problems)));
    for (Layer layer : stack.layers().values()) {
      Layer.Builder plainLayer = layer.toBuilder();
      layer.services().forEach((name, service) -> plainLayer.service(
          plain(ModelPath.of("layers", layer.name(), "services", name), service,
              stack.services().containsKey(name) || name.equals(Service.ALL_SERVICES), images, files, dockerfiles,
              templates, created, problems)));
      out.layer(plainLayer);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("cannot build the images of this stack:\n  " + String.join("\n  ", problems));
    }
    return new Result(out.build(), Collections.unmodifiableMap(files), Collections.unmodifiableMap(dockerfiles));
  }

  private static boolean generates(Stack stack) {
    List<Service> services = new ArrayList<>(stack.services().values());
    stack.layers().values().forEach(layer -> services.addAll(layer.services().values()));
    return services.stream().anyMatch(s -> s.generatedBuild() != null || s.imageOf() != null);
  }

  private static Map<String, String> imageNames(Stack stack, Map<String, Service> all, List<String> problems) {
    Map<String, String> images = new LinkedHashMap<>();
    all.forEach((name, service) -> {
      if (service.imageOf() == null) {
        return;
      }
      Service source = all.get(service.imageOf());
      String where = "services." + name + ".image_of";
      if (source == null) {
        problems.add(where + ": no service \"" + service.imageOf() + "\" to take the image from");
      } else if (source.generatedBuild() == null && source.build() == null) {
        problems.add(where + ": service \"" + source.name() + "\" builds no image; name one that has build or a recipe");
      } else if (source.image() != null) {
        images.put(source.name(), source.image());
      } else if (stack.name() == null) {
        problems.add(where + ": give service \"" + source.name()
            + "\" an image name, or the stack a name, so both services run the same image");
      } else {
        images.put(source.name(), stack.name() + "-" + source.name());
      }
    });
    return images;
  }

  private static Service plain(ModelPath path, Service service, boolean fragment, Map<String, String> images,
      Map<String, String> files, Map<String, Dockerfile> dockerfiles, TemplateEngine templates, String created,
      List<String> problems) {
    // A layer's fragment of a base service builds nothing: the base service carries the build and image name.
    if (service.generatedBuild() == null && service.imageOf() == null
        && (fragment || !images.containsKey(service.name()))) {
      return service;
    }
    Service.Builder b = service.toBuilder().generatedBuild(null).imageOf(null);
    if (!fragment && images.containsKey(service.name()) && service.image() == null) {
      b.image(images.get(service.name()));
    }
    if (service.imageOf() != null && images.containsKey(service.imageOf())) {
      b.image(images.get(service.imageOf()));
    }
    GeneratedBuild generated = service.generatedBuild();
    if (generated != null) {
      String folder = folder(generated.context());
      Dockerfile dockerfile = created == null ? generated.dockerfile()
          : generated.dockerfile().withImageLabel(OciLabels.PREFIX + "created", created);
      dockerfiles.putIfAbsent(folder + generated.dockerfileName(), dockerfile);
      add(files, folder + generated.dockerfileName(), DockerfileRenderer.render(dockerfile, templates),
          path, problems);
      add(files, folder + ".dockerignore", DockerfileRenderer.renderDockerignore(generated.dockerignore(), templates),
          path, problems);
      b.build(BuildSpec.builder()
          .context(generated.context())
          .dockerfile(generated.dockerfileName().equals("Dockerfile") ? null : generated.dockerfileName())
          .target(generated.target())
          .build());
    }
    return b.build();
  }

  private static void add(Map<String, String> files, String file, String content, ModelPath path,
      List<String> problems) {
    String existing = files.putIfAbsent(file, content);
    if (existing != null && !existing.equals(content)) {
      problems.add(path + ": writes " + file + ", which another service's build writes differently; "
          + "give one of them another context or Dockerfile name");
    }
  }

  private static String folder(String context) {
    String normalised = context.replace('\\', '/');
    while (normalised.startsWith("./")) {
      normalised = normalised.substring(2);
    }
    if (normalised.equals(".") || normalised.isEmpty()) {
      return "";
    }
    return normalised.endsWith("/") ? normalised : normalised + "/";
  }
}
