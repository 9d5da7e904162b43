package io.composegen.maven;

import io.composegen.generator.project.ProjectFacts;
import io.composegen.generator.project.ProjectInference;
import io.composegen.model.Stack;
import java.io.File;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/** The one adapter from a Maven project to the model: reads the pom's facts and lets the generator infer the stack. */
final class MavenStacks {

  private MavenStacks() {}

  static Stack stackOf(MavenProject project, boolean infer, int port) {
    return ProjectInference.infer(facts(project, port), infer);
  }

  static ProjectFacts facts(MavenProject project, int port) {
    List<String> dependencies = project.getDependencies().stream()
        .map(MavenStacks::coordinates)
        .toList();
    boolean springBoot = dependencies.stream().anyMatch(d -> d.startsWith("org.springframework.boot:"))
        || (project.getParent() != null
            && "org.springframework.boot".equals(project.getParent().getGroupId()));
    File basedir = project.getBasedir();
    boolean wrapper = basedir != null && new File(basedir, "mvnw").isFile();
    return new ProjectFacts(project.getArtifactId(), project.getVersion(), project.getDescription(),
        project.getUrl(), project.getPackaging(), javaRelease(project.getProperties()), port, dependencies,
        springBoot, wrapper);
  }

  private static String coordinates(Dependency dependency) {
    return dependency.getGroupId() + ":" + dependency.getArtifactId();
  }

  /** Returns the Java release the project compiles for: release, else target, else 17. */
  static String javaRelease(Properties properties) {
    for (String key : List.of("maven.compiler.release", "maven.compiler.target", "java.version")) {
      String value = properties.getProperty(key);
      if (value != null && !value.isBlank() && !value.contains("${")) {
        return value.startsWith("1.") ? value.substring(2) : value.trim();
      }
    }
    return "17";
  }
}
