package io.composegen.maven;

import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.DescriptorWriter;
import io.composegen.generator.imports.Problem;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.generator.write.WriteReport;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    ReadResult<Stack> read = ComposeFileSet.read(paths, project.getBasedir().toPath(), readerLimits());
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
  protected void run(Stack stack) throws MojoFailureException {
    List<String> names = imported.stream().map(p -> p.getFileName().toString()).toList();
    List<String> comment = List.of(
        "Stack descriptor imported by compose:import from " + String.join(", ", names) + ".",
        "compose:generate writes those files from it; edit this file, not them.");
    WriteReport report;
    try {
      report = DescriptorWriter.create().writeFile(stack, descriptor.toPath(), force, comment);
    } catch (FileConflictException inTheWay) {
      throw new MojoFailureException("composegen: " + shown(descriptor) + " exists and holds another stack;"
          + " nothing was written. Re-run with -Dcompose.force=true to replace it (keeping its old content in "
          + descriptor.getName() + ".bak), or import into another file with -Dcompose.descriptor=<file>");
    }
    getLog().info("composegen: imported " + stack.effectiveBaseFileName() + " as the base: "
        + summary(stack.withoutLayers()));
    for (Layer layer : stack.layers().values()) {
      getLog().info("composegen: imported " + layer.effectiveFileName() + " as layer " + layer.name() + ": "
          + (layer.services().isEmpty() ? "no services" : "services " + String.join(", ", layer.services().keySet())));
    }
    for (WriteReport.Entry entry : report.entries()) {
      getLog().info(String.format("  %-9s %s", label(entry.status()), shown(entry.path().toFile())));
    }
    if (!report.paths(WriteStatus.UNCHANGED).isEmpty()) {
      getLog().info("composegen: " + shown(descriptor) + " already held this stack; it was left as it was");
    }
    nextStep();
    if (infer) {
      getLog().info("composegen: compose:generate also adds the project's own service and the services its"
          + " dependencies call for, under names the descriptor does not use; set <infer>false</infer>"
          + " (compose.infer) to generate the imported stack alone");
    }
  }

  /**
   * Says what {@code compose:generate} will do with the imported files: those written by hand or edited after
   * generation are only replaced with {@code compose.force}; files composegen generated are simply rewritten.
   */
  private void nextStep() {
    List<String> byHand = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    for (Path path : imported) {
      String name = path.getFileName().toString();
      MarkStatus status;
      try {
        status = GeneratedMark.inspect(Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException | UncheckedIOException e) {
        status = MarkStatus.NOT_GENERATED;
      }
      (status == MarkStatus.INTACT ? generated : status == MarkStatus.EDITED ? edited : byHand).add(name);
    }
    List<String> reasons = new ArrayList<>();
    if (!byHand.isEmpty()) {
      reasons.add(String.join(", ", byHand) + (byHand.size() == 1 ? " was" : " were")
          + " written by hand (no composegen mark)");
    }
    if (!edited.isEmpty()) {
      reasons.add(String.join(", ", edited) + (edited.size() == 1 ? " was" : " were")
          + " edited after composegen generated " + (edited.size() == 1 ? "it" : "them"));
    }
    if (!reasons.isEmpty()) {
      List<String> refused = new ArrayList<>(byHand);
      refused.addAll(edited);
      String them = refused.size() == 1 ? "it" : "them";
      getLog().info("composegen: " + String.join("; ", reasons) + ", so compose:generate replaces " + them
          + " only when forced: run `mvn compose:generate -Dcompose.force=true` to write "
          + (reasons.size() == 1 ? them : String.join(", ", refused)) + " from the descriptor, keeping the current"
          + " content in .bak files");
    }
    if (!generated.isEmpty()) {
      getLog().info("composegen: run `mvn compose:generate` to write " + String.join(", ", generated)
          + " from the descriptor");
    }
  }
}
