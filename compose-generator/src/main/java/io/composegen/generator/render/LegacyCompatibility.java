package io.composegen.generator.render;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Secret;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.Deploy;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists what a stack uses that the legacy {@code docker-compose} 1.x (1.29) rejects, or accepts and then ignores,
 * so that legacy output fails with every such place named instead of producing a file that tool cannot read or
 * runs differently.
 */
public final class LegacyCompatibility {

  private LegacyCompatibility() {}

  /** Returns one line per unsupported use, {@code path: what}, in model order; empty when the stack fits. */
  public static List<String> problems(Stack stack) {
    List<String> out = new ArrayList<>();
    check(ModelPath.root(), stack.services(), stack.secrets(), stack.configs(), out);
    for (Layer layer : stack.layers().values()) {
      check(ModelPath.of("layers", layer.name()), layer.services(), layer.secrets(), layer.configs(), out);
    }
    return out;
  }

  private static void check(ModelPath root, Map<String, Service> services, Map<String, Secret> secrets,
      Map<String, Config> configs, List<String> out) {
    services.forEach((name, service) -> service(root.key("services").key(name), service, out));
    secrets.forEach((name, secret) -> {
      if (secret.environment() != null) {
        out.add(root.key("secrets").key(name).key("environment") + ": secrets from environment variables");
      }
    });
    configs.forEach((name, config) -> {
      if (config.content() != null) {
        out.add(root.key("configs").key(name).key("content") + ": inline config content");
      }
      if (config.environment() != null) {
        out.add(root.key("configs").key(name).key("environment") + ": configs from environment variables");
      }
    });
  }

  private static void service(ModelPath path, Service service, List<String> out) {
    BuildSpec build = service.build();
    if (build != null) {
      ModelPath b = path.key("build");
      flag(out, b.key("dockerfile_inline"), build.dockerfileInline() != null, "inline Dockerfiles");
      flag(out, b.key("cache_to"), !build.cacheTo().isEmpty(), "build cache export");
      flag(out, b.key("platforms"), !build.platforms().isEmpty(), "multi-platform builds");
      flag(out, b.key("tags"), !build.tags().isEmpty(), "extra image tags");
      flag(out, b.key("pull"), build.pull() != null, "build.pull");
    }
    service.dependsOn().forEach((name, dependency) -> dependency(path.key("depends_on").key(name), dependency, out));
    if (service.healthcheck() != null) {
      flag(out, path.key("healthcheck").key("start_interval"), service.healthcheck().startInterval() != null,
          "healthcheck start_interval");
    }
    for (int i = 0; i < service.ports().size(); i++) {
      PortMapping port = service.ports().get(i);
      if (!port.hasShortForm() && port.hostIp() != null) {
        out.add(path.key("ports").index(i) + ": host_ip in the long port syntax (use the short syntax "
            + "\"ip:published:target\" without mode, name or app_protocol)");
      }
      flag(out, path.key("ports").index(i).key("name"), port.name() != null, "named ports");
      flag(out, path.key("ports").index(i).key("app_protocol"), port.appProtocol() != null, "app_protocol");
    }
    for (int i = 0; i < service.envFiles().size(); i++) {
      flag(out, path.key("env_file").index(i), !service.envFiles().get(i).isShortForm(),
          "env_file entries with required");
    }
    for (int i = 0; i < service.volumes().size(); i++) {
      ServiceVolume volume = service.volumes().get(i);
      ModelPath v = path.key("volumes").index(i);
      if (volume.bind() != null) {
        flag(out, v.key("bind").key("create_host_path"), volume.bind().createHostPath() != null && !volume.hasShortForm(),
            "bind.create_host_path");
        flag(out, v.key("bind").key("selinux"), volume.bind().selinux() != null && !volume.hasShortForm(),
            "bind.selinux in the long syntax (use the short syntax's :z or :Z)");
      }
      if (volume.volume() != null) {
        flag(out, v.key("volume").key("subpath"), volume.volume().subpath() != null, "volume.subpath");
      }
      if (volume.tmpfs() != null) {
        flag(out, v.key("tmpfs").key("mode"), volume.tmpfs().mode() != null, "tmpfs.mode");
      }
    }
    for (int i = 0; i < service.configs().size(); i++) {
      out.add(path.key("configs").index(i) + ": service configs (docker-compose 1.x reads them but mounts nothing "
          + "outside a swarm; bind-mount the file in volumes instead)");
    }
    Deploy deploy = service.deploy();
    if (deploy != null && deploy.resources() != null && deploy.resources().limits() != null) {
      flag(out, path.key("deploy").key("resources").key("limits").key("pids"),
          deploy.resources().limits().pids() != null, "deploy.resources.limits.pids (use pids_limit)");
    }
  }

  private static void dependency(ModelPath path, Dependency dependency, List<String> out) {
    flag(out, path.key("required"), dependency.required() != null, "depends_on required");
    flag(out, path.key("restart"), dependency.restart() != null, "depends_on restart");
  }

  private static void flag(List<String> out, ModelPath path, boolean used, String what) {
    if (used) {
      out.add(path + ": " + what);
    }
  }
}
