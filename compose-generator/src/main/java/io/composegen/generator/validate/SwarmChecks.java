package io.composegen.generator.validate;

import io.composegen.model.ModelPath;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import java.util.List;

/** CG501 to CG506: what {@code docker stack deploy} ignores, checked only in production environments. */
final class SwarmChecks {

  private SwarmChecks() {}

  /** Attributes Swarm ignores, beyond those with a rule of their own. */
  private static final List<ServiceAttribute<?>> UNSUPPORTED = List.of(ServiceAttributes.DEVICES,
      ServiceAttributes.DOMAINNAME, ServiceAttributes.IPC, ServiceAttributes.LINKS, ServiceAttributes.NETWORK_MODE,
      ServiceAttributes.PID, ServiceAttributes.PRIVILEGED, ServiceAttributes.SECURITY_OPT, ServiceAttributes.SHM_SIZE);

  static void run(Environment env) {
    if (!env.production()) {
      return;
    }
    for (Service service : env.stack().services().values()) {
      ModelPath at = Environment.service(service.name());
      if (service.build() != null) {
        env.report(RuleRegistry.SWARM_BUILD, at.key("build"),
            "docker stack deploy ignores build: Swarm only runs images it can pull",
            "build and push the image in CI; deploy with image: only");
      }
      if (service.containerName() != null) {
        env.report(RuleRegistry.SWARM_CONTAINER_NAME, at.key("container_name"),
            "docker stack deploy ignores container_name: Swarm names the containers <stack>_" + service.name()
                + ".<n>.<id>",
            "drop container_name from production; address the service by its name on the stack's network");
      }
      if (!service.dependsOn().isEmpty()) {
        env.report(RuleRegistry.SWARM_DEPENDS_ON, at.key("depends_on"),
            "docker stack deploy ignores depends_on: Swarm starts the services in any order and waits for no "
                + "condition",
            "make the service retry its connections at start-up; Swarm restarts it until its dependencies answer");
      }
      String restart = service.restart() == null ? null : service.restart().policy();
      boolean differs = "no".equals(restart) || "on-failure".equals(restart);
      if (differs && (service.deploy() == null || service.deploy().restartPolicy() == null)) {
        env.report(RuleRegistry.SWARM_RESTART, at.key("restart"),
            "docker stack deploy ignores restart: " + service.restart() + ": Swarm follows deploy.restart_policy, "
                + "which is not set, and restarts the service whenever it stops",
            "add deploy.restart_policy with condition: " + ("no".equals(restart) ? "none" : "on-failure")
                + " next to restart");
      }
      for (ServiceAttribute<?> attribute : UNSUPPORTED) {
        if (isSet(attribute, service)) {
          env.report(RuleRegistry.SWARM_UNSUPPORTED, at.key(attribute.yamlName()),
              "docker stack deploy ignores " + attribute.yamlName(),
              "remove " + attribute.yamlName() + " from production if the stack is deployed with docker stack deploy");
        }
      }
      List<PortMapping> ports = service.ports();
      for (int i = 0; i < ports.size(); i++) {
        PortMapping port = ports.get(i);
        String hostIp = port.hostIp();
        if (hostIp != null && !hostIp.equals("0.0.0.0") && !hostIp.equals("::")) {
          String published = port.published() == null ? "an ephemeral port" : port.published() + "/"
              + (port.protocol() == null ? "tcp" : port.protocol());
          env.report(RuleRegistry.SWARM_HOST_IP, at.key("ports").index(i),
              "docker stack deploy ignores host_ip " + Texts.escape(hostIp) + ": Swarm publishes " + published
                  + " on every interface of every node",
              "restrict access with a firewall or a reverse proxy in front of the service");
        }
      }
    }
  }

  private static <T> boolean isSet(ServiceAttribute<T> attribute, Service service) {
    T value = attribute.get(service);
    return attribute.isPresent(value) && !Boolean.FALSE.equals(value);
  }
}
