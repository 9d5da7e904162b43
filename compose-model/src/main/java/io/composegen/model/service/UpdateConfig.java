package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.util.Objects;

/**
 * How a service is updated or rolled back; immutable.
 *
 * @param parallelism the parallelism value, or null when absent.
 * @param delay the delay value, or null when absent.
 * @param failureAction the failure_action value, or null when absent.
 * @param monitor the monitor value, or null when absent.
 * @param maxFailureRatio the max_failure_ratio value, or null when absent.
 * @param order the order value, or null when absent.
 */
public record UpdateConfig(
    Integer parallelism,
    ComposeDuration delay,
    String failureAction,
    ComposeDuration monitor,
    java.math.BigDecimal maxFailureRatio,
    String order) {

  /** Copies collections and checks invariants, naming the offending field. */
  public UpdateConfig {
    if (order != null && !order.equals("start-first") && !order.equals("stop-first")) {
      throw new IllegalArgumentException("order must be start-first or stop-first, got \"" + order + "\"");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.parallelism = parallelism;
    b.delay = delay;
    b.failureAction = failureAction;
    b.monitor = monitor;
    b.maxFailureRatio = maxFailureRatio;
    b.order = order;
    return b;
  }

  /** Mutable builder of {@link UpdateConfig}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private Integer parallelism;
    private ComposeDuration delay;
    private String failureAction;
    private ComposeDuration monitor;
    private java.math.BigDecimal maxFailureRatio;
    private String order;

    Builder() {}

    /** Sets parallelism: the parallelism value, or null when absent. */
    public Builder parallelism(Integer value) {
      this.parallelism = value;
      return this;
    }

    /** Sets delay: the delay value, or null when absent. */
    public Builder delay(ComposeDuration value) {
      this.delay = value;
      return this;
    }

    /** Sets failure_action: the failure_action value, or null when absent. */
    public Builder failureAction(String value) {
      this.failureAction = value;
      return this;
    }

    /** Sets monitor: the monitor value, or null when absent. */
    public Builder monitor(ComposeDuration value) {
      this.monitor = value;
      return this;
    }

    /** Sets max_failure_ratio: the max_failure_ratio value, or null when absent. */
    public Builder maxFailureRatio(java.math.BigDecimal value) {
      this.maxFailureRatio = value;
      return this;
    }

    /** Sets order: the order value, or null when absent. */
    public Builder order(String value) {
      this.order = value;
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public UpdateConfig build() {
      return new UpdateConfig(parallelism, delay, failureAction, monitor, maxFailureRatio, order);
    }
  }
}
