package io.composegen.model.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a service's {@code ports}: a container port or range, optionally published on the host.
 *
 * <p>Only {@code target} is required; every other component is null when absent, which lets Compose apply
 * its defaults (all interfaces, an ephemeral host port, {@code tcp}). The short syntax
 * {@code [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]} is read by {@link #parse(String)} and written by
 * {@link #toShortSyntax()}; {@code parse(p.toShortSyntax())} equals {@code p} whenever {@link #hasShortForm()}.
 *
 * @param hostIp the host address to bind to: an IPv4 or IPv6 literal (IPv6 without brackets; brackets given
 *     here are removed) or a {@code ${VAR}} expression; null for all interfaces
 * @param published the host port or range; null to let the engine pick one. When {@code target} is a range,
 *     {@code published} must have the same number of ports; when {@code target} is a single port,
 *     {@code published} may be a range to pick from
 * @param target the container port or range; never null
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}; null for the default ({@code tcp})
 * @param mode {@code host} or {@code ingress}; null for the default. Long syntax only
 * @param name a human-readable name for the mapping; null if none, never blank. Long syntax only
 * @param appProtocol the application protocol such as {@code http}; null if none, never blank. Long syntax
 *     only
 */
public record PortMapping(
    String hostIp,
    PortRange published,
    PortRange target,
    String protocol,
    String mode,
    String name,
    String appProtocol) {

  /** The protocols Compose accepts, in lower case. */
  public static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

  /** The port modes Compose accepts. */
  public static final Set<String> MODES = Set.of("host", "ingress");

  private static final String EXPECTED = "expected [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], e.g. 8080:80";

  /**
   * Creates a port mapping, validating every component and removing brackets around an IPv6 host address.
   *
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if a component is invalid; the message names the component
   */
  public PortMapping {
    Objects.requireNonNull(target, "target must not be null");
    if (published != null && !target.isSingle() && published.size() != target.size()) {
      throw new IllegalArgumentException("published " + published + " and target " + target
          + " must have the same number of ports when target is a range");
    }
    if (protocol != null && !PROTOCOLS.contains(protocol)) {
      throw new IllegalArgumentException("protocol \"" + protocol + "\" must be one of tcp, udp, sctp");
    }
    if (mode != null && !MODES.contains(mode)) {
      throw new IllegalArgumentException("mode \"" + mode + "\" must be one of host, ingress");
    }
    if (hostIp != null) {
      if (hostIp.length() > 2 && hostIp.startsWith("[") && hostIp.endsWith("]")) {
        hostIp = hostIp.substring(1, hostIp.length() - 1);
      }
      if (hostIp.isEmpty()) {
        throw new IllegalArgumentException("hostIp must not be empty; use null to bind all interfaces");
      }
      if (!isIpv4(hostIp) && !isIpv6(hostIp) && !ShortSyntax.isVariable(hostIp)) {
        throw new IllegalArgumentException("hostIp \"" + hostIp
            + "\" must be an IPv4 or IPv6 address or a ${VAR} expression");
      }
    }
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (appProtocol != null && appProtocol.isBlank()) {
      throw new IllegalArgumentException("appProtocol must not be blank");
    }
  }

  /**
   * Parses Compose's short syntax, e.g. {@code 3000}, {@code 8000:8000}, {@code 9090-9091:8080-8081},
   * {@code 127.0.0.1::5000}, {@code 6060:6060/udp} or {@code [::1]:6001:6001}.
   *
   * <p>As in Compose, an unbracketed IPv6 host address is accepted too ({@code ::1:6000:6000}): the last
   * two colon-separated parts are always the published and target ports, everything before them is the
   * address. A {@code ${VAR}} expression may stand for the host address.
   *
   * @param shortSyntax the text to parse; must not be null
   * @return the parsed mapping, never null; {@code mode}, {@code name} and {@code appProtocol} are null
   * @throws NullPointerException if {@code shortSyntax} is null
   * @throws IllegalArgumentException if the text is not a valid port mapping; the message quotes it and
   *     says what is wrong
   */
  public static PortMapping parse(String shortSyntax) {
    Objects.requireNonNull(shortSyntax, "shortSyntax must not be null");
    try {
      return parseValid(shortSyntax);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid port \"" + shortSyntax + "\": " + e.getMessage(), e);
    }
  }

  private static PortMapping parseValid(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(EXPECTED);
    }
    int open = text.indexOf('[');
    if (open >= 0 && text.indexOf(']', open) < 0) {
      throw new IllegalArgumentException("\"[\" around the host IP is not closed");
    }
    List<String> sections = ShortSyntax.splitColons(text, true, false);
    int n = sections.size();
    String targetText = sections.get(n - 1);
    String protocol = null;
    int slash = targetText.indexOf('/');
    if (slash >= 0) {
      protocol = targetText.substring(slash + 1);
      targetText = targetText.substring(0, slash);
      if (protocol.isEmpty()) {
        throw new IllegalArgumentException("protocol after / is empty; " + EXPECTED);
      }
    }
    PortRange target = PortRange.parse(targetText, "target port");
    PortRange published = null;
    String hostIp = null;
    if (n >= 2) {
      String publishedText = sections.get(n - 2);
      if (!publishedText.isEmpty() || n == 2) {
        published = PortRange.parse(publishedText, "published port");
      }
    }
    if (n >= 3) {
      hostIp = String.join(":", sections.subList(0, n - 2));
      if (hostIp.isEmpty()) {
        throw new IllegalArgumentException("host IP before the first colon is empty; " + EXPECTED);
      }
      if (hostIp.startsWith("[") != hostIp.endsWith("]") || hostIp.equals("[]")) {
        throw new IllegalArgumentException("host IP \"" + hostIp
            + "\" must be an IPv4 or IPv6 address, IPv6 optionally in brackets");
      }
    }
    return new PortMapping(hostIp, published, target, protocol, null, null, null);
  }

  /**
   * Returns a mapping that publishes container port {@code target} on host port {@code published}.
   *
   * @param published the host port, 1 to 65535
   * @param target the container port, 1 to 65535
   * @return the mapping, never null
   * @throws IllegalArgumentException if a port is out of range
   */
  public static PortMapping of(int published, int target) {
    return new PortMapping(null, PortRange.of(published), PortRange.of(target), null, null, null, null);
  }

  /**
   * Returns a mapping that exposes container port {@code target} on an ephemeral host port.
   *
   * @param target the container port, 1 to 65535
   * @return the mapping, never null
   * @throws IllegalArgumentException if the port is out of range
   */
  public static PortMapping target(int target) {
    return target(PortRange.of(target));
  }

  /**
   * Returns a mapping that exposes the container ports {@code target} on ephemeral host ports.
   *
   * @param target the container port or range; must not be null
   * @return the mapping, never null
   * @throws NullPointerException if {@code target} is null
   */
  public static PortMapping target(PortRange target) {
    return new PortMapping(null, null, target, null, null, null, null);
  }

  /**
   * Returns a copy bound to the given host address.
   *
   * @param hostIp an IPv4 or IPv6 literal or a {@code ${VAR}} expression; null for all interfaces
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code hostIp} is invalid
   */
  public PortMapping withHostIp(String hostIp) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Returns a copy published on the given host port or range.
   *
   * @param published the host port or range; null for an ephemeral port
   * @return the copy, never null
   * @throws IllegalArgumentException if the sizes of {@code published} and a target range differ
   */
  public PortMapping withPublished(PortRange published) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Returns a copy with the given container port or range.
   *
   * @param target the container port or range; must not be null
   * @return the copy, never null
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is a range whose size differs from {@code published}
   */
  public PortMapping withTarget(PortRange target) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Returns a copy with the given protocol.
   *
   * @param protocol {@code tcp}, {@code udp} or {@code sctp}; null for the default
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code protocol} is not one of the above
   */
  public PortMapping withProtocol(String protocol) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Returns a copy with the given mode.
   *
   * @param mode {@code host} or {@code ingress}; null for the default
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code mode} is not one of the above
   */
  public PortMapping withMode(String mode) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Returns a copy with the given name.
   *
   * @param name a human-readable name; null for none
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public PortMapping withName(String name) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Returns a copy with the given application protocol.
   *
   * @param appProtocol an application protocol such as {@code http}; null for none
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code appProtocol} is blank
   */
  public PortMapping withAppProtocol(String appProtocol) {
    return new PortMapping(hostIp, published, target, protocol, mode, name, appProtocol);
  }

  /**
   * Tells whether the short syntax can express this mapping, which is when {@code mode}, {@code name} and
   * {@code appProtocol} are all null.
   *
   * @return true when {@link #toShortSyntax()} may be called
   */
  public boolean hasShortForm() {
    return mode == null && name == null && appProtocol == null;
  }

  /**
   * Returns the canonical short syntax {@code [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]}: an IPv6 host in
   * brackets, {@code HOST_IP::TARGET} when a host address is set without a published port, and the protocol
   * only when set.
   *
   * @return the short syntax, never null
   * @throws IllegalStateException if {@link #hasShortForm()} is false
   */
  public String toShortSyntax() {
    if (!hasShortForm()) {
      throw new IllegalStateException("port " + this
          + " sets mode, name or app_protocol, which only the long syntax can express");
    }
    StringBuilder out = new StringBuilder();
    if (hostIp != null) {
      boolean bracket = hostIp.indexOf(':') >= 0 && !ShortSyntax.isVariable(hostIp);
      out.append(bracket ? "[" + hostIp + "]" : hostIp).append(':');
      if (published != null) {
        out.append(published);
      }
      out.append(':');
    } else if (published != null) {
      out.append(published).append(':');
    }
    out.append(target);
    if (protocol != null) {
      out.append('/').append(protocol);
    }
    return out.toString();
  }

  /**
   * Returns the key by which Compose de-duplicates ports when layering files:
   * {@code HOST_IP:PUBLISHED:TARGET/PROTOCOL} with {@code 0.0.0.0} for no host address, an empty published
   * part for no published port and {@code tcp} for no protocol.
   *
   * @return the merge key, never null
   */
  public String mergeKey() {
    return (hostIp == null ? "0.0.0.0" : hostIp) + ":" + (published == null ? "" : published.toString())
        + ":" + target + "/" + (protocol == null ? "tcp" : protocol);
  }

  /**
   * Returns the short syntax when there is one, otherwise a flow-style rendering of the long syntax such as
   * {@code {target: 80, published: 8080, mode: host}}.
   *
   * @return a readable form, never null
   */
  @Override
  public String toString() {
    if (hasShortForm()) {
      return toShortSyntax();
    }
    StringBuilder out = new StringBuilder("{");
    if (name != null) {
      out.append("name: ").append(name).append(", ");
    }
    out.append("target: ").append(target);
    if (published != null) {
      out.append(", published: ").append(published);
    }
    if (hostIp != null) {
      out.append(", host_ip: ").append(hostIp);
    }
    if (protocol != null) {
      out.append(", protocol: ").append(protocol);
    }
    if (appProtocol != null) {
      out.append(", app_protocol: ").append(appProtocol);
    }
    if (mode != null) {
      out.append(", mode: ").append(mode);
    }
    return out.append('}').toString();
  }

  /** Tells whether {@code text} is a dotted-decimal IPv4 address without leading zeros. */
  static boolean isIpv4(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < octet.length(); i++) {
        if (octet.charAt(i) < '0' || octet.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether {@code text} is an IPv6 address (without brackets or zone), possibly ending in IPv4 form. */
  static boolean isIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    List<String> groups = new ArrayList<>();
    String head = gap >= 0 ? text.substring(0, gap) : text;
    String tail = gap >= 0 ? text.substring(gap + 2) : "";
    if (!head.isEmpty() || gap < 0) {
      groups.addAll(Arrays.asList(head.split(":", -1)));
    }
    if (!tail.isEmpty()) {
      groups.addAll(Arrays.asList(tail.split(":", -1)));
    }
    // an embedded IPv4 address may only end the address, never precede a trailing "::"
    boolean ipv4Allowed = gap < 0 || !tail.isEmpty();
    int count = 0;
    for (int i = 0; i < groups.size(); i++) {
      String group = groups.get(i);
      if (ipv4Allowed && i == groups.size() - 1 && group.indexOf('.') >= 0) {
        if (!isIpv4(group)) {
          return false;
        }
        count += 2;
      } else if (isHexGroup(group)) {
        count++;
      } else {
        return false;
      }
    }
    return gap >= 0 ? count <= 7 : count == 8;
  }

  private static boolean isHexGroup(String group) {
    if (group.isEmpty() || group.length() > 4) {
      return false;
    }
    for (int i = 0; i < group.length(); i++) {
      char c = group.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }
}
