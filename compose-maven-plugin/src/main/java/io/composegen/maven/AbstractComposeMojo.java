package io.composegen.maven;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.JacksonYamlLoader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.project.StackSources;
import io.composegen.generator.render.RenderException;
import io.composegen.generator.validate.ValidationException;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import io.composegen.generator.validate.Severity;
import io.composegen.generator.validate.Validator;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/** What every composegen goal shares: skipping, where the model comes from, and how failures are reported. */
abstract class AbstractComposeMojo extends AbstractMojo {

  /** The project the goal runs in. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /**
   * Skips every composegen goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The folder the compose files are written to and read from; build contexts are relative to it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.directory", defaultValue = "${project.basedir}")
  protected File directory;

  /**
   * The stack descriptor: a YAML file with services, presets, recipes and layers (see the descriptor reference).
   * Read when it exists; a file named here that does not exist fails the build.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.descriptor", defaultValue = "${project.basedir}/src/main/compose/stack.yaml")
  protected File descriptor;

  /**
   * Whether to infer services from the pom. Without a descriptor or services in the configuration: whether to add
   * backing services (PostgreSQL, Redis, ...) for the client libraries the project depends on. With either: whether
   * to add the project's own service and those backing services at all (only under names the descriptor does not
   * use; the configuration's services are merged onto them).
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.infer", defaultValue = "true")
  protected boolean infer;

  /**
   * The port the application listens on, published on the same port of the host.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.port", defaultValue = "8080")
  protected int port;

  /**
   * Renders for the legacy {@code docker-compose} 1.x, which rejects the top-level {@code name:}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.legacy", defaultValue = "false")
  protected boolean legacy;

  /**
   * A folder of FreeMarker templates that replace the built-in ones of the same name.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.templates")
  protected File templates;

  /**
   * Problems the project accepts on purpose, each for one service (or {@code *}) and rule code, with a reason.
   * Acknowledged problems are listed as such and do not fail the build.
   *
   * @since 0.1.0
   */
  @Parameter
  protected List<Acknowledgement> acknowledgements = new ArrayList<>();

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.failOn", defaultValue = "error")
  protected String failOn;

  /**
   * The fixed time of a reproducible build, Maven's {@code project.build.outputTimestamp} (an ISO-8601 date-time
   * such as {@code 2026-01-15T10:00:00Z}, or seconds since 1970). When set, images built from generated Dockerfiles
   * carry it as {@code org.opencontainers.image.created}; unset, they carry no creation time, so every build of the
   * same sources gives the same image.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  protected String outputTimestamp;

  /**
   * Whether to generate {@code README.Docker.md} beside the compose files: the services, the commands that run each
   * environment, the variables to set, and a diagram of each environment. {@code compose:check} then checks it too.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.readme", defaultValue = "true")
  protected boolean readme;

  /**
   * The longest compose file {@code compose:validate -Dcompose.files=...} and {@code compose:import} read, in
   * characters; a longer file is refused (CG700) before it is parsed, so that a huge or hostile file costs nothing.
   * The default, 3,145,728 (3 MiB), is far above any hand-written file; raise it for generated stacks of thousands of
   * services.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.maxFileSize", defaultValue = "3145728")
  protected int maxFileSize;

  /** Returns the reader's limits for compose files read from disk, with {@link #maxFileSize}. */
  protected JacksonYamlLoader.Limits readerLimits() throws MojoFailureException {
    if (maxFileSize < 1) {
      throw new MojoFailureException("composegen: <maxFileSize> (compose.maxFileSize) is " + maxFileSize
          + "; give the longest compose file to read in characters, e.g. 3145728");
    }
    return JacksonYamlLoader.Limits.forFileSize(maxFileSize);
  }

  /**
   * Services to add to the stack, or to merge onto services of the same name from zero configuration and the
   * descriptor by Compose's merge rules: {@code <service>} elements with a {@code <name>} and any attribute of a
   * descriptor service ({@code <image>}, {@code <recipe>}, {@code <preset>}, {@code <ports><port>8025:8025</port>
   * </ports>}, {@code <environment><KEY>value</KEY></environment>} ...). See docs/plugin.md.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration services;

  /**
   * Ready-made services to add, each as {@code name:tag} ({@code <preset>redis:7.0</preset>}), named as the preset
   * names its service ({@code db} for postgres, mysql and mariadb; the preset's name otherwise).
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration presets;

  /**
   * Environment layers: {@code <layer>} elements with a {@code <name>}, {@code <file>}, {@code <production>},
   * {@code <services>} (fragments, {@code *} for every service) and top-level resources; merged into the layer of
   * the same name from zero configuration and the descriptor, or added.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration layers;

  /**
   * Top-level networks to add or merge, by name: {@code <networks><backend><internal>true</internal></backend>}.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration networks;

  /**
   * Top-level volumes to add or merge, by name: {@code <volumes><mail-data/></volumes>}.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration volumes;

  /**
   * Top-level secrets to add or merge, by name: {@code <secrets><api-key><file>./secrets/api-key.txt</file>}.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration secrets;

  /**
   * Top-level configs to add or merge, by name: {@code <configs><nginx><file>./nginx.conf</file></nginx>}.
   *
   * @since 0.1.0
   */
  @Parameter
  protected PlexusConfiguration configs;

  /** The lines {@link #stack()} logged while it assembled the stack, in order. */
  private final List<String> notes = new ArrayList<>();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("composegen: skipped (compose.skip=true)");
      return;
    }
    try {
      if (!upToDate()) {
        run(stack());
      }
    } catch (ValidationException e) {
      getLog().error(e.getMessage());
      throw new MojoFailureException("composegen: the stack is not valid; fix the problems listed above", e);
    } catch (FileConflictException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("composegen: " + e.getMessage(), e);
    } catch (RenderException e) {
      throw new MojoExecutionException("composegen: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the stack this goal works on; by default the project's: what zero-config inference makes of the pom,
   * with the stack descriptor laid over it when there is one, and the plugin configuration's services, presets,
   * resources and layers merged onto that.
   */
  protected Stack stack() throws MojoExecutionException, MojoFailureException {
    PomConfiguration configured = pomConfiguration();
    Stack described = described();
    if (described == null && configured.isEmpty()) {
      return MavenStacks.stackOf(project, infer, port);
    }
    Stack stack;
    if (described == null) {
      stack = infer ? MavenStacks.stackOf(project, true, port) : Stack.builder(null).build();
    } else {
      note("composegen: stack descriptor " + shown(descriptor) + ": " + summary(described));
      stack = infer ? overInferred(described) : described;
    }
    return configured.isEmpty() ? stack : configured.applyTo(stack, getLog(), this::note);
  }

  /** Returns the part of the model written in the plugin's configuration. */
  protected PomConfiguration pomConfiguration() {
    return new PomConfiguration(services, presets, layers, networks, volumes, secrets, configs);
  }

  /**
   * Returns true when the goal found, before building the stack, that there is nothing to do, and has logged so;
   * false by default.
   */
  protected boolean upToDate() throws MojoExecutionException, MojoFailureException {
    return false;
  }

  /** Logs {@code line} as part of what {@link #stack()} tells of the stack it assembles, and keeps it. */
  protected void note(CharSequence line) {
    getLog().info(line);
    notes.add(line.toString());
  }

  /** Returns the lines {@link #stack()} logged so far, in order. */
  protected List<String> notes() {
    return List.copyOf(notes);
  }

  private Stack overInferred(Stack described) {
    Stack inferred = MavenStacks.stackOf(project, true, port);
    List<String> kept = StackSources.keptFromInference(inferred, described);
    if (!kept.isEmpty()) {
      note("composegen: inferred from the pom: " + String.join(", ", kept));
    }
    return StackSources.overlay(inferred, described);
  }

  /** Returns the descriptor's stack, or null when there is no descriptor; fails listing every problem in it. */
  private Stack described() throws MojoFailureException {
    if (descriptor == null) {
      return null;
    }
    if (!descriptor.exists()) {
      File conventional = new File(project.getBasedir(), DescriptorReader.DEFAULT_PATH);
      if (descriptor.getAbsoluteFile().toPath().normalize()
          .equals(conventional.getAbsoluteFile().toPath().normalize())) {
        return null;
      }
      throw new MojoFailureException("composegen: the stack descriptor " + shown(descriptor) + " does not exist; "
          + "fix <descriptor> (compose.descriptor), or remove it to use " + DescriptorReader.DEFAULT_PATH);
    }
    ReadResult<Stack> read = DescriptorReader.create().read(descriptor.toPath(), shown(descriptor));
    if (!read.isClean()) {
      read.problems().forEach(problem -> getLog().error(problem.toString()));
      int count = read.problems().size();
      throw new MojoFailureException("composegen: " + count + (count == 1 ? " problem" : " problems")
          + " in the stack descriptor " + shown(descriptor) + "; fix them and run again");
    }
    return read.value();
  }

  /** Returns {@code file} relative to the project folder when it lies inside, for messages. */
  protected String shown(File file) {
    java.nio.file.Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    java.nio.file.Path path = file.toPath().toAbsolutePath().normalize();
    return (path.startsWith(base) ? base.relativize(path) : path).toString().replace(File.separatorChar, '/');
  }

  /** Returns what a stack holds, in a few words: {@code services web, worker; layers dev, prod}. */
  protected static String summary(Stack stack) {
    String services = stack.services().isEmpty() ? "no services"
        : "services " + String.join(", ", stack.services().keySet());
    return stack.layers().isEmpty() ? services : services + "; layers " + String.join(", ", stack.layers().keySet());
  }

  /** Runs the goal on the project's stack. */
  protected abstract void run(Stack stack) throws MojoExecutionException, MojoFailureException;

  /** Returns the validator configured by this goal's parameters. */
  protected Validator validator() {
    Validator.Builder builder = Validator.builder();
    for (int i = 0; i < acknowledgements.size(); i++) {
      Acknowledgement a = acknowledgements.get(i);
      if (a.getCode() == null || a.getReason() == null || a.getReason().isBlank()) {
        throw new IllegalArgumentException("<acknowledgements><acknowledgement> number " + (i + 1)
            + " needs a <code> (e.g. CG203) and a <reason> that says why the problem is accepted");
      }
      builder.acknowledge(a.getService() == null ? "*" : a.getService(), a.getCode(), a.getReason());
    }
    Severity threshold;
    try {
      threshold = Severity.ofLabel(failOn);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("<failOn> (compose.failOn) is \"" + failOn + "\"; use error, warning or info");
    }
    return builder.failOn(threshold).build();
  }

  /** Returns the generator configured by this goal's parameters. */
  protected ComposeGenerator generator(boolean force) {
    return generatorBuilder(force).build();
  }

  /** Returns a builder of the generator configured by this goal's parameters, for a goal to add its own. */
  protected ComposeGenerator.Builder generatorBuilder(boolean force) {
    ComposeGenerator.Builder builder = ComposeGenerator.builder().legacy(legacy).force(force).readme(readme)
        .validator(validator()).imageCreated(OutputTimestamp.parse(outputTimestamp));
    if (templates != null) {
      builder.templates(templates.toPath());
    }
    return builder;
  }

  /** Returns how a file's line in the log names what a goal did with it. */
  protected static String label(WriteStatus status) {
    return switch (status) {
      case CREATED -> "created";
      case WRITTEN -> "written";
      case UNCHANGED -> "unchanged";
      case BACKED_UP -> "backup";
      case UP_TO_DATE -> "up to date";
    };
  }

  /** Returns {@code file} relative to the output folder, for log lines. */
  protected String relative(java.nio.file.Path file) {
    java.nio.file.Path base = directory.toPath().toAbsolutePath().normalize();
    java.nio.file.Path path = file.toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
  }
}
