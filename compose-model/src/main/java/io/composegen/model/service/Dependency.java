package io.composegen.model.service;

/**
 * One entry of a service's {@code depends_on}; immutable.
 *
 * @param condition the state to wait for, or null when absent (Compose's default, {@code service_started})
 * @param restart whether the dependent restarts when this dependency is updated, or null when absent
 * @param required whether the dependency must exist and start, or null when absent (default true)
 */
public record Dependency(Condition condition, Boolean restart, Boolean required) {

  /** A dependency with every attribute absent, as written in the list form {@code depends_on: [db]}. */
  public static final Dependency DEFAULT = new Dependency(null, null, null);

  /** Returns a dependency on the given condition. */
  public static Dependency on(Condition condition) {
    return new Dependency(condition, null, null);
  }

  /** Returns a dependency that waits until the other service is healthy. */
  public static Dependency healthy() {
    return on(Condition.HEALTHY);
  }

  /** Returns true when nothing but the name is given, so the short list form can carry it. */
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
