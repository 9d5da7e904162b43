package io.composegen.generator.validate;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** CG401 to CG407: what a production environment needs, checked only in environments marked as production. */
final class ProductionChecks {

  private ProductionChecks() {}

  static void run(Environment env) {
    if (!env.production()) {
      return;
    }
    Stack stack = env.stack();
    Set<String> awaitedToComplete = awaitedToComplete(stack);
    for (Service service : stack.services().values()) {
      ModelPath at = Environment.service(service.name());
      String name = service.name();
      image(env, service, at);
      if (service.build() != null && service.image() == null) {
        env.report(RuleRegistry.BUILD_WITHOUT_IMAGE, at.key("build"), "service " + name
                + " is built on the deploying host: build without image leaves nothing to push or pull",
            "set image: to the registry name and tag the build produces (e.g. ghcr.io/<owner>/" + name
                + ":1.0.0), and build and push it in CI");
      }
      List<ServiceVolume> volumes = service.volumes();
      for (int i = 0; i < volumes.size(); i++) {
        ServiceVolume volume = volumes.get(i);
        if (volume.isBind() && volume.source().startsWith(".")) {
          env.report(RuleRegistry.SOURCE_BIND_MOUNT, at.key("volumes").index(i), "bind-mounts "
                  + Texts.escape(volume.source()) + " from the project folder, so production runs whatever files "
                  + "are on the host",
              "copy the files into the image (COPY in the Dockerfile) and keep the bind mount in the dev layer");
        }
      }
      Deploy deploy = service.deploy();
      boolean oneOff = !service.profiles().isEmpty() || awaitedToComplete.contains(name);
      if (service.restart() == null && (deploy == null || deploy.restartPolicy() == null) && !oneOff) {
        env.report(RuleRegistry.NO_RESTART_POLICY, at,
            "service " + name + " has no restart policy, so it stays down after a crash or a reboot",
            "set restart: unless-stopped in the production layer; its \"*\" entry covers every service");
      }
      if (!env.hasHealthcheck(name) && !oneOff) {
        env.report(RuleRegistry.NO_HEALTHCHECK, at,
            "service " + name + " has no healthcheck, so a hung container looks healthy",
            "add a healthcheck that probes the service, e.g. test: [\"CMD\", \"curl\", \"-f\", "
                + "\"http://localhost:8080/health\"]; a HEALTHCHECK in the image is not visible here: repeat it on "
                + "the service");
      }
      boolean deployLimit = deploy != null && deploy.resources() != null && deploy.resources().limits() != null
          && deploy.resources().limits().memory() != null;
      if (service.memLimit() == null && !deployLimit) {
        env.report(RuleRegistry.NO_MEMORY_LIMIT, at,
            "service " + name + " has no memory limit, so a leak can starve every other service of the host",
            "set deploy.resources.limits.memory (or mem_limit) to what the service needs, e.g. 512m");
      }
      if (service.containerName() != null) {
        env.report(RuleRegistry.FIXED_CONTAINER_NAME, at.key("container_name"), "container_name "
                + Texts.quote(service.containerName()) + " is fixed in production, so the service cannot scale "
                + "and clashes with any other container of that name on the host",
            "drop container_name from production; keep it in the dev layer if it helps there");
      }
    }
  }

  private static void image(Environment env, Service service, ModelPath at) {
    String image = service.image();
    if (image == null || Images.isVariable(image)) {
      return;
    }
    Images parts = Images.parse(image);
    if (parts.digest() != null) {
      return;
    }
    String repository = Texts.escape(parts.repository());
    String hint = "pin a version tag (e.g. " + repository + ":<version>) or a digest (" + repository
        + "@sha256:...)";
    if (parts.tag() == null) {
      env.report(RuleRegistry.UNPINNED_IMAGE, at.key("image"), "image " + Texts.quote(image)
          + " has no tag, so each pull may bring another version", hint);
    } else if (parts.tag().equals("latest")) {
      env.report(RuleRegistry.UNPINNED_IMAGE, at.key("image"), "image " + Texts.quote(image)
          + " uses the tag latest, so each pull may bring another version", hint);
    }
  }

  /**
   * Returns the services another service waits for to complete: with those under a profile, the one-off jobs.
   * Collected once per environment, as asking each service's dependents in turn grows with the square of the
   * stack's size.
   */
  private static Set<String> awaitedToComplete(Stack stack) {
    Set<String> out = new HashSet<>();
    for (Service other : stack.services().values()) {
      other.dependsOn().forEach((target, dependency) -> {
        if (dependency.condition() == Condition.COMPLETED_SUCCESSFULLY) {
          out.add(target);
        }
      });
    }
    return out;
  }
}
