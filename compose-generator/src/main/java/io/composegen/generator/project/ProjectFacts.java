package io.composegen.generator.project;

import java.util.List;
import java.util.Objects;

/**
 * What composegen needs to know about a Java project to describe it as a stack without configuration; immutable.
 *
 * @param artifactId the project's artifact id; becomes the stack's and the service's name
 * @param version the project's version, or null
 * @param description a one-line description, or null
 * @param url the project's home or source URL, or null
 * @param packaging the packaging, e.g. {@code jar}
 * @param javaRelease the Java release the project compiles for, e.g. {@code 17}
 * @param port the port the application listens on
 * @param dependencies the project's dependencies as {@code groupId:artifactId}
 * @param springBoot whether the project is a Spring Boot application
 * @param mavenWrapper whether the project has a Maven wrapper ({@code mvnw})
 */
public record ProjectFacts(
    String artifactId,
    String version,
    String description,
    String url,
    String packaging,
    String javaRelease,
    int port,
    List<String> dependencies,
    boolean springBoot,
    boolean mavenWrapper) {

  /** Copies the dependencies and checks what must be given. */
  public ProjectFacts {
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(packaging, "packaging");
    Objects.requireNonNull(javaRelease, "javaRelease");
    dependencies = List.copyOf(dependencies);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
    }
  }
}
