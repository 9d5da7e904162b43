package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Placement constraints and preferences of a service; immutable.
 *
 * @param constraints the deploy.placement.constraints entries in declaration order; never null.
 * @param preferences the spread preferences (each a {@code spread} label expression) in order; never null.
 * @param maxReplicasPerNode the deploy.placement.max_replicas_per_node value, or null when absent.
 */
public record Placement(
    List<String> constraints,
    List<String> preferences,
    Integer maxReplicasPerNode) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Placement {
    constraints = Copies.list(constraints, "deploy.placement.constraints");
    preferences = Copies.list(preferences, "deploy.placement.preferences");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.constraints.addAll(constraints);
    b.preferences.addAll(preferences);
    b.maxReplicasPerNode = maxReplicasPerNode;
    return b;
  }

  /** Mutable builder of {@link Placement}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private final List<String> constraints = new ArrayList<>();
    private final List<String> preferences = new ArrayList<>();
    private Integer maxReplicasPerNode;

    Builder() {}

    /** Replaces deploy.placement.constraints: the deploy.placement.constraints entries in declaration order; never null. */
    public Builder constraints(List<? extends String> values) {
      this.constraints.clear();
      if (values != null) {
        values.forEach(this::constraint);
      }
      return this;
    }

    /** Appends one entry to deploy.placement.constraints. */
    public Builder constraint(String value) {
      this.constraints.add(Objects.requireNonNull(value, "deploy.placement.constraints entry"));
      return this;
    }

    /** Replaces deploy.placement.preferences: the spread preferences (each a {@code spread} label expression) in order; never null. */
    public Builder preferences(List<? extends String> values) {
      this.preferences.clear();
      if (values != null) {
        values.forEach(this::spread);
      }
      return this;
    }

    /** Appends one entry to deploy.placement.preferences. */
    public Builder spread(String value) {
      this.preferences.add(Objects.requireNonNull(value, "deploy.placement.preferences entry"));
      return this;
    }

    /** Sets deploy.placement.max_replicas_per_node: the deploy.placement.max_replicas_per_node value, or null when absent. */
    public Builder maxReplicasPerNode(Integer value) {
      this.maxReplicasPerNode = value;
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public Placement build() {
      return new Placement(constraints, preferences, maxReplicasPerNode);
    }
  }
}
