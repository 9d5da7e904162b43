package io.composegen.model.resource;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One address pool of a network's IPAM configuration.
 *
 * @param subnet the subnet value, or null when absent.
 * @param ipRange the ip_range value, or null when absent.
 * @param gateway the gateway value, or null when absent.
 * @param auxAddresses the aux_addresses entries in declaration order; never null.
 */
public record IpamPool(
    String subnet,
    String ipRange,
    String gateway,
    Map<String, String> auxAddresses) {

  /** Copies collections and checks invariants, naming the offending field. */
  public IpamPool {
    auxAddresses = Copies.map(auxAddresses, "aux_addresses");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.subnet = subnet;
    b.ipRange = ipRange;
    b.gateway = gateway;
    b.auxAddresses.putAll(auxAddresses);
    return b;
  }

  /** Mutable builder of {@link IpamPool}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String subnet;
    private String ipRange;
    private String gateway;
    private final Map<String, String> auxAddresses = new LinkedHashMap<>();

    Builder() {}

    /** Sets subnet: the subnet value, or null when absent. */
    public Builder subnet(String value) {
      this.subnet = value;
      return this;
    }

    /** Sets ip_range: the ip_range value, or null when absent. */
    public Builder ipRange(String value) {
      this.ipRange = value;
      return this;
    }

    /** Sets gateway: the gateway value, or null when absent. */
    public Builder gateway(String value) {
      this.gateway = value;
      return this;
    }

    /** Replaces aux_addresses: the aux_addresses entries in declaration order; never null. */
    public Builder auxAddresses(Map<String, ? extends String> values) {
      this.auxAddresses.clear();
      if (values != null) {
        this.auxAddresses.putAll(values);
      }
      return this;
    }

    /** Sets one entry of aux_addresses, keeping the others. */
    public Builder auxAddress(String key, String value) {
      this.auxAddresses.put(Objects.requireNonNull(key, "aux_addresses key"), Objects.requireNonNull(value, "aux_addresses." + key));
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public IpamPool build() {
      return new IpamPool(subnet, ipRange, gateway, auxAddresses);
    }
  }
}
