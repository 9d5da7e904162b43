package io.composegen.maven;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.render.RenderException;
import io.composegen.generator.validate.ValidationException;
import io.composegen.generator.write.FileConflictException;
import io.composegen.model.Stack;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

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
   * Whether to add backing services (PostgreSQL, Redis, ...) for the client libraries the project depends on.
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

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("composegen: skipped (compose.skip=true)");
      return;
    }
    try {
      run(MavenStacks.stackOf(project, infer, port));
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

  /** Runs the goal on the project's stack. */
  protected abstract void run(Stack stack) throws MojoExecutionException, MojoFailureException;

  /** Returns the generator configured by this goal's parameters. */
  protected ComposeGenerator generator(boolean force) {
    ComposeGenerator.Builder builder = ComposeGenerator.builder().legacy(legacy).force(force);
    if (templates != null) {
      builder.templates(templates.toPath());
    }
    return builder.build();
  }

  /** Returns {@code file} relative to the output folder, for log lines. */
  protected String relative(java.nio.file.Path file) {
    java.nio.file.Path base = directory.toPath().toAbsolutePath().normalize();
    java.nio.file.Path path = file.toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
  }
}
