package io.composegen.generator.validate;

import io.composegen.model.service.Service;

/**
 * Whether a service's image has a healthcheck that the model can see: the {@code HEALTHCHECK} of the Dockerfile
 * composegen generates for it. An image built from a hand-written Dockerfile or pulled by name stays invisible, so
 * its healthcheck has to be stated on the service.
 */
final class GeneratedHealthchecks {

  private GeneratedHealthchecks() {}

  /** Returns whether the service builds its image from a generated Dockerfile that checks health. */
  static boolean inImage(Service service) {
    return service.generatedBuild() != null && service.generatedBuild().checksHealth();
  }
}
