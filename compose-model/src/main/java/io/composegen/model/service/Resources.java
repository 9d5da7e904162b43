package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.Objects;

/**
 * Resource limits and reservations of a service's deployment; immutable.
 *
 * @param limits the deploy.resources.limits value, or null when absent.
 * @param reservations the deploy.resources.reservations value, or null when absent.
 */
public record Resources(
    ResourceSpec limits,
    ResourceSpec reservations) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Resources {
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limits = limits;
    b.reservations = reservations;
    return b;
  }

  /** Mutable builder of {@link Resources}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private ResourceSpec limits;
    private ResourceSpec reservations;

    Builder() {}

    /** Sets deploy.resources.limits: the deploy.resources.limits value, or null when absent. */
    public Builder limits(ResourceSpec value) {
      this.limits = value;
      return this;
    }

    /** Sets deploy.resources.reservations: the deploy.resources.reservations value, or null when absent. */
    public Builder reservations(ResourceSpec value) {
      this.reservations = value;
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public Resources build() {
      return new Resources(limits, reservations);
    }
  }
}
