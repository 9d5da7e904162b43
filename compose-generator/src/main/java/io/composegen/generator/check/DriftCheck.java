package io.composegen.generator.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares the files generation would write with the files on disk, for CI: drift means someone edited a
 * generated file or changed the model without regenerating.
 */
public final class DriftCheck {

  /** Names of generated files that can be left behind when the model changes: compose files and the README. */
  private static final Pattern COMPOSE_FILE = Pattern.compile("(docker-)?compose[.\\w-]*\\.ya?ml|README\\.Docker\\.md");

  private DriftCheck() {}

  /**
   * Returns one entry per expected file (in the given order), then one per stale generated compose file (or
   * {@code README.Docker.md}) in {@code directory} that generation no longer writes.
   *
   * @param expected file names relative to {@code directory} and their expected content
   */
  public static List<Drift> check(Map<String, String> expected, Path directory) {
    List<Drift> out = new ArrayList<>();
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      Path file = directory.resolve(entry.getKey());
      if (!Files.isRegularFile(file)) {
        out.add(new Drift(file, Drift.Status.MISSING, diff(entry.getKey(), "", entry.getValue())));
        continue;
      }
      String actual = read(file);
      if (actual.equals(entry.getValue())) {
        out.add(new Drift(file, Drift.Status.UP_TO_DATE, ""));
      } else {
        out.add(new Drift(file, Drift.Status.DIFFERENT, diff(entry.getKey(), actual, entry.getValue())));
      }
    }
    for (Path stale : staleFiles(expected.keySet(), directory)) {
      out.add(new Drift(stale, Drift.Status.STALE, diff(stale.getFileName().toString(), read(stale), "")));
    }
    return out;
  }

  private static Set<Path> staleFiles(Set<String> expected, Path directory) {
    Set<Path> out = new TreeSet<>();
    if (!Files.isDirectory(directory)) {
      return out;
    }
    try (Stream<Path> files = Files.list(directory)) {
      files.filter(Files::isRegularFile)
          .filter(f -> COMPOSE_FILE.matcher(f.getFileName().toString()).matches())
          .filter(f -> !expected.contains(f.getFileName().toString()))
          .filter(f -> GeneratedMark.inspect(read(f)) != MarkStatus.NOT_GENERATED)
          .forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    return out;
  }

  /** Returns a unified diff from {@code actual} to {@code expected}, with three lines of context. */
  public static String diff(String name, String actual, String expected) {
    List<String> from = lines(actual);
    List<String> to = lines(expected);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, from, patch, 3);
    return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(text.split("\n", -1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
