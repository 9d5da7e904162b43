package io.composegen.benchmarks;

import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.model.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads compose files (base first, then the layers) and validates every environment, as a command:
 * {@code java -cp ... io.composegen.benchmarks.ValidateFiles [--repeat N] compose.yaml compose.prod.yaml ...}.
 *
 * <p>Once, it is the cold process {@code bench/compare.sh} times against {@code docker-compose config}. With
 * {@code --repeat N} it reads and validates N times in this JVM and prints each time and the median of the last
 * half, the warm figure. Exits with 1 when a file cannot be read or validation fails.
 */
public final class ValidateFiles {

  private ValidateFiles() {}

  /** Runs the command; see the class comment. */
  public static void main(String[] args) {
    int repeat = 1;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty() || repeat < 1) {
      System.err.println("usage: ValidateFiles [--repeat N] compose.yaml [layer files ...]");
      System.exit(2);
    }
    Validator validator = Validator.create();
    long[] nanos = new long[repeat];
    ValidationReport report = null;
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      ReadResult<Stack> read = ComposeFileSet.read(files);
      if (!read.problems().isEmpty()) {
        read.problems().forEach(System.err::println);
        System.exit(1);
      }
      report = validator.validate(read.value());
      nanos[i] = System.nanoTime() - start;
      if (repeat > 1) {
        System.out.printf(Locale.ROOT, "run %d: %.1f ms%n", i + 1, nanos[i] / 1e6);
      }
    }
    System.out.println(report.summary());
    if (repeat > 1) {
      long[] warm = Arrays.copyOfRange(nanos, repeat / 2, repeat);
      Arrays.sort(warm);
      System.out.printf(Locale.ROOT, "warm median: %.1f ms%n", warm[warm.length / 2] / 1e6);
    }
    System.exit(report.failed() ? 1 : 0);
  }
}
