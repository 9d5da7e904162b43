package io.composegen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parses every diagram composegen draws, alone and inside README.Docker.md, with Mermaid's own parser (mermaid
 * 11.17.2 in a jsdom window, run by node), the oracle no one here wrote.
 *
 * <p>The parser lives in {@code compose-generator/target/mermaid-oracle}, ignored by git; {@code .ci/run} installs it
 * there with {@code npm install --prefix compose-generator/target/mermaid-oracle mermaid@11.17.2 jsdom@24.1.3}.
 * Without node or the packages this test is skipped with a message.
 */
class MermaidOracleTest {

  private static final Pattern MERMAID_BLOCK = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL);

  @Test
  void mermaidParsesEveryDiagramAndEveryReadmeBlock(@TempDir Path dir) throws Exception {
    Path script = oracle();

    List<String> files = new ArrayList<>();
    List<Stack> stacks = DiagramsTest.stacks().toList();
    for (int i = 0; i < stacks.size(); i++) {
      Stack stack = stacks.get(i);
      for (String env : stack.environments()) {
        Path file = dir.resolve("stack" + i + "-" + env + ".mmd");
        Files.writeString(file, ComposeGenerator.create().graph(stack, env, GraphFormat.MERMAID));
        files.add(file.toString());
      }
      Matcher block = MERMAID_BLOCK.matcher(ComposeGenerator.create().render(stack).get(ReadmeRenderer.FILE_NAME));
      for (int b = 0; block.find(); b++) {
        Path file = dir.resolve("stack" + i + "-readme" + b + ".mmd");
        Files.writeString(file, block.group(1));
        files.add(file.toString());
      }
    }

    List<String> output = parse(script, files);

    assertThat(output.stream().filter(l -> !l.startsWith("ok flowchart")).toList())
        .as("what mermaid says about the diagrams").isEmpty();
    assertThat(output).hasSize(files.size());
  }

  @Test
  void theReadmeDrawsAsManyEdgesAsMermaidDrawsAndLeavesOutMore(@TempDir Path dir) throws Exception {
    Path script = oracle();
    Path drawn = dir.resolve("drawn-readme.mmd");
    Matcher block = MERMAID_BLOCK.matcher(
        ComposeGenerator.create().render(DiagramsTest.fanIn(500)).get(ReadmeRenderer.FILE_NAME));
    assertThat(block.find()).isTrue();
    Files.writeString(drawn, block.group(1));
    Path tooMany = dir.resolve("too-many.mmd");
    Stack stack = DiagramsTest.fanIn(501);
    Files.writeString(tooMany, ComposeGenerator.create().graph(stack, Stack.BASE, GraphFormat.MERMAID));

    List<String> output = parse(script, List.of(drawn.toString(), tooMany.toString()));

    assertThat(output.get(0)).startsWith("ok flowchart");
    assertThat(output.get(1)).startsWith("error ").contains("Edge limit exceeded");
    assertThat(MERMAID_BLOCK.matcher(ComposeGenerator.create().render(stack).get(ReadmeRenderer.FILE_NAME)).find())
        .isFalse();
  }

  /** Returns the oracle's script, or skips the test when node, mermaid or jsdom is missing. */
  private static Path oracle() throws IOException {
    Path prefix = oraclePrefix();
    Assumptions.assumeTrue(Files.isRegularFile(prefix.resolve("node_modules/mermaid/package.json"))
        && Files.isRegularFile(prefix.resolve("node_modules/jsdom/package.json")) && nodeInstalled(),
        "mermaid and jsdom are not installed in " + prefix + " (see .ci/run); skipping the Mermaid oracle");
    Path script = prefix.resolve("parse.mjs");
    try (InputStream in = MermaidOracleTest.class.getResourceAsStream("/mermaid/parse.mjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }

  /** Parses {@code files} with Mermaid; returns its line about each, in order ("ok ..." or "error ..."). */
  private static List<String> parse(Path script, List<String> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(files);
    Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return output.lines().toList();
  }

  /** The folder the oracle is installed in: {@code target/mermaid-oracle} of this module. */
  private static Path oraclePrefix() {
    Path dir = Path.of("").toAbsolutePath();
    Path module = Files.isDirectory(dir.resolve("src/test/java")) ? dir : dir.resolve("compose-generator");
    return module.resolve("target/mermaid-oracle");
  }

  private static boolean nodeInstalled() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
