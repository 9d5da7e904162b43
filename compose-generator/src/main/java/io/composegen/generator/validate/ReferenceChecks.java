package io.composegen.generator.validate;

import io.composegen.generator.env.Interpolation;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.ServiceVolume;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** CG101 to CG108: names of services, networks, volumes, secrets and configs that the environment must define. */
final class ReferenceChecks {

  private ReferenceChecks() {}

  static void run(Environment env) {
    Stack stack = env.stack();
    Set<String> services = stack.services().keySet();
    Set<String> networks = new LinkedHashSet<>(stack.networks().keySet());
    networks.add("default");
    Suggestions.Among serviceNames = new Suggestions.Among(services);
    Suggestions.Among networkNames = new Suggestions.Among(networks);
    Suggestions.Among volumeNames = new Suggestions.Among(stack.volumes().keySet());
    Suggestions.Among secretNames = new Suggestions.Among(stack.secrets().keySet());
    Suggestions.Among configNames = new Suggestions.Among(stack.configs().keySet());
    for (Service service : stack.services().values()) {
      ModelPath at = Environment.service(service.name());
      service.dependsOn().forEach((name, dependency) -> {
        if (!services.contains(name) && !Boolean.FALSE.equals(dependency.required())) {
          env.report(RuleRegistry.UNDEFINED_DEPENDENCY, at.key("depends_on").key(name),
              "depends_on names service " + Texts.quote(name) + ", which is not defined",
              serviceNames.hint(name, service.name(), "define service " + Texts.quote(name)
                  + " or remove the dependency", "services"));
        }
      });
      for (String network : service.networks().keySet()) {
        if (!networks.contains(network)) {
          env.report(RuleRegistry.UNDEFINED_NETWORK, at.key("networks").key(network),
              "joins network " + Texts.quote(network) + ", which is not a top-level network",
              networkNames.hint(network, null,
                  "declare " + Texts.quote(network) + " under the top-level networks", "networks"));
        }
      }
      volumes(env, stack, service, at, volumeNames);
      fileRefs(env, service.secrets(), stack.secrets().keySet(), secretNames, at.key("secrets"), "secret",
          RuleRegistry.UNDEFINED_SECRET);
      fileRefs(env, service.configs(), stack.configs().keySet(), configNames, at.key("configs"), "config",
          RuleRegistry.UNDEFINED_CONFIG);
      serviceRefs(env, service, services, serviceNames, at);
    }
  }

  private static void volumes(Environment env, Stack stack, Service service, ModelPath at,
      Suggestions.Among volumeNames) {
    List<ServiceVolume> volumes = service.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      ServiceVolume volume = volumes.get(i);
      String name = volume.source();
      if (volume.isNamedVolume() && !Interpolation.hasReferences(name) && !stack.volumes().containsKey(name)) {
        env.report(RuleRegistry.UNDEFINED_VOLUME, at.key("volumes").index(i),
            "mounts volume " + Texts.quote(name) + ", which is not a top-level volume",
            volumeNames.hint(name, null, "declare " + Texts.quote(name)
                + " under the top-level volumes, or write ./" + Texts.escape(name) + " to bind a host folder",
                "volumes"));
      }
    }
  }

  private static void fileRefs(Environment env, List<ServiceFileRef> refs, Set<String> defined,
      Suggestions.Among definedNames, ModelPath at, String kind, Rule rule) {
    for (int i = 0; i < refs.size(); i++) {
      String name = refs.get(i).source();
      if (!defined.contains(name)) {
        env.report(rule, at.index(i), "uses " + kind + " " + Texts.quote(name) + ", which is not a top-level " + kind,
            definedNames.hint(name, null, "declare " + Texts.quote(name) + " under the top-level " + kind + "s",
                kind + "s"));
      }
    }
  }

  /** The services but {@code service}, for hints; built only when a problem needs one (it costs a copy of all). */
  private static void serviceRefs(Environment env, Service service, Set<String> services,
      Suggestions.Among serviceNames, ModelPath at) {
    List<String> volumesFrom = service.volumesFrom();
    for (int i = 0; i < volumesFrom.size(); i++) {
      String entry = volumesFrom.get(i);
      if (entry.startsWith("container:")) {
        continue;
      }
      String name = entry.split(":", -1)[0];
      if (!services.contains(name)) {
        env.report(RuleRegistry.UNDEFINED_VOLUMES_FROM, at.key("volumes_from").index(i),
            "volumes_from names service " + Texts.quote(name) + ", which is not defined",
            serviceNames.hint(name, service.name(), "define service " + Texts.quote(name)
                + ", or write container:" + Texts.escape(name) + " for a container outside the stack", "services"));
      }
    }
    if (service.extendsFrom() != null && service.extendsFrom().file() == null) {
      String name = service.extendsFrom().service();
      if (!services.contains(name)) {
        env.report(RuleRegistry.UNDEFINED_EXTENDS, at.key("extends"),
            "extends service " + Texts.quote(name) + ", which is not defined in this file",
            serviceNames.hint(name, service.name(), "define service " + Texts.quote(name)
                + ", or add file: when it is defined in another file", "services"));
      }
    }
    List<String> links = service.links();
    for (int i = 0; i < links.size(); i++) {
      String name = links.get(i).split(":", -1)[0];
      if (!services.contains(name)) {
        env.report(RuleRegistry.UNDEFINED_LINK, at.key("links").index(i),
            "links to service " + Texts.quote(name) + ", which is not defined",
            serviceNames.hint(name, service.name(), "define service " + Texts.quote(name)
                + " or remove the link", "services"));
      }
    }
    String mode = service.networkMode();
    if (mode != null && mode.startsWith("service:")) {
      String name = mode.substring("service:".length());
      if (!services.contains(name)) {
        env.report(RuleRegistry.UNDEFINED_LINK, at.key("network_mode"),
            "network_mode uses service " + Texts.quote(name) + ", which is not defined",
            serviceNames.hint(name, service.name(), "define service " + Texts.quote(name), "services"));
      }
    }
  }
}
