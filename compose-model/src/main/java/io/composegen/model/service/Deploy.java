package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Deployment settings of a service (replicas, resources, restart and update policies); immutable.
 *
 * @param mode the deploy.mode value, or null when absent.
 * @param replicas the deploy.replicas value, or null when absent.
 * @param endpointMode the deploy.endpoint_mode value, or null when absent.
 * @param labels the deploy.labels entries in declaration order; never null.
 * @param resources the deploy.resources value, or null when absent.
 * @param restartPolicy the deploy.restart_policy value, or null when absent.
 * @param updateConfig the deploy.update_config value, or null when absent.
 * @param rollbackConfig the deploy.rollback_config value, or null when absent.
 * @param placement the deploy.placement value, or null when absent.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record Deploy(
    String mode,
    Integer replicas,
    String endpointMode,
    Map<String, String> labels,
    Resources resources,
    DeployRestartPolicy restartPolicy,
    UpdateConfig updateConfig,
    UpdateConfig rollbackConfig,
    Placement placement,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Deploy {
    labels = Copies.map(labels, "deploy.labels");
    extensions = Copies.extensions(extensions, "x-*");
    Copies.atLeast(replicas, 0, "deploy.replicas");
    if (mode != null && !java.util.Set.of("replicated", "global", "replicated-job", "global-job").contains(mode)) {
      throw new IllegalArgumentException("deploy.mode must be replicated, global, replicated-job or global-job, got \"" + mode + "\"");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mode = mode;
    b.replicas = replicas;
    b.endpointMode = endpointMode;
    b.labels.putAll(labels);
    b.resources = resources;
    b.restartPolicy = restartPolicy;
    b.updateConfig = updateConfig;
    b.rollbackConfig = rollbackConfig;
    b.placement = placement;
    b.extensions.putAll(extensions);
    return b;
  }

  /** Mutable builder of {@link Deploy}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private String mode;
    private Integer replicas;
    private String endpointMode;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private Resources resources;
    private DeployRestartPolicy restartPolicy;
    private UpdateConfig updateConfig;
    private UpdateConfig rollbackConfig;
    private Placement placement;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Builder() {}

    /** Sets deploy.mode: the deploy.mode value, or null when absent. */
    public Builder mode(String value) {
      this.mode = value;
      return this;
    }

    /** Sets deploy.replicas: the deploy.replicas value, or null when absent. */
    public Builder replicas(Integer value) {
      this.replicas = value;
      return this;
    }

    /** Sets deploy.endpoint_mode: the deploy.endpoint_mode value, or null when absent. */
    public Builder endpointMode(String value) {
      this.endpointMode = value;
      return this;
    }

    /** Replaces deploy.labels: the deploy.labels entries in declaration order; never null. */
    public Builder labels(Map<String, ? extends String> values) {
      this.labels.clear();
      if (values != null) {
        this.labels.putAll(values);
      }
      return this;
    }

    /** Sets one entry of deploy.labels, keeping the others. */
    public Builder label(String key, String value) {
      this.labels.put(Objects.requireNonNull(key, "deploy.labels key"), Objects.requireNonNull(value, "deploy.labels." + key));
      return this;
    }

    /** Sets deploy.resources: the deploy.resources value, or null when absent. */
    public Builder resources(Resources value) {
      this.resources = value;
      return this;
    }

    /** Sets deploy.restart_policy: the deploy.restart_policy value, or null when absent. */
    public Builder restartPolicy(DeployRestartPolicy value) {
      this.restartPolicy = value;
      return this;
    }

    /** Sets deploy.update_config: the deploy.update_config value, or null when absent. */
    public Builder updateConfig(UpdateConfig value) {
      this.updateConfig = value;
      return this;
    }

    /** Sets deploy.rollback_config: the deploy.rollback_config value, or null when absent. */
    public Builder rollbackConfig(UpdateConfig value) {
      this.rollbackConfig = value;
      return this;
    }

    /** Sets deploy.placement: the deploy.placement value, or null when absent. */
    public Builder placement(Placement value) {
      this.placement = value;
      return this;
    }

    /** Replaces x-*: the {@code x-*} extension values in declaration order; never null. */
    public Builder extensions(Map<String, ? extends Object> values) {
      this.extensions.clear();
      if (values != null) {
        this.extensions.putAll(values);
      }
      return this;
    }

    /** Sets one entry of x-*, keeping the others. */
    public Builder extension(String key, Object value) {
      this.extensions.put(Objects.requireNonNull(key, "x-* key"), value);
      return this;
    }

    /** Sets {@code deploy.resources.limits.memory}, keeping other resource settings. */
    public Builder memoryLimit(String size) {
      ResourceSpec limits = resources == null || resources.limits() == null
          ? ResourceSpec.builder().build() : resources.limits();
      return resources(new Resources(limits.toBuilder().memory(ByteSize.parse(size)).build(),
          resources == null ? null : resources.reservations()));
    }

    /** Sets {@code deploy.resources.limits.cpus}, keeping other resource settings. */
    public Builder cpuLimit(String cpus) {
      ResourceSpec limits = resources == null || resources.limits() == null
          ? ResourceSpec.builder().build() : resources.limits();
      return resources(new Resources(limits.toBuilder().cpus(new java.math.BigDecimal(cpus)).build(),
          resources == null ? null : resources.reservations()));
    }

    /** Returns the immutable value; checks its invariants. */
    public Deploy build() {
      return new Deploy(mode, replicas, endpointMode, labels, resources, restartPolicy, updateConfig, rollbackConfig, placement, extensions);
    }
  }
}
