package io.composegen.generator.validate;

import io.composegen.generator.env.Interpolation;
import io.composegen.model.ModelPath;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.PortRange;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** CG120: host ports published twice in one environment. */
final class PortChecks {

  private PortChecks() {}

  private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::");

  /** A fixed host port or range of one ports entry, the {@code order}-th of its environment. */
  private record Published(int order, ModelPath path, String hostIp, PortRange ports, String protocol) {

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
    // Earlier entries by protocol and first host port, so that each entry is compared with the few that can
    // overlap it rather than with every earlier one (stacks of thousands of services publish thousands of ports).
    Map<String, TreeMap<Integer, List<Published>>> seen = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    int order = 0;
    for (Service service : env.stack().services().values()) {
      List<PortMapping> ports = service.ports();
      for (int i = 0; i < ports.size(); i++) {
        PortMapping port = ports.get(i);
        // A published range for a single container port is a pool the engine picks a free port from.
        if (port.published() == null || (port.target().isSingle() && !port.published().isSingle())) {
          continue;
        }
        Published here = new Published(order++, Environment.service(service.name()).key("ports").index(i),
            port.hostIp(), port.published(), port.protocol() == null ? "tcp" : port.protocol());
        TreeMap<Integer, List<Published>> byStart = seen.computeIfAbsent(here.protocol(), k -> new TreeMap<>());
        int span = longest.merge(here.protocol(), here.ports().end() - here.ports().start(), Math::max);
        Published earliest = null;
        int earliestOrder = Integer.MAX_VALUE;
        for (List<Published> candidates
            : byStart.subMap(here.ports().start() - span, true, here.ports().end(), true).values()) {
          for (Published earlier : candidates) {
            if (earlier.order() < earliestOrder && here.collides(earlier)) {
              earliest = earlier;
              earliestOrder = earlier.order();
            }
          }
        }
        if (earliest != null) {
          report(env, here, earliest);
        }
        byStart.computeIfAbsent(here.ports().start(), k -> new ArrayList<>()).add(here);
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
