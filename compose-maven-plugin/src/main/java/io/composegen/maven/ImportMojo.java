package io.composegen.maven;

import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.DescriptorWriter;
import io.composegen.generator.imports.Problem;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.write.WriteReport;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Takes over hand-written compose files: reads a base file and the files layered on it into the stack descriptor
 * ({@code src/main/compose/stack.yaml}), keeping their file names, so that {@code compose:generate} writes the same
 * files from then on. Nothing is written when a file has problems; an existing descriptor is replaced only with
 * {@code compose.force}, keeping its old content in {@code stack.yaml.bak}.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractComposeMojo {

  /**
   * The compose files to import, the base first, then the files layered on it, e.g.
   * {@code -Dcompose.files=docker-compose.yml,docker-compose-development.yml}. By default the first of
   * {@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yml} and {@code docker-compose.yaml} in the
   * compose folder, with the layer files of the same stem beside it ({@code docker-compose.override.yml},
   * {@code docker-compose-development.yml}, {@code compose.prod.yaml} ...).
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.files")
  protected List<File> files;

  /**
   * Replaces an existing stack descriptor, keeping its old content in {@code <descriptor>.bak}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "compose.force", defaultValue = "false")
  protected boolean force;

  private List<Path> imported = List.of();

  @Override
  protected Stack stack() throws MojoFailureException {
    List<Path> paths = files == null || files.isEmpty() ? ComposeFileSet.discover(directory.toPath())
        : files.stream().map(File::toPath).toList();
    if (paths.isEmpty()) {
      throw new MojoFailureException("composegen: no compose file to import in " + shown(directory) + "; name the"
          + " files with <files> or -Dcompose.files=docker-compose.yml,docker-compose.prod.yml (the base first)");
    }
    ReadResult<Stack> read = ComposeFileSet.read(paths);
    if (!read.isClean()) {
      for (Problem problem : read.problems()) {
        getLog().error(problem.toString());
      }
      int count = read.problems().size();
      throw new MojoFailureException("composegen: " + count + (count == 1 ? " problem" : " problems")
          + " reading the compose files; nothing was imported. Fix them and run again");
    }
    if (read.value().layers().size() != paths.size() - 1) {
      throw new MojoFailureException("composegen: two of the files " + paths.stream().map(p -> p.getFileName()
          .toString()).toList() + " stand for the same layer; import them one layer at a time");
    }
    imported = paths;
    return read.value();
  }

  @Override
  protected void run(Stack stack) {
    List<String> names = imported.stream().map(p -> p.getFileName().toString()).toList();
    List<String> comment = List.of(
        "Stack descriptor imported by compose:import from " + String.join(", ", names) + ".",
        "compose:generate writes those files from it; edit this file, not them.");
    WriteReport report = DescriptorWriter.create().writeFile(stack, descriptor.toPath(), force, comment);
    getLog().info("composegen: imported " + stack.effectiveBaseFileName() + " as the base: "
        + summary(stack.withoutLayers()));
    for (Layer layer : stack.layers().values()) {
      getLog().info("composegen: imported " + layer.effectiveFileName() + " as layer " + layer.name() + ": "
          + (layer.services().isEmpty() ? "no services" : "services " + String.join(", ", layer.services().keySet())));
    }
    for (WriteReport.Entry entry : report.entries()) {
      getLog().info(String.format("  %-9s %s", label(entry.status()), shown(entry.path().toFile())));
    }
    getLog().info("composegen: run `mvn compose:generate -Dcompose.force=true` to write " + String.join(", ", names)
        + " from the descriptor; their current content is kept in .bak files");
    if (infer) {
      getLog().info("composegen: compose:generate also adds the project's own service and the services its"
          + " dependencies call for, under names the descriptor does not use; set <infer>false</infer>"
          + " (compose.infer) to generate the imported stack alone");
    }
  }

  private static String label(WriteStatus status) {
    return switch (status) {
      case CREATED -> "created";
      case WRITTEN -> "written";
      case UNCHANGED -> "unchanged";
      case BACKED_UP -> "backup";
    };
  }
}
