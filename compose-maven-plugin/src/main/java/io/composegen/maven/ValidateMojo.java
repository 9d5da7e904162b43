package io.composegen.maven;

import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.imports.UnsetVariables;
import io.composegen.generator.validate.ReportFormat;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.write.FileSetWriter;
import io.composegen.model.Stack;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's stack in every environment, or the compose files given, and reports every problem
 * at once: as text in the build log, and optionally as text, JSON or SARIF 2.1.0 in a report file. Compose files
 * given are also checked for variable references that neither the environment nor the {@code .env} beside them
 * sets (CG601).
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractComposeMojo {

  /**
   * Compose files to validate instead of the project's model: the base first, then the files layered on it,
   * e.g. {@code -Dcompose.files=docker-compose.yml,docker-compose-development.yml}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.files")
  protected List<File> files;

  /**
   * The format of the report file: {@code text}, {@code json} or {@code sarif}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.format", defaultValue = "text")
  protected String format;

  /**
   * Where to write the report, e.g. {@code target/composegen.sarif}; none by default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.report")
  protected File report;

  /** The variable references of the files given that neither the environment nor .env sets; empty for a model. */
  private List<io.composegen.generator.validate.Problem> unsetVariables = List.of();

  /** The compose files read, the base first; empty for a model. */
  private List<java.nio.file.Path> filesRead = List.of();

  @Override
  protected Stack stack() throws MojoExecutionException, MojoFailureException {
    if (files == null || files.isEmpty()) {
      return super.stack();
    }
    ReportFormat reportFormat = reportFormat();
    List<java.nio.file.Path> paths = files.stream().map(File::toPath).toList();
    // one parse of each file gives the stack and the places of its variable references
    UnsetVariables.Read checked = UnsetVariables.read(paths, project.getBasedir().toPath(), readerLimits(),
        System.getenv());
    ReadResult<Stack> read = checked.read();
    if (!read.isClean()) {
      // The files cannot be validated: their reading problems are the report, so that CI sees them as it sees
      // the rules' findings (text in the log, and JSON or SARIF with file, line and column in the report file).
      ValidationReport result = read.problemsReport();
      getLog().error(result.toText());
      writeReport(reportFormat, result);
      throw new MojoFailureException("composegen: " + read.problems().size()
          + " problems reading the compose files; fix them and run again");
    }
    unsetVariables = checked.unset();
    filesRead = paths;
    return read.value();
  }

  @Override
  protected void run(Stack stack) throws MojoExecutionException, MojoFailureException {
    ReportFormat reportFormat = reportFormat();
    ValidationReport result = generator(false).validate(stack, unsetVariables);
    if (!filesRead.isEmpty()) {
      // the rules' findings at their lines in the files, as the reading problems are
      result = ComposeFileSet.locate(result, filesRead, project.getBasedir().toPath());
    }
    String text = result.toText();
    if (result.failed()) {
      getLog().error(text);
    } else if (!result.isClean()) {
      getLog().warn(text);
    } else {
      getLog().info("composegen: " + result.summary());
    }
    writeReport(reportFormat, result);
    if (result.failed()) {
      throw new MojoFailureException("composegen: " + result.summary() + "; fix the problems listed above, or "
          + "acknowledge one with a reason in <acknowledgements>");
    }
  }

  private ReportFormat reportFormat() throws MojoFailureException {
    try {
      return ReportFormat.ofName(format);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("composegen: <format> (compose.format) is \"" + format
          + "\"; use text, json or sarif");
    }
  }

  private void writeReport(ReportFormat reportFormat, ValidationReport result) throws MojoExecutionException {
    if (report == null) {
      return;
    }
    try {
      // whole or not at all: a CI step must not upload half a report
      FileSetWriter.writeAtomically(report.toPath(), reportFormat.render(result).getBytes(StandardCharsets.UTF_8));
      getLog().info("composegen: report written to " + report);
    } catch (IOException e) {
      throw new MojoExecutionException("composegen: cannot write the report " + report + ": " + e.getMessage(), e);
    }
  }
}
