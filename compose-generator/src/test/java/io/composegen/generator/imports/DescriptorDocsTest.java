package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads every YAML example of docs/descriptor.md, and generates the files of the first one, as the page says. */
class DescriptorDocsTest {

  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  private static List<String> examples() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    String page = Files.readString(root.resolve("docs/descriptor.md"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    Matcher m = YAML_BLOCK.matcher(page);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyExampleReadsWithoutProblems() throws IOException {
    List<String> examples = examples();

    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (String example : examples) {
      if (example.contains("<name>:")) {
        continue; // the outline of a layer, with placeholders
      }
      String text = example.startsWith("services:") || example.startsWith("name:") ? example
          : "services:\n  web: {image: nginx}\n" + example;
      assertThat(DescriptorReader.create().read(text, "stack.yaml").problems()).as(text).isEmpty();
    }
  }

  @Test
  void theFirstExampleGeneratesTheFilesThePageNames(@TempDir Path dir) throws IOException {
    ReadResult<Stack> read = DescriptorReader.create().read(examples().get(0), "stack.yaml");
    assertThat(read.problems()).isEmpty();

    ComposeGenerator.create().generate(read.value(), dir);

    assertThat(dir.resolve("docker-compose.yml")).exists();
    assertThat(dir.resolve("docker-compose-development.yml")).exists();
    assertThat(dir.resolve("compose.prod.yaml")).exists();
    assertThat(dir.resolve("app/Dockerfile")).exists();
    assertThat(dir.resolve("app/.dockerignore")).exists();
  }
}
