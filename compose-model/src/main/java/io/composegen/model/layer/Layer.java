package io.composegen.model.layer;

import io.composegen.model.internal.Copies;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Service;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A named environment layer that patches a stack's base: {@code dev}, {@code prod}, or any other; immutable.
 *
 * <p>Each service entry is a fragment ({@link Service} with only what the layer changes, and
 * {@link Service#resets()} for what it removes) or, for a name the base lacks, a whole new service. The
 * fragment named {@link Service#ALL_SERVICES} applies to every service of the environment, before the
 * service's own fragment. Top-level networks, volumes, secrets and configs merge per name.
 *
 * @param name the layer's name, e.g. {@code prod}; never null
 * @param fileName the file the layer renders to, or null for the default ({@code compose.override.yaml} for
 *     {@code dev}, {@code compose.<name>.yaml} otherwise)
 * @param production whether the environment is a production one (stricter validation)
 * @param services the service fragments in declaration order; never null
 * @param networks networks added or merged; never null
 * @param volumes volumes added or merged; never null
 * @param secrets secrets added or merged; never null
 * @param configs configs added or merged; never null
 * @param extensions top-level {@code x-*} values added or replaced; never null
 */
public record Layer(
    String name,
    String fileName,
    boolean production,
    Map<String, Service> services,
    Map<String, Network> networks,
    Map<String, Volume> volumes,
    Map<String, Secret> secrets,
    Map<String, Config> configs,
    Map<String, Object> extensions) {

  /** Pattern of layer names: lower-case letters, digits, '-' and '_'. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** The name of the development layer, rendered as {@code compose.override.yaml}. */
  public static final String DEV = "dev";

  /** The name of the production layer, rendered as {@code compose.prod.yaml}. */
  public static final String PROD = "prod";

  /** Copies the maps and checks the name, file name and that each entry's key is its service's name. */
  public Layer {
    Copies.nonBlank(name, "layer name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid layer name \"" + name
          + "\": use lower-case letters, digits, '-' and '_', starting with a letter or digit");
    }
    if (name.equals("base")) {
      throw new IllegalArgumentException("invalid layer name \"base\": it names the stack without layers");
    }
    if (fileName != null && (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\"))) {
      throw new IllegalArgumentException("layer " + name + ": file name \"" + fileName
          + "\" must be a plain file name without folders");
    }
    services = Copies.map(services, "layers." + name + ".services");
    services.forEach((key, service) -> {
      if (!key.equals(service.name())) {
        throw new IllegalArgumentException("layers." + name + ".services." + key + " holds service " + service.name());
      }
    });
    networks = Copies.map(networks, "layers." + name + ".networks");
    volumes = Copies.map(volumes, "layers." + name + ".volumes");
    secrets = Copies.map(secrets, "layers." + name + ".secrets");
    configs = Copies.map(configs, "layers." + name + ".configs");
    extensions = Copies.extensions(extensions, "layers." + name);
  }

  /** Returns a builder of the development layer, {@code dev}. */
  public static Builder dev() {
    return new Builder(DEV).production(false);
  }

  /** Returns a builder of the production layer, {@code prod}, marked as production. */
  public static Builder prod() {
    return new Builder(PROD).production(true);
  }

  /** Returns a builder of the layer {@code name}, not marked as production. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Returns the file this layer renders to: the given one, or the default for its name. */
  public String effectiveFileName() {
    if (fileName != null) {
      return fileName;
    }
    return name.equals(DEV) ? "compose.override.yaml" : "compose." + name + ".yaml";
  }

  /** Returns the fragment that applies to every service, or null when there is none. */
  public Service allServices() {
    return services.get(Service.ALL_SERVICES);
  }

  /** Returns a builder initialised with this layer, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder(name).fileName(fileName).production(production);
    b.services.putAll(services);
    b.networks.putAll(networks);
    b.volumes.putAll(volumes);
    b.secrets.putAll(secrets);
    b.configs.putAll(configs);
    b.extensions.putAll(extensions);
    return b;
  }

  /** Mutable builder of {@link Layer}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private String fileName;
    private boolean production;
    /** Each fragment as a {@link Service}, or as a {@link Service.Builder} once edited through this builder. */
    private final Map<String, Object> services = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, Config> configs = new LinkedHashMap<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Builder(String name) {
      this.name = Objects.requireNonNull(name, "layer name");
    }

    /** Sets the file the layer renders to, e.g. {@code docker-compose-development.yml}. */
    public Builder fileName(String value) {
      this.fileName = value;
      return this;
    }

    /** Marks the environment as a production one, or not. */
    public Builder production(boolean value) {
      this.production = value;
      return this;
    }

    /** Edits the fragment of service {@code service}, creating it when absent. */
    public Builder service(String service, Consumer<Service.Builder> edit) {
      Object held = services.get(service);
      Service.Builder editing;
      if (held instanceof Service.Builder builder) {
        editing = builder;
      } else {
        editing = held instanceof Service value ? value.toBuilder() : Service.builder(service);
        services.put(service, editing); // a key already there keeps its place
      }
      edit.accept(editing);
      return this;
    }

    /** Adds or replaces the fragment, or new service, of the given value's name. */
    public Builder service(Service service) {
      services.put(service.name(), service);
      return this;
    }

    /** Adds or replaces the fragment, or new service, of the builder's name. */
    public Builder service(Service.Builder service) {
      return service(service.build());
    }

    /** Edits the fragment that applies to every service of the environment. */
    public Builder allServices(Consumer<Service.Builder> edit) {
      return service(Service.ALL_SERVICES, edit);
    }

    /** Adds or merges a top-level network. */
    public Builder network(String networkName, Network network) {
      networks.put(networkName, network);
      return this;
    }

    /** Adds or merges a top-level volume. */
    public Builder volume(String volumeName, Volume volume) {
      volumes.put(volumeName, volume);
      return this;
    }

    /** Adds or merges a top-level secret. */
    public Builder secret(String secretName, Secret secret) {
      secrets.put(secretName, secret);
      return this;
    }

    /** Adds or merges a top-level config. */
    public Builder config(String configName, Config config) {
      configs.put(configName, config);
      return this;
    }

    /** Sets a top-level {@code x-*} value. */
    public Builder extension(String key, Object value) {
      extensions.put(key, value);
      return this;
    }

    /** Returns the layer's name. */
    public String name() {
      return name;
    }

    /** Returns the immutable layer; checks its invariants. */
    public Layer build() {
      Map<String, Service> built = new LinkedHashMap<>();
      services.forEach((k, v) -> built.put(k, v instanceof Service.Builder builder ? builder.build() : (Service) v));
      return new Layer(name, fileName, production, built, networks, volumes, secrets, configs, extensions);
    }
  }
}
