package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.util.Objects;

/**
 * How a swarm-style orchestrator restarts a service's containers; immutable.
 *
 * @param condition the deploy.restart_policy.condition value, or null when absent.
 * @param delay the deploy.restart_policy.delay value, or null when absent.
 * @param maxAttempts the deploy.restart_policy.max_attempts value, or null when absent.
 * @param window the deploy.restart_policy.window value, or null when absent.
 */
public record DeployRestartPolicy(
    String condition,
    ComposeDuration delay,
    Integer maxAttempts,
    ComposeDuration window) {

  /** Copies collections and checks invariants, naming the offending field. */
  public DeployRestartPolicy {
    if (condition != null && !java.util.Set.of("none", "on-failure", "any").contains(condition)) {
      throw new IllegalArgumentException("deploy.restart_policy.condition must be none, on-failure or any, got \"" + condition + "\"");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.condition = condition;
    b.delay = delay;
    b.maxAttempts = maxAttempts;
    b.window = window;
    return b;
  }

  /** Mutable builder of {@link DeployRestartPolicy}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String condition;
    private ComposeDuration delay;
    private Integer maxAttempts;
    private ComposeDuration window;

    Builder() {}

    /** Sets deploy.restart_policy.condition: the deploy.restart_policy.condition value, or null when absent. */
    public Builder condition(String value) {
      this.condition = value;
      return this;
    }

    /** Sets deploy.restart_policy.delay: the deploy.restart_policy.delay value, or null when absent. */
    public Builder delay(ComposeDuration value) {
      this.delay = value;
      return this;
    }

    /** Sets deploy.restart_policy.max_attempts: the deploy.restart_policy.max_attempts value, or null when absent. */
    public Builder maxAttempts(Integer value) {
      this.maxAttempts = value;
      return this;
    }

    /** Sets deploy.restart_policy.window: the deploy.restart_policy.window value, or null when absent. */
    public Builder window(ComposeDuration value) {
      this.window = value;
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public DeployRestartPolicy build() {
      return new DeployRestartPolicy(condition, delay, maxAttempts, window);
    }
  }
}
