package io.composegen.benchmarks;

import io.composegen.generator.ComposeGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the files of a synthetic stack into a folder, as a command:
 * {@code java -cp ... io.composegen.benchmarks.RenderStack 1000 target/stack-1000}; prints the compose files,
 * base first, one a line, for {@code -f} arguments. Also writes the secret file the stack reads.
 */
public final class RenderStack {

  private RenderStack() {}

  /** Runs the command; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RenderStack <services> <folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[1]);
    Files.createDirectories(folder.resolve("secrets"));
    Files.writeString(folder.resolve("secrets/db_password.txt"), "not-a-real-password\n", StandardCharsets.UTF_8);
    for (Map.Entry<String, String> file : ComposeGenerator.create().render(SyntheticStacks.of(Integer.parseInt(args[0])))
        .entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      if (file.getKey().endsWith(".yaml")) {
        System.out.println(folder.resolve(file.getKey()));
      }
    }
  }
}
