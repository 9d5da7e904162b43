package io.composegen.generator.docs;

import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.GeneratedBuild;
import io.composegen.model.service.Service;

/** Says in words where a service's image comes from, for diagrams and the README. Stateless. */
final class ServiceFacts {

  private ServiceFacts() {}

  /** Returns one short plain-text line: {@code postgres:16}, {@code build ./app}, {@code image of web}. */
  static String imageShort(Service service) {
    if (service.generatedBuild() != null) {
      return "build " + service.generatedBuild().context();
    }
    if (service.imageOf() != null) {
      return "image of " + service.imageOf();
    }
    if (service.build() != null) {
      String context = service.build().context() == null ? "inline Dockerfile" : service.build().context();
      return "build " + context + (service.image() == null ? "" : " as " + service.image());
    }
    return service.image() == null ? "no image" : service.image();
  }

  /** Returns the README's Markdown for the image: the image, or how it is built and from what. */
  static String imageMarkdown(Service service) {
    GeneratedBuild generated = service.generatedBuild();
    if (generated != null) {
      String context = generated.context().replace('\\', '/');
      String dockerfile = (context.equals(".") || context.equals("./") ? "" : strip(context) + "/")
          + generated.dockerfileName();
      return "built from the generated " + Markdown.code(dockerfile) + " (based on "
          + Markdown.code(generated.dockerfile().finalStage().base()) + ")"
          + (service.image() == null ? "" : " as " + Markdown.code(service.image()));
    }
    if (service.imageOf() != null) {
      return "the image of " + Markdown.code(service.imageOf());
    }
    BuildSpec build = service.build();
    if (build != null) {
      String from = build.context() == null ? "an inline Dockerfile" : Markdown.code(build.context())
          + (build.dockerfile() == null ? "" : " with " + Markdown.code(build.dockerfile()));
      return "built from " + from + (service.image() == null ? "" : " as " + Markdown.code(service.image()));
    }
    return service.image() == null ? "none" : Markdown.code(service.image());
  }

  private static String strip(String context) {
    String out = context.startsWith("./") ? context.substring(2) : context;
    return out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
  }
}
