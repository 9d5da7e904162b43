package io.composegen.generator.project;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Preset;
import io.composegen.model.preset.Presets;
import io.composegen.model.recipe.JavaMavenRecipe;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Restart;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Describes a Java project as a stack with no configuration: the project itself as a service built by the
 * {@code java-maven} recipe, and a backing service for each client library it depends on.
 *
 * <p>Client libraries and the presets they bring:
 * <table>
 *   <caption>inferred backing services</caption>
 *   <tr><th>dependency</th><th>preset</th></tr>
 *   <tr><td>org.postgresql:postgresql</td><td>postgres</td></tr>
 *   <tr><td>com.mysql:mysql-connector-j, mysql:mysql-connector-java</td><td>mysql</td></tr>
 *   <tr><td>org.mariadb.jdbc:mariadb-java-client</td><td>mariadb</td></tr>
 *   <tr><td>redis.clients:jedis, io.lettuce:lettuce-core</td><td>redis</td></tr>
 *   <tr><td>org.mongodb:mongodb-driver-sync, -reactivestreams, -core</td><td>mongo</td></tr>
 *   <tr><td>org.apache.kafka:kafka-clients</td><td>kafka</td></tr>
 *   <tr><td>com.rabbitmq:amqp-client</td><td>rabbitmq</td></tr>
 *   <tr><td>co.elastic.clients:elasticsearch-java, org.elasticsearch.client:elasticsearch-rest-client</td><td>elasticsearch</td></tr>
 * </table>
 * Each backing service waits healthy before the application starts and is connected to it through environment
 * variables (Spring Boot's properties for a Spring Boot project) and secret files.
 */
public final class ProjectInference {

  private static final Map<String, Supplier<Preset>> CLIENTS = new LinkedHashMap<>();

  static {
    CLIENTS.put("org.postgresql:postgresql", Presets::postgres);
    CLIENTS.put("com.mysql:mysql-connector-j", Presets::mysql);
    CLIENTS.put("mysql:mysql-connector-java", Presets::mysql);
    CLIENTS.put("org.mariadb.jdbc:mariadb-java-client", Presets::mariadb);
    CLIENTS.put("redis.clients:jedis", Presets::redis);
    CLIENTS.put("io.lettuce:lettuce-core", Presets::redis);
    CLIENTS.put("org.mongodb:mongodb-driver-sync", Presets::mongo);
    CLIENTS.put("org.mongodb:mongodb-driver-reactivestreams", Presets::mongo);
    CLIENTS.put("org.mongodb:mongodb-driver-core", Presets::mongo);
    CLIENTS.put("org.apache.kafka:kafka-clients", Presets::kafka);
    CLIENTS.put("com.rabbitmq:amqp-client", Presets::rabbitmq);
    CLIENTS.put("co.elastic.clients:elasticsearch-java", Presets::elasticsearch);
    CLIENTS.put("org.elasticsearch.client:elasticsearch-rest-client", Presets::elasticsearch);
  }

  private ProjectInference() {}

  /** Returns the backing services the project's dependencies call for, in the order of the table above. */
  public static List<Preset> backingServices(ProjectFacts project) {
    Map<String, Preset> byImage = new LinkedHashMap<>();
    Map<String, String> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Preset>> client : CLIENTS.entrySet()) {
      if (!project.dependencies().contains(client.getKey())) {
        continue;
      }
      Preset preset = client.getValue().get();
      String image = preset.service().image();
      if (byImage.containsKey(image)) {
        continue;
      }
      String other = byName.putIfAbsent(preset.name(), client.getKey());
      if (other != null) {
        throw new IllegalArgumentException("dependencies " + other + " and " + client.getKey()
            + " both call for a service named \"" + preset.name() + "\"; turn inference off and describe "
            + "the services in the stack descriptor");
      }
      byImage.put(image, preset);
    }
    return new ArrayList<>(byImage.values());
  }

  /**
   * Returns the project as a stack: the application service, its backing services, a {@code dev} layer that
   * opens a debugger port and publishes every port on the loopback interface, and a {@code prod} layer that
   * restarts every service unless stopped.
   *
   * @param inferServices whether to add backing services for the client libraries the project depends on
   */
  public static Stack infer(ProjectFacts project, boolean inferServices) {
    String name = serviceName(project.artifactId());
    JavaMavenRecipe.Builder recipe = Recipes.javaMaven()
        .java(project.javaRelease())
        .port(project.port())
        .mavenWrapper(project.mavenWrapper())
        .springBootLayers(project.springBoot())
        .title(project.artifactId());
    if (project.version() != null) {
      recipe.version(project.version());
    }
    if (project.description() != null) {
      recipe.description(project.description());
    }
    JavaMavenRecipe built = recipe.build();
    Service.Builder app = Service.builder(name)
        .build(".", built)
        .port(project.port() + ":" + project.port());
    Stack.Builder stack = Stack.builder(name);
    List<Preset> presets = inferServices ? backingServices(project) : List.of();
    for (Preset preset : presets) {
      if (preset.name().equals(name)) {
        throw new IllegalArgumentException("the project \"" + project.artifactId() + "\" and its inferred "
            + preset.name() + " service would share a name; turn inference off and describe the services");
      }
      preset.connect(app, project.springBoot());
    }
    stack.service(app);
    presets.forEach(stack::service);
    stack.layer(development(name, built, presets));
    stack.layer(Layer.prod().allServices(s -> s.restart(Restart.UNLESS_STOPPED)));
    return stack.build();
  }

  /**
   * Returns the {@code dev} layer: the application listens for a debugger on {@link #DEBUG_PORT}, and it and every
   * backing service publish their port on the host's loopback interface only, for a debugger, database tools and
   * runs from the IDE against the containers.
   */
  private static Layer.Builder development(String name, JavaMavenRecipe recipe, List<Preset> presets) {
    String debug = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:" + DEBUG_PORT;
    String options = recipe.javaToolOptions().isEmpty() ? debug : recipe.javaToolOptions() + " " + debug;
    Layer.Builder dev = Layer.dev().service(Service.builder(name)
        .env("JAVA_TOOL_OPTIONS", options)
        .port(LOOPBACK + DEBUG_PORT + ":" + DEBUG_PORT));
    for (Preset preset : presets) {
      dev.service(Service.builder(preset.name()).port(LOOPBACK + preset.port() + ":" + preset.port()));
    }
    return dev;
  }

  /** The port the application's debugger listens on in the {@code dev} layer. */
  public static final int DEBUG_PORT = 5005;

  private static final String LOOPBACK = "127.0.0.1:";

  /** Returns {@code artifactId} as a Compose project and service name: lower case, other characters as '-'. */
  public static String serviceName(String artifactId) {
    String lower = artifactId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    return lower.matches("[a-z0-9].*") ? lower : "app-" + lower;
  }
}
