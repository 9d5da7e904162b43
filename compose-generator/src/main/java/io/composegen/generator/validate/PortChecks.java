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

  /**
   * The entries published so far from one first host port, in the order of their environment, grouped by what they
   * can collide with: an entry on every address with every entry that is not on a variable address, an entry on
   * one address with those on every address and on the same one, an entry on a variable address with those on the
   * same variable only. Thousands of entries on one port and as many addresses are then not compared with each other.
   */
  private static final class FromPort {
    /** Every entry not on a variable address. */
    final List<Published> fixed = new ArrayList<>();
    /** The entries on every address. */
    final List<Published> anyAddress = new ArrayList<>();
    /** The entries on one address, or on a variable one, by the address as written. */
    final Map<String, List<Published>> byAddress = new HashMap<>();

    void add(Published entry) {
      boolean variable = isVariable(entry.hostIp());
      if (!variable) {
        fixed.add(entry);
      }
      if (!variable && isAny(entry.hostIp())) {
        anyAddress.add(entry);
      } else {
        byAddress.computeIfAbsent(entry.hostIp(), k -> new ArrayList<>()).add(entry);
      }
    }

    /** Returns the earliest entry that collides with {@code here}, or null. */
    Published earliestCollision(Published here) {
      if (isVariable(here.hostIp())) {
        return earliest(here, byAddress.get(here.hostIp()), null);
      }
      if (isAny(here.hostIp())) {
        return earliest(here, fixed, null);
      }
      return earliest(here, anyAddress, earliest(here, byAddress.get(here.hostIp()), null));
    }

    /** Returns the first of {@code entries} that collides with {@code here} if it is earlier than {@code than}. */
    private static Published earliest(Published here, List<Published> entries, Published than) {
      if (entries != null) {
        for (Published entry : entries) {
          if (than != null && entry.order() > than.order()) {
            break;
          }
          if (here.collides(entry)) {
            return entry;
          }
        }
      }
      return than;
    }
  }

  static void run(Environment env) {
    // Earlier entries by protocol and first host port, so that each entry is compared with the few that can
    // overlap it rather than with every earlier one (stacks of thousands of services publish thousands of ports).
    Map<String, TreeMap<Integer, FromPort>> seen = new HashMap<>();
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
        TreeMap<Integer, FromPort> byStart = seen.computeIfAbsent(here.protocol(), k -> new TreeMap<>());
        int span = longest.merge(here.protocol(), here.ports().end() - here.ports().start(), Math::max);
        Published earliest = null;
        int from = here.ports().start() - span;
        for (FromPort candidates : byStart.subMap(from, true, here.ports().end(), true).values()) {
          Published collision = candidates.earliestCollision(here);
          if (collision != null && (earliest == null || collision.order() < earliest.order())) {
            earliest = collision;
          }
        }
        if (earliest != null) {
          report(env, here, earliest);
        }
        byStart.computeIfAbsent(here.ports().start(), k -> new FromPort()).add(here);
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
        "publish one of them on another host port, or bind them to different host addresses", earlier.path());
  }

  private static boolean isAny(String hostIp) {
    return hostIp == null || ANY_ADDRESS.contains(hostIp);
  }

  private static boolean isVariable(String hostIp) {
    return hostIp != null && Interpolation.hasReferences(hostIp);
  }

  private static boolean addressesCollide(String a, String b) {
    boolean variable = isVariable(a) || isVariable(b);
    if (variable) {
      return a != null && a.equals(b);
    }
    return isAny(a) || isAny(b) || a.equals(b);
  }
}
