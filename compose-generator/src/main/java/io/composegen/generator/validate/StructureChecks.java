package io.composegen.generator.validate;

import io.composegen.generator.dockerfile.DockerfileEscaping;
import io.composegen.generator.env.Interpolation;
import io.composegen.generator.env.StackStrings;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.service.Command;
import io.composegen.model.service.Service;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CG130 to CG152: container names, services without an image, variable references, resource names and entrypoints
 * that clear an image's command.
 */
final class StructureChecks {

  private StructureChecks() {}

  /** Container names the engine accepts (an optional leading slash aside). */
  private static final Pattern CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

  /** Names Compose accepts for top-level networks, volumes, secrets and configs. */
  private static final Pattern RESOURCE_NAME = Pattern.compile("[a-zA-Z0-9._-]+");

  static void run(Environment env) {
    containerNames(env);
    images(env);
    interpolation(env);
    resourceNames(env);
    entrypoints(env);
  }

  private static void entrypoints(Environment env) {
    for (Service service : env.stack().services().values()) {
      Command entrypoint = service.entrypoint();
      if (entrypoint == null || service.command() != null
          || entrypoint.parts().stream().allMatch(String::isBlank)) {
        continue;
      }
      BuiltImage image = env.image(service);
      if (image == null || image.command().isEmpty()) {
        continue;
      }
      String cmd = DockerfileEscaping.jsonArray(image.command());
      env.report(RuleRegistry.ENTRYPOINT_CLEARS_COMMAND, Environment.service(service.name()).key("entrypoint"),
          "entrypoint replaces the image's ENTRYPOINT and clears its CMD " + cmd + ", and command is not set",
          "add command: " + cmd + " (the image's CMD) for the entrypoint to receive, drop entrypoint, or write "
              + "command: [] if the entrypoint needs no arguments");
    }
  }

  private static void containerNames(Environment env) {
    Map<String, String> firstUser = new LinkedHashMap<>();
    for (Service service : env.stack().services().values()) {
      String name = service.containerName();
      if (name == null) {
        continue;
      }
      ModelPath at = Environment.service(service.name()).key("container_name");
      String earlier = firstUser.putIfAbsent(name, service.name());
      if (earlier != null) {
        ModelPath first = Environment.service(earlier).key("container_name");
        env.report(RuleRegistry.DUPLICATE_CONTAINER_NAME, at, "container_name " + Texts.quote(name)
                + " is also used by " + env.refer(first, at),
            "give each service its own container_name, or drop container_name and let Compose name the containers",
            first);
      }
      Integer replicas = service.deploy() == null ? null : service.deploy().replicas();
      if (replicas != null && replicas > 1) {
        env.report(RuleRegistry.CONTAINER_NAME_WITH_REPLICAS, at, "container_name " + Texts.quote(name)
                + " cannot be combined with deploy.replicas: " + replicas,
            "drop container_name; Compose then names the containers <project>-" + service.name() + "-1, -2, ...");
      }
      if (!CONTAINER_NAME.matcher(name.startsWith("/") ? name.substring(1) : name).matches()
          && !Interpolation.hasReferences(name)) {
        env.report(RuleRegistry.INVALID_CONTAINER_NAME, at, "container_name " + Texts.quote(name)
                + " is not a valid container name",
            "use letters, digits, '_', '.' and '-', starting with a letter or digit, at least 2 characters");
      }
    }
  }

  private static void images(Environment env) {
    Stack stack = env.stack();
    Map<String, Boolean> known = new HashMap<>();
    for (Service service : stack.services().values()) {
      if (!hasImage(service, stack, known)) {
        env.report(RuleRegistry.MISSING_IMAGE, Environment.service(service.name()),
            "service " + service.name() + " has neither image nor build",
            "add build: with the folder of its Dockerfile (e.g. build: ./" + service.name()
                + ") or image: with a pinned image (e.g. nginx:1.27); the base file needs one too when only a "
                + "layer sets it");
      }
    }
  }

  /**
   * Returns true when the service has an image or a build, itself or through the services it extends. Follows the
   * chain of {@code extends} in a loop, not on the thread's stack, and remembers in {@code known} the answer for every
   * service it passes, so that a chain of thousands is followed once, not once per service on it.
   */
  private static boolean hasImage(Service service, Stack stack, Map<String, Boolean> known) {
    if (service.image() != null || service.build() != null || service.extendsFrom() == null) {
      return service.image() != null || service.build() != null; // no chain to follow: most services
    }
    Set<String> passed = new HashSet<>();
    Service at = service;
    Boolean answer = known.get(at.name());
    while (answer == null) {
      Service base = at.extendsFrom() == null || at.extendsFrom().file() != null ? null
          : stack.services().get(at.extendsFrom().service());
      if (at.image() != null || at.build() != null) {
        answer = true;
      } else if (at.extendsFrom() == null) {
        answer = false;
      } else if (base == null || !passed.add(at.name())) {
        // another file's service, or an undefined or cyclic extends: CG107 or Compose reports it, not this rule
        answer = true;
      } else {
        at = base;
        answer = known.get(at.name());
      }
    }
    for (String name : passed) {
      known.put(name, answer);
    }
    return answer;
  }

  private static void interpolation(Environment env) {
    for (StackStrings.Occurrence string : StackStrings.of(env.stack(), Interpolation::hasDollar)) {
      Interpolation.Result parsed = Interpolation.parse(string.value());
      for (String error : parsed.errors()) {
        env.report(RuleRegistry.INVALID_INTERPOLATION, string.path(),
            Texts.quote(error) + " is not a valid variable reference",
            "write ${NAME}, ${NAME:-default} or ${NAME:?message}; write $$ for a literal dollar sign");
      }
      if (parsed.tooDeep()) {
        env.report(RuleRegistry.INVALID_INTERPOLATION, string.path(),
            "the value nests variable references more than " + Interpolation.MAX_NESTING
                + " deep (${A:-${B:-...}}), deeper than composegen reads",
            "nest fewer defaults inside one another: give the variables values in .env, or write the default out");
      }
    }
  }

  private static void resourceNames(Environment env) {
    Stack stack = env.stack();
    resourceNames(env, "network", "networks", stack.networks().keySet());
    resourceNames(env, "volume", "volumes", stack.volumes().keySet());
    resourceNames(env, "secret", "secrets", stack.secrets().keySet());
    resourceNames(env, "config", "configs", stack.configs().keySet());
  }

  private static void resourceNames(Environment env, String kind, String section, Set<String> names) {
    for (String name : names) {
      if (!RESOURCE_NAME.matcher(name).matches()) {
        env.report(RuleRegistry.INVALID_RESOURCE_NAME, ModelPath.of(section, name),
            kind + " name " + Texts.quote(name) + " is not valid",
            "rename it with letters, digits, '.', '_' and '-' only, and update the services that use it");
      }
    }
  }
}
