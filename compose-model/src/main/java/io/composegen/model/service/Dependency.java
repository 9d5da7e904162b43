package io.composegen.model.service;

/**
 * One entry of a service's {@code depends_on}; immutable.
 *
 * <p>The condition is never absent: Compose reads {@code depends_on: [db]} as {@code condition: service_started}
 * and requires a condition in the long syntax, so a file cannot leave it out, not even in a layer that merges
 * onto a base. Null given here is read as {@link Condition#STARTED}.
 *
 * @param condition the state to wait for; null stands for Compose's default, {@link Condition#STARTED}
 * @param restart whether the dependent restarts when this dependency is updated, or null when absent
 * @param required whether the dependency must exist and start, or null when absent (default true)
 */
public record Dependency(Condition condition, Boolean restart, Boolean required) {

  /** Turns an absent condition into Compose's default, {@code service_started}. */
  public Dependency {
    if (condition == null) {
      condition = Condition.STARTED;
    }
  }

  /** A dependency on the service's start with nothing else given, as written in the list form {@code depends_on: [db]}. */
  public static final Dependency DEFAULT = new Dependency(null, null, null);

  /** Returns a dependency on the given condition. */
  public static Dependency on(Condition condition) {
    return new Dependency(condition, null, null);
  }

  /** Returns a dependency that waits until the other service is healthy. */
  public static Dependency healthy() {
    return on(Condition.HEALTHY);
  }

  /** Returns true when the dependency waits for the start and sets nothing else, so the short list form can carry it. */
  public boolean isDefault() {
    return equals(DEFAULT);
  }

  /** Returns a copy with the given {@code required} flag. */
  public Dependency withRequired(Boolean value) {
    return new Dependency(condition, restart, value);
  }

  /** Returns a copy with the given {@code restart} flag. */
  public Dependency withRestart(Boolean value) {
    return new Dependency(condition, value, required);
  }
}
