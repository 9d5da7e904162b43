package io.composegen.generator.docs;

import io.composegen.model.Stack;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a diagram of one environment shows, independent of the diagram language: services, networks, named
 * volumes and published ports as nodes; dependencies (with their conditions), network attachments, mounts and
 * port publications as edges. Immutable; lists in a stable order (services, networks, volumes, ports, each in
 * declaration order), so two environments with equal graphs draw the same diagram.
 *
 * @param nodes the nodes; never null
 * @param edges the edges, between nodes of {@code nodes}; never null
 */
record StackGraph(List<Node> nodes, List<Edge> edges) {

  StackGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** What a node stands for; its prefix starts the node's id. */
  enum Kind {
    SERVICE("svc_"), NETWORK("net_"), VOLUME("vol_"), PORT("port_");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /** What an edge stands for. */
  enum EdgeKind {
    DEPENDS_ON, NETWORK, VOLUME, PORT
  }

  /**
   * A node: its id (letters, digits and {@code _} only, unique in the graph, the same for the same name), its
   * title and further lines.
   */
  record Node(Kind kind, String id, String title, List<String> details) {
    Node {
      details = List.copyOf(details);
    }
  }

  /** An edge from one node to another, with a label or an empty one. */
  record Edge(EdgeKind kind, String from, String to, String label) {}

  /** Returns the graph of {@code stack}, a resolved single environment (its layers are ignored). */
  static StackGraph of(Stack stack) {
    Ids ids = new Ids();
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    List<Node> ports = new ArrayList<>();
    boolean networksShown = networksShown(stack);

    for (Service service : stack.services().values()) {
      nodes.put(ids.of(Kind.SERVICE, service.name()),
          new Node(Kind.SERVICE, ids.of(Kind.SERVICE, service.name()), service.name(), serviceDetails(service)));
    }
    stack.networks().forEach((name, network) -> nodes.put(ids.of(Kind.NETWORK, name),
        new Node(Kind.NETWORK, ids.of(Kind.NETWORK, name), "network " + name, networkDetails(network))));
    for (Service service : stack.services().values()) {
      if (!networksShown || service.networkMode() != null) {
        continue;
      }
      List<String> networks = drawnNetworks(service);
      for (String network : networks) {
        nodes.putIfAbsent(ids.of(Kind.NETWORK, network),
            new Node(Kind.NETWORK, ids.of(Kind.NETWORK, network), "network " + network, List.of()));
      }
    }
    stack.volumes().forEach((name, volume) -> nodes.put(ids.of(Kind.VOLUME, name),
        new Node(Kind.VOLUME, ids.of(Kind.VOLUME, name), "volume " + name, volumeDetails(volume))));
    for (Service service : stack.services().values()) {
      for (ServiceVolume mount : service.volumes()) {
        if (mount.isNamedVolume()) {
          nodes.putIfAbsent(ids.of(Kind.VOLUME, mount.source()),
              new Node(Kind.VOLUME, ids.of(Kind.VOLUME, mount.source()), "volume " + mount.source(), List.of()));
        }
      }
    }

    for (Service service : stack.services().values()) {
      String from = ids.of(Kind.SERVICE, service.name());
      service.dependsOn().forEach((target, dependency) -> {
        if (nodes.containsKey(ids.of(Kind.SERVICE, target))) {
          edges.add(new Edge(EdgeKind.DEPENDS_ON, from, ids.of(Kind.SERVICE, target), condition(dependency)));
        }
      });
    }
    for (Service service : stack.services().values()) {
      if (!networksShown || service.networkMode() != null) {
        continue;
      }
      List<String> networks = drawnNetworks(service);
      for (String network : networks) {
        edges.add(new Edge(EdgeKind.NETWORK, ids.of(Kind.SERVICE, service.name()), ids.of(Kind.NETWORK, network), ""));
      }
    }
    for (Service service : stack.services().values()) {
      for (ServiceVolume mount : service.volumes()) {
        if (mount.isNamedVolume()) {
          edges.add(new Edge(EdgeKind.VOLUME, ids.of(Kind.SERVICE, service.name()), ids.of(Kind.VOLUME, mount.source()),
              mount.target() + (mount.readOnly() ? " (read-only)" : "")));
        }
      }
    }
    for (Service service : stack.services().values()) {
      List<PortMapping> mappings = service.ports();
      for (int i = 0; i < mappings.size(); i++) {
        PortMapping port = mappings.get(i);
        String id = Kind.PORT.prefix + ids.encoded(service.name()) + "_p" + i;
        ports.add(new Node(Kind.PORT, id, "port " + host(port), List.of()));
        edges.add(new Edge(EdgeKind.PORT, id, ids.of(Kind.SERVICE, service.name()), target(port)));
      }
    }
    List<Node> all = new ArrayList<>(nodes.values());
    all.addAll(ports);
    return new StackGraph(all, edges);
  }

  /**
   * Returns the number of edges {@code of(stack)} has, without building the graph: a README leaves out a diagram of
   * more edges than Mermaid draws, and on a large stack the graph is most of the README's cost.
   */
  static int edgeCount(Stack stack) {
    Map<String, Service> services = stack.services();
    boolean networksShown = networksShown(stack);
    int edges = 0;
    for (Service service : services.values()) {
      for (String target : service.dependsOn().keySet()) {
        if (services.containsKey(target)) {
          edges++;
        }
      }
      if (networksShown && service.networkMode() == null) {
        edges += Math.max(1, service.networks().size()); // drawnNetworks(service).size(), without the copy
      }
      for (ServiceVolume mount : service.volumes()) {
        if (mount.isNamedVolume()) {
          edges++;
        }
      }
      edges += service.ports().size();
    }
    return edges;
  }

  /**
   * Whether the graph draws networks: when the stack declares one or a service names one; otherwise every service is
   * on the default network, and drawing it says nothing.
   */
  private static boolean networksShown(Stack stack) {
    return !stack.networks().isEmpty() || stack.services().values().stream().anyMatch(s -> !s.networks().isEmpty());
  }

  /** The networks a service is drawn on: those it names, else the default network. */
  private static List<String> drawnNetworks(Service service) {
    return service.networks().isEmpty() ? List.of("default") : List.copyOf(service.networks().keySet());
  }

  /** The ids of one graph, each made once: a service's id is on every edge that starts or ends at it. */
  private static final class Ids {
    private final Map<String, String> encoded = new HashMap<>();
    private final Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);

    String encoded(String name) {
      return encoded.computeIfAbsent(name, StackGraph::encode);
    }

    String of(Kind kind, String name) {
      return byKind.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(name, n -> kind.prefix + encoded(n));
    }
  }

  private static List<String> serviceDetails(Service service) {
    List<String> out = new ArrayList<>();
    out.add(ServiceFacts.imageShort(service));
    if (!service.profiles().isEmpty()) {
      out.add((service.profiles().size() == 1 ? "profile " : "profiles ") + String.join(", ", service.profiles()));
    }
    if (service.networkMode() != null) {
      out.add("network_mode " + service.networkMode());
    }
    return out;
  }

  private static List<String> networkDetails(Network network) {
    List<String> out = new ArrayList<>();
    if (Boolean.TRUE.equals(network.external())) {
      out.add("external");
    }
    if (Boolean.TRUE.equals(network.internal())) {
      out.add("internal");
    }
    return out;
  }

  private static List<String> volumeDetails(Volume volume) {
    return Boolean.TRUE.equals(volume.external()) ? List.of("external") : List.of();
  }

  /** Returns a dependency's condition as a short word: started, healthy or completed. */
  static String condition(Dependency dependency) {
    if (dependency.condition() == null) {
      return "started";
    }
    return switch (dependency.condition()) {
      case STARTED -> "started";
      case HEALTHY -> "healthy";
      case COMPLETED_SUCCESSFULLY -> "completed";
    };
  }

  /** Returns the host side of a port: {@code 5050}, {@code 127.0.0.1:5050}, or {@code random} for an ephemeral one. */
  static String host(PortMapping port) {
    String published = port.published() == null ? "random" : port.published().toString();
    return (port.hostIp() == null ? "" : port.hostIp() + ":") + published;
  }

  /** Returns the container side of a port with its protocol when not TCP: {@code 5000}, {@code 53/udp}. */
  static String target(PortMapping port) {
    boolean tcp = port.protocol() == null || port.protocol().equals("tcp");
    return port.target() + (tcp ? "" : "/" + port.protocol());
  }

  /** Returns the id of the node of the given kind and name. */
  static String id(Kind kind, String name) {
    return kind.prefix + encode(name);
  }

  /**
   * Returns {@code name} with letters and digits kept, {@code _} doubled and every other character written as
   * {@code _hh} (two lower-case hex digits) or {@code _uhhhh_}: an injective encoding into ids that every
   * diagram language accepts. Read from the left, {@code _} is always followed by {@code _}, a hex digit or
   * {@code u}, never by {@code p}; port ids use {@code _p} as a separator, so they cannot collide either.
   */
  static String encode(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
      int cp = name.codePointAt(i);
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
        out.appendCodePoint(cp);
      } else if (cp == '_') {
        out.append("__");
      } else if (cp < 0x100) {
        // two hex digits by hand: String.format costs more than the rest of the diagram of a large stack
        out.append('_').append(Character.forDigit(cp >> 4, 16)).append(Character.forDigit(cp & 0xf, 16));
      } else {
        out.append("_u").append(Integer.toHexString(cp)).append('_');
      }
    }
    return out.toString();
  }
}
