package io.composegen.model;

import io.composegen.model.internal.Copies;
import io.composegen.model.layer.Layer;
import io.composegen.model.layer.Layers;
import io.composegen.model.preset.Preset;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Compose stack: its base services and resources, and the environment layers that patch them; immutable.
 *
 * <p>Maps keep declaration order, which is the order generated files print. {@link #resolve(String)} gives the
 * single-file model of one environment, following Compose's rules for layering files.
 *
 * @param name the Compose project name, or null when absent (Compose then uses the folder's name)
 * @param baseFileName the file the base renders to, or null for {@code compose.yaml}
 * @param services the base services by name; never null
 * @param networks top-level networks by name; never null
 * @param volumes top-level volumes by name; never null
 * @param secrets top-level secrets by name; never null
 * @param configs top-level configs by name; never null
 * @param extensions top-level {@code x-*} values; never null
 * @param layers the environment layers by name; never null
 */
public record Stack(
    String name,
    String baseFileName,
    Map<String, Service> services,
    Map<String, Network> networks,
    Map<String, Volume> volumes,
    Map<String, Secret> secrets,
    Map<String, Config> configs,
    Map<String, Object> extensions,
    Map<String, Layer> layers) {

  /** Pattern of project names Compose accepts: lower-case letters, digits, '-' and '_', starting with a letter or digit. */
  public static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** The name {@link #resolve(String)} accepts for the base without any layer. */
  public static final String BASE = "base";

  /** Copies the maps and checks the project name and that each map's keys match its entries' names. */
  public Stack {
    if (name != null && !PROJECT_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid project name \"" + name
          + "\": use lower-case letters, digits, '-' and '_', starting with a letter or digit");
    }
    if (baseFileName != null && (baseFileName.isBlank() || baseFileName.contains("/"))) {
      throw new IllegalArgumentException("base file name \"" + baseFileName + "\" must be a plain file name");
    }
    services = Copies.map(services, "services");
    services.forEach((key, service) -> {
      if (!key.equals(service.name())) {
        throw new IllegalArgumentException("services." + key + " holds service " + service.name());
      }
    });
    networks = Copies.map(networks, "networks");
    volumes = Copies.map(volumes, "volumes");
    secrets = Copies.map(secrets, "secrets");
    configs = Copies.map(configs, "configs");
    extensions = Copies.extensions(extensions, "stack");
    layers = Copies.map(layers, "layers");
    Map<String, Service> base = services;
    layers.forEach((key, layer) -> {
      if (!key.equals(layer.name())) {
        throw new IllegalArgumentException("layers." + key + " holds layer " + layer.name());
      }
      layer.services().forEach((serviceName, fragment) -> {
        boolean patchesBase = base.containsKey(serviceName) || serviceName.equals(Service.ALL_SERVICES);
        if (patchesBase && (fragment.generatedBuild() != null || fragment.imageOf() != null)) {
          throw new IllegalArgumentException("layers." + key + ".services." + serviceName
              + ": a layer cannot change how a base service's image is built (generated Dockerfile or image_of); "
              + "images are built once for every environment, so set it in the base");
        }
      });
    });
  }

  /** Returns a builder of the stack with the given project name (null for none). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns the file the base renders to. */
  public String effectiveBaseFileName() {
    return baseFileName != null ? baseFileName : "compose.yaml";
  }

  /** Returns the names of the environments: {@code base} first, then each layer in declaration order. */
  public List<String> environments() {
    List<String> out = new java.util.ArrayList<>();
    out.add(BASE);
    out.addAll(layers.keySet());
    return List.copyOf(out);
  }

  /**
   * Returns the effective single-file stack of environment {@code environment}: the base with that layer
   * merged by Compose's rules, and no layers. {@code base} returns the base alone.
   *
   * @throws IllegalArgumentException when there is no such layer, naming the ones there are
   */
  public Stack resolve(String environment) {
    Objects.requireNonNull(environment, "environment");
    if (environment.equals(BASE)) {
      return withoutLayers();
    }
    Layer layer = layers.get(environment);
    if (layer == null) {
      throw new IllegalArgumentException("no environment \"" + environment + "\"; this stack has " + environments());
    }
    return Layers.resolve(this, layer);
  }

  /** Returns this stack with its layers dropped. */
  public Stack withoutLayers() {
    return new Stack(name, baseFileName, services, networks, volumes, secrets, configs, extensions, Map.of());
  }

  /** Returns a builder initialised with this stack, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder(name).baseFileName(baseFileName);
    b.services.putAll(services);
    b.networks.putAll(networks);
    b.volumes.putAll(volumes);
    b.secrets.putAll(secrets);
    b.configs.putAll(configs);
    b.extensions.putAll(extensions);
    b.layers.putAll(layers);
    return b;
  }

  /** Mutable builder of {@link Stack}; not thread-safe. Adding an entry of an existing name replaces it. */
  public static final class Builder {
    private final String name;
    private String baseFileName;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, Config> configs = new LinkedHashMap<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, Layer> layers = new LinkedHashMap<>();

    Builder(String name) {
      this.name = name;
    }

    /** Sets the file the base renders to, e.g. {@code docker-compose.yml}. */
    public Builder baseFileName(String value) {
      this.baseFileName = value;
      return this;
    }

    /** Adds a service, replacing one of the same name. */
    public Builder service(Service service) {
      services.put(service.name(), service);
      return this;
    }

    /** Adds the service the builder makes, replacing one of the same name. */
    public Builder service(Service.Builder service) {
      return service(service.build());
    }

    /** Adds a preset's service with the volumes and secrets it needs, replacing entries of the same names. */
    public Builder service(Preset preset) {
      service(preset.service());
      preset.volumes().forEach(this::volume);
      preset.secrets().forEach(this::secret);
      return this;
    }

    /** Adds a top-level network. */
    public Builder network(String networkName, Network network) {
      networks.put(Objects.requireNonNull(networkName, "network name"), network);
      return this;
    }

    /** Adds a top-level network with Compose's defaults. */
    public Builder network(String networkName) {
      return network(networkName, Network.defaults());
    }

    /** Adds a top-level named volume. */
    public Builder volume(String volumeName, Volume volume) {
      volumes.put(Objects.requireNonNull(volumeName, "volume name"), volume);
      return this;
    }

    /** Adds a top-level named volume with Compose's defaults. */
    public Builder volume(String volumeName) {
      return volume(volumeName, Volume.defaults());
    }

    /** Adds a top-level secret. */
    public Builder secret(String secretName, Secret secret) {
      secrets.put(Objects.requireNonNull(secretName, "secret name"), secret);
      return this;
    }

    /** Adds a top-level config. */
    public Builder config(String configName, Config config) {
      configs.put(Objects.requireNonNull(configName, "config name"), config);
      return this;
    }

    /** Sets a top-level {@code x-*} value. */
    public Builder extension(String key, Object value) {
      extensions.put(key, value);
      return this;
    }

    /** Adds an environment layer, replacing one of the same name. */
    public Builder layer(Layer layer) {
      layers.put(layer.name(), layer);
      return this;
    }

    /** Adds the layer the builder makes, replacing one of the same name. */
    public Builder layer(Layer.Builder layer) {
      return layer(layer.build());
    }

    /** Returns the immutable stack; checks its invariants. */
    public Stack build() {
      return new Stack(name, baseFileName, services, networks, volumes, secrets, configs, extensions, layers);
    }
  }
}
