package io.composegen.model.service;

/** The state a dependency must reach before its dependent service starts. */
public enum Condition {
  /** The dependency's container has started ({@code service_started}). */
  STARTED("service_started"),
  /** The dependency's healthcheck passes ({@code service_healthy}). */
  HEALTHY("service_healthy"),
  /** The dependency ran to completion with exit code 0 ({@code service_completed_successfully}). */
  COMPLETED_SUCCESSFULLY("service_completed_successfully");

  private final String yamlName;

  Condition(String yamlName) {
    this.yamlName = yamlName;
  }

  /** Returns the name Compose files use, e.g. {@code service_healthy}. */
  public String yamlName() {
    return yamlName;
  }

  /** Returns the condition Compose calls {@code name}, or throws naming the accepted values. */
  public static Condition fromYaml(String name) {
    for (Condition c : values()) {
      if (c.yamlName.equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("invalid depends_on condition \"" + name
        + "\": expected service_started, service_healthy or service_completed_successfully");
  }
}
