package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.List;

/**
 * How a service attaches to one network; immutable.
 *
 * @param aliases extra host names of the service on that network, in order; never null
 * @param ipv4Address a static IPv4 address, or null when absent
 * @param ipv6Address a static IPv6 address, or null when absent
 * @param priority the order in which networks are connected, or null when absent
 */
public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address, Integer priority) {

  /** An attachment with every attribute absent, as written in the list form {@code networks: [front]}. */
  public static final ServiceNetwork DEFAULT = new ServiceNetwork(List.of(), null, null, null);

  /** Copies the aliases. */
  public ServiceNetwork {
    aliases = Copies.list(aliases, "networks.aliases");
  }

  /** Returns an attachment with the given aliases. */
  public static ServiceNetwork withAliases(String... aliases) {
    return new ServiceNetwork(List.of(aliases), null, null, null);
  }

  /** Returns true when nothing but the network's name is given, so the short list form can carry it. */
  public boolean isDefault() {
    return equals(DEFAULT);
  }
}
