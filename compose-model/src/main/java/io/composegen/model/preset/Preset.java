package io.composegen.model.preset;

import io.composegen.model.internal.Copies;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Condition;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.service.Service;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ready-made backing service (a database, a cache, a broker) with what it needs on the stack and what a
 * client needs to reach it; immutable.
 *
 * @param service the service: pinned image, healthcheck, volume, secrets; never null
 * @param volumes the named volumes it stores data in; never null
 * @param secrets the secrets it reads (passwords from files, never plain values); never null
 * @param clientEnvironment environment variables that connect a generic client to it; never null
 * @param springEnvironment the same for a Spring Boot application ({@code SPRING_*} properties); never null
 * @param clientSecrets secrets a client mounts to authenticate; for Spring Boot they are mounted under
 *     {@code /run/secrets/<property name>} and read through {@code spring.config.import=configtree:}; never null
 * @param port the port clients connect to inside the network, such as 5432; a development layer may publish it on
 *     the host's loopback interface for tools and IDE runs
 */
public record Preset(
    Service service,
    Map<String, Volume> volumes,
    Map<String, Secret> secrets,
    Map<String, String> clientEnvironment,
    Map<String, String> springEnvironment,
    List<ServiceFileRef> clientSecrets,
    int port) {

  /** Copies the collections and checks that a service is given. */
  public Preset {
    Objects.requireNonNull(service, "service");
    volumes = Copies.map(volumes, "preset.volumes");
    secrets = Copies.map(secrets, "preset.secrets");
    clientEnvironment = Copies.map(clientEnvironment, "preset.clientEnvironment");
    springEnvironment = Copies.map(springEnvironment, "preset.springEnvironment");
    clientSecrets = Copies.list(clientSecrets, "preset.clientSecrets");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("preset.port must be between 1 and 65535, got " + port);
    }
  }

  /**
   * Connects a client service to this one: the connection environment (Spring Boot's or the generic one), the
   * client's secrets, and a dependency that waits until this service is healthy.
   *
   * <p>A generic client gets each secret once, at its default path {@code /run/secrets/<name>} that its
   * {@code *_FILE} variable names; the mounts under a property name are for Spring Boot's configtree only. Two
   * mounts of one secret in one service also do not survive docker-compose 1.x merging a layer file: it keeps one
   * entry per secret, the last, and the default path would be lost.
   *
   * @return {@code client}, for chaining
   */
  public Service.Builder connect(Service.Builder client, boolean spring) {
    (spring ? springEnvironment : clientEnvironment).forEach(client::env);
    clientSecrets.stream()
        .filter(secret -> spring || secret.target() == null)
        .forEach(client::secret);
    return client.dependsOn(service.name(), Condition.HEALTHY);
  }

  /** Returns the service's name. */
  public String name() {
    return service.name();
  }
}
