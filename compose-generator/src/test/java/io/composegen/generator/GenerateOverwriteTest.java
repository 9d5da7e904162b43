package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.WriteReport;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ComposeGenerator#generate} never overwrites a hand-edited file unless forced, and then keeps a backup. */
class GenerateOverwriteTest {

  @TempDir
  Path dir;

  private static Stack stack(String tag) {
    return Stack.builder("app")
        .service(Service.builder("web").image("nginx:" + tag).port("8080:80"))
        .layer(Layer.prod().service("web", w -> w.env("TAG", tag)))
        .build();
  }

  /** Generates the stack, then edits its compose.yaml by hand; returns the edited content. */
  private String generateThenEditBase() throws IOException {
    ComposeGenerator.create().generate(stack("1.27"), dir);
    String edited = Files.readString(dir.resolve("compose.yaml")).replace("8080:80", "9090:80");
    Files.writeString(dir.resolve("compose.yaml"), edited);
    return edited;
  }

  @Test
  void refusesToOverwriteAHandEditedFileAndWritesNothing() throws IOException {
    String edited = generateThenEditBase();
    String prod = Files.readString(dir.resolve("compose.prod.yaml"));

    assertThatThrownBy(() -> ComposeGenerator.create().generate(stack("1.28"), dir))
        .isInstanceOf(FileConflictException.class)
        .hasMessage("composegen wrote no file because 1 file is in the way:\n  " + dir.resolve("compose.yaml")
            + ": was edited since composegen generated it (its content no longer matches the checksum of its "
            + "composegen mark)\nre-run with -Dcompose.force=true to overwrite (keeping the old content in "
            + "<file>.bak), or move your changes into the model");

    assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(edited);
    assertThat(Files.readString(dir.resolve("compose.prod.yaml"))).isEqualTo(prod);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("compose.yaml", "compose.prod.yaml", "README.Docker.md");
    }
  }

  @Test
  void forceOverwritesAHandEditedFileAndKeepsTheEditedContentInABackup() throws IOException {
    String edited = generateThenEditBase();

    WriteReport report = ComposeGenerator.builder().force(true).build().generate(stack("1.28"), dir);

    assertThat(report.entries()).extracting(e -> dir.relativize(e.path()).toString(), WriteReport.Entry::status)
        .containsExactly(
            tuple("README.Docker.md", WriteStatus.WRITTEN),
            tuple("compose.prod.yaml", WriteStatus.WRITTEN),
            tuple("compose.yaml", WriteStatus.WRITTEN),
            tuple("compose.yaml.bak", WriteStatus.BACKED_UP));
    assertThat(Files.readString(dir.resolve("compose.yaml.bak"))).isEqualTo(edited);
    assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(
        ComposeGenerator.create().render(stack("1.28")).get("compose.yaml"));
  }
}
