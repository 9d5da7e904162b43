package io.composegen.generator.validate;

import io.composegen.generator.env.Interpolation;
import io.composegen.model.ModelPath;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.PortRange;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CG120: host ports published twice in one environment. */
final class PortChecks {

  private PortChecks() {}

  private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::");

  /** A fixed host port or range of one ports entry. */
  private record Published(ModelPath path, String hostIp, PortRange ports, String protocol) {

    boolean collides(Published other) {
      return protocol.equals(other.protocol) && addressesCollide(hostIp, other.hostIp)
          && ports.start() <= other.ports.end() && other.ports.start() <= ports.end();
    }

    String describe() {
      String address = isAny(hostIp) ? "" : hostIp.contains(":") ? "[" + hostIp + "]:" : hostIp + ":";
      return (ports.isSingle() ? "host port " : "host ports ") + address + ports + "/" + protocol;
    }
  }

  static void run(Environment env) {
    List<Published> seen = new ArrayList<>();
    for (Service service : env.stack().services().values()) {
      List<PortMapping> ports = service.ports();
      for (int i = 0; i < ports.size(); i++) {
        PortMapping port = ports.get(i);
        // A published range for a single container port is a pool the engine picks a free port from.
        if (port.published() == null || (port.target().isSingle() && !port.published().isSingle())) {
          continue;
        }
        Published here = new Published(Environment.service(service.name()).key("ports").index(i), port.hostIp(),
            port.published(), port.protocol() == null ? "tcp" : port.protocol());
        for (Published earlier : seen) {
          if (here.collides(earlier)) {
            report(env, here, earlier);
            break;
          }
        }
        seen.add(here);
      }
    }
  }

  private static void report(Environment env, Published here, Published earlier) {
    String other = env.refer(earlier.path(), here.path());
    String message;
    if (here.ports().equals(earlier.ports())) {
      message = here.describe() + (here.ports().isSingle() ? " is" : " are") + " published twice (also by "
          + other + ")";
    } else {
      message = here.describe() + (here.ports().isSingle() ? " overlaps " : " overlap ") + earlier.describe()
          + " (published by " + other + ")";
    }
    env.report(RuleRegistry.PORT_COLLISION, here.path(), message,
        "publish one of them on another host port, or bind them to different host addresses");
  }

  private static boolean isAny(String hostIp) {
    return hostIp == null || ANY_ADDRESS.contains(hostIp);
  }

  private static boolean addressesCollide(String a, String b) {
    boolean variable = (a != null && Interpolation.hasReferences(a)) || (b != null && Interpolation.hasReferences(b));
    if (variable) {
      return a != null && a.equals(b);
    }
    return isAny(a) || isAny(b) || a.equals(b);
  }
}
