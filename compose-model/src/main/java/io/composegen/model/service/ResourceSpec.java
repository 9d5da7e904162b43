package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.util.Objects;

/**
 * CPU, memory and process limits or reservations of a service; immutable.
 *
 * @param cpus the number of CPUs (e.g. 0.5), or null when absent.
 * @param memory the memory value, or null when absent.
 * @param pids the pids value, or null when absent.
 */
public record ResourceSpec(
    java.math.BigDecimal cpus,
    ByteSize memory,
    Integer pids) {

  /** Copies collections and checks invariants, naming the offending field. */
  public ResourceSpec {
    if (cpus != null && cpus.signum() < 0) {
      throw new IllegalArgumentException("cpus must not be negative, got " + cpus.toPlainString());
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.cpus = cpus;
    b.memory = memory;
    b.pids = pids;
    return b;
  }

  /** Mutable builder of {@link ResourceSpec}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private java.math.BigDecimal cpus;
    private ByteSize memory;
    private Integer pids;

    Builder() {}

    /** Sets cpus: the number of CPUs (e.g. 0.5), or null when absent. */
    public Builder cpus(java.math.BigDecimal value) {
      this.cpus = value;
      return this;
    }

    /** Sets memory: the memory value, or null when absent. */
    public Builder memory(ByteSize value) {
      this.memory = value;
      return this;
    }

    /** Sets pids: the pids value, or null when absent. */
    public Builder pids(Integer value) {
      this.pids = value;
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public ResourceSpec build() {
      return new ResourceSpec(cpus, memory, pids);
    }
  }
}
