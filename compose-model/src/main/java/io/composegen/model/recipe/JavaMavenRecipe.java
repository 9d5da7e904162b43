package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Entrypoint;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.recipe.RecipeBuilder.RecipeOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Java application built with Maven into an executable jar and run on a JRE; immutable.
 *
 * <p>The {@code build} stage (on the build machine's platform, since a jar runs anywhere) copies the POM (and
 * the Maven wrapper, if used) first and resolves dependencies into a cache mount on {@code /root/.m2}, then
 * copies the sources and packages the jar. With Spring Boot layers, the jar is extracted into its layers
 * ({@code dependencies}, {@code spring-boot-loader}, {@code snapshot-dependencies}, {@code application}), copied
 * in that order, least often changing first, so a code change rebuilds only the last layer. The
 * {@code runtime} stage is a JRE-only image of the same Java release.
 *
 * @param java the Java feature release, such as {@code 17}
 * @param maven the Maven version of the build image, such as {@code 3.9}
 * @param buildImage the image of the build stage; never null
 * @param runtimeImage the image of the final stage, a JRE; never null
 * @param mavenWrapper true to build with the project's {@code ./mvnw} on a JDK image instead of a Maven image
 * @param springBootLayers true to extract a Spring Boot 3.3+ jar into layers ({@code -Djarmode=tools})
 * @param jar the path of the packaged jar, a pattern matching exactly one file
 * @param sourceFolders the source folders copied after dependency resolution, in order
 * @param skipTests true to package with {@code -DskipTests} (tests run in CI, not in the image build)
 * @param javaToolOptions the JVM options for the container, in {@code JAVA_TOOL_OPTIONS}
 * @param options the parameters every recipe shares
 */
public record JavaMavenRecipe(
    String java,
    String maven,
    ImageRef buildImage,
    ImageRef runtimeImage,
    boolean mavenWrapper,
    boolean springBootLayers,
    String jar,
    List<String> sourceFolders,
    boolean skipTests,
    String javaToolOptions,
    RecipeOptions options) implements Recipe {

  /** The Spring Boot layers, in the order they are copied. */
  public static final List<String> SPRING_BOOT_LAYERS =
      List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

  private static final String BUILD_DIR = "/build";
  private static final String APP_DIR = "/app";
  /** Jars Maven plugins write beside the application jar: shade's original, attachments, Spring Boot's plain. */
  private static final String NOT_THE_APPLICATION = "(^|/)original-[^/]*$|-(sources|javadoc|tests|plain)\\.jar$";

  /** Checks the parameters and copies the lists. */
  public JavaMavenRecipe {
    Parts.version(java, "java");
    Parts.version(maven, "maven");
    Objects.requireNonNull(buildImage, "buildImage");
    Objects.requireNonNull(runtimeImage, "runtimeImage");
    Objects.requireNonNull(jar, "jar");
    if (jar.isBlank() || jar.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"')) {
      throw new IllegalArgumentException("jar \"" + jar + "\" must be a path pattern without spaces or quotes");
    }
    sourceFolders = List.copyOf(sourceFolders);
    if (sourceFolders.isEmpty()) {
      throw new IllegalArgumentException("sourceFolders must name at least one folder to copy");
    }
    Objects.requireNonNull(javaToolOptions, "javaToolOptions");
    Objects.requireNonNull(options, "options");
    dockerfileOf(buildImage, runtimeImage, mavenWrapper, springBootLayers, jar, sourceFolders, skipTests,
        javaToolOptions, options);
  }

  /** Returns a builder with the defaults: Java 17, Maven 3.9, port 8080, no Spring Boot layers. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Dockerfile dockerfile() {
    return dockerfileOf(buildImage, runtimeImage, mavenWrapper, springBootLayers, jar, sourceFolders, skipTests,
        javaToolOptions, options);
  }

  @Override
  public List<String> dockerignore() {
    return List.of("**/target/");
  }

  @Override
  public int port() {
    return options.port();
  }

  private static Dockerfile dockerfileOf(ImageRef buildImage, ImageRef runtimeImage, boolean mavenWrapper,
      boolean springBootLayers, String jar, List<String> sourceFolders, boolean skipTests, String javaToolOptions,
      RecipeOptions options) {
    String mvn = (mavenWrapper ? "./mvnw" : "mvn") + " -B -ntp";
    RunMount m2 = RunMount.cache("/root/.m2");
    Stage.Builder build = Stage.builder("build").platform("$BUILDPLATFORM").from(buildImage)
        .workdir(BUILD_DIR);
    if (mavenWrapper) {
      build.copy(Copy.of("mvnw", "./").withChmod("0755"))
          .copy(".mvn/", ".mvn/");
    }
    build.copy("pom.xml", "./")
        .run(mvn + " dependency:go-offline", m2);
    for (String source : sourceFolders) {
      build.copy(source, "./" + source);
    }
    build.run(mvn + (skipTests ? " -DskipTests" : "") + " package", m2);
    build.run(selectJar(jar));
    if (springBootLayers) {
      build.run("java -Djarmode=tools -jar app.jar extract --layers --destination extracted");
    }

    Stage.Builder runtime = Stage.builder("runtime").from(runtimeImage);
    if (!javaToolOptions.isEmpty()) {
      runtime.env("JAVA_TOOL_OPTIONS", javaToolOptions);
    }
    runtime.workdir(APP_DIR);
    if (springBootLayers) {
      for (String layer : SPRING_BOOT_LAYERS) {
        runtime.copy(Copy.fromStage("build", BUILD_DIR + "/extracted/" + layer + "/", "./")
            .withChown(options.owner()));
      }
    } else {
      runtime.copy(Copy.fromStage("build", BUILD_DIR + "/app.jar", "./app.jar").withChown(options.owner()));
    }
    // A JRE image has neither curl nor a way to run a Java source file, so there is no healthcheck of its own.
    Parts.finish(runtime, options, null, Entrypoint.of("java", "-jar", "app.jar"));
    return Dockerfile.of(build.build(), runtime.build());
  }

  /**
   * Returns the shell command that copies the one application jar matching {@code pattern} to {@code app.jar}.
   * Jars that are not the application are left out: the shade plugin's {@code original-*.jar} and the
   * {@code -sources}, {@code -javadoc}, {@code -tests} and {@code -plain} attachments. The build fails with a
   * message naming what it found when the pattern matches none or several.
   */
  static String selectJar(String pattern) {
    return "set -- $(ls -1 " + pattern + " 2>/dev/null | grep -v -E '" + NOT_THE_APPLICATION + "')"
        + " && if [ \"$#\" -ne 1 ]; then echo \"expected one application jar matching " + pattern
        + ", found: $*\" >&2; exit 1; fi"
        + " && cp \"$1\" app.jar";
  }

  /** Mutable builder of {@link JavaMavenRecipe}; not thread-safe. */
  public static final class Builder extends RecipeBuilder<Builder, JavaMavenRecipe> {
    private String java = "17";
    private String maven = "3.9";
    private String buildImage;
    private String runtimeImage;
    private boolean mavenWrapper;
    private boolean springBootLayers;
    private String jar = "target/*.jar";
    private final List<String> sourceFolders = new ArrayList<>(List.of("src"));
    private boolean skipTests = true;
    private String javaToolOptions = "-XX:MaxRAMPercentage=75.0";

    Builder() {
      super(DEFAULT_ID, DEFAULT_ID, 8080);
    }

    /** Sets the Java feature release, such as {@code 21}; it picks both images unless they are set. */
    public Builder java(String release) {
      this.java = release;
      return this;
    }

    /** Sets the Maven version of the default build image, such as {@code 3.9}. */
    public Builder maven(String version) {
      this.maven = version;
      return this;
    }

    /** Sets the build image; null for {@code maven:<maven>-eclipse-temurin-<java>} ({@code -jdk} with the wrapper). */
    public Builder buildImage(String image) {
      this.buildImage = image;
      return this;
    }

    /** Sets the final image, a JRE; null for {@code eclipse-temurin:<java>-jre}. */
    public Builder runtimeImage(String image) {
      this.runtimeImage = image;
      return this;
    }

    /** Builds with the project's Maven wrapper ({@code mvnw}, {@code .mvn/}) on a JDK image. */
    public Builder mavenWrapper(boolean use) {
      this.mavenWrapper = use;
      return this;
    }

    /** Extracts a Spring Boot 3.3+ jar into its layers so that code changes rebuild only the last one. */
    public Builder springBootLayers(boolean use) {
      this.springBootLayers = use;
      return this;
    }

    /** Sets the path pattern of the packaged jar, which must match exactly one file. */
    public Builder jar(String pattern) {
      this.jar = pattern;
      return this;
    }

    /** Replaces the source folders copied after dependency resolution (default {@code src}). */
    public Builder sourceFolders(List<String> folders) {
      this.sourceFolders.clear();
      this.sourceFolders.addAll(folders);
      return this;
    }

    /** Adds a source folder copied after dependency resolution, such as a module folder. */
    public Builder sourceFolder(String folder) {
      this.sourceFolders.add(Objects.requireNonNull(folder, "sourceFolder"));
      return this;
    }

    /** Runs the tests during the image build when false (default true: skip them). */
    public Builder skipTests(boolean skip) {
      this.skipTests = skip;
      return this;
    }

    /** Sets the JVM options of the container; empty for none. */
    public Builder javaToolOptions(String value) {
      this.javaToolOptions = value;
      return this;
    }

    @Override
    public JavaMavenRecipe build() {
      Parts.version(java, "java");
      Parts.version(maven, "maven");
      String defaultBuild = mavenWrapper
          ? "eclipse-temurin:" + java + "-jdk"
          : "maven:" + maven + "-eclipse-temurin-" + java;
      return new JavaMavenRecipe(java, maven, Parts.image(buildImage, defaultBuild),
          Parts.image(runtimeImage, "eclipse-temurin:" + java + "-jre"), mavenWrapper, springBootLayers, jar,
          sourceFolders, skipTests, javaToolOptions, options());
    }
  }
}
