package io.composegen.generator.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each {@link SeedStacks} case and compares every file, byte for byte, with its golden copy in
 * {@code src/test/resources/golden/<case>/}.
 *
 * <p>Updating the golden copies is a deliberate act: with {@code -Dcomposegen.updateGolden=true} the test
 * writes the rendered files (and deletes golden files the case no longer renders) instead of comparing, and
 * prints what it wrote. Review the diff before committing it.
 */
class GoldenFilesTest {

  /** The system property that switches from comparing to writing; surefire passes it through. */
  static final String UPDATE_PROPERTY = "composegen.updateGolden";

  private static final String UPDATE_HINT = "run ./mvnw -B -o -pl compose-generator -am test "
      + "-Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true, "
      + "then review the written files before committing them";

  static Stream<String> cases() {
    return SeedStacks.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersEveryFileExactlyAsItsGoldenCopy(String name) throws IOException {
    Map<String, String> rendered = ComposeGenerator.create().render(SeedStacks.all().get(name));
    Path folder = goldenFolder().resolve(name);

    if (updating()) {
      update(folder, rendered);
      return;
    }

    assertThat(folder).as("golden folder of case %s is missing; %s", name, UPDATE_HINT).isDirectory();
    assertThat(filesIn(folder))
        .as("golden files of case %s in %s differ from the files it renders; %s", name, folder, UPDATE_HINT)
        .containsExactlyElementsOf(new TreeSet<>(rendered.keySet()));
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      Path golden = folder.resolve(file.getKey());
      byte[] expected = Files.readAllBytes(golden);
      byte[] actual = file.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Arrays.equals(expected, actual)) {
        // The text comparison shows a readable diff; the byte check catches what text would hide.
        String expectedText = new String(expected, StandardCharsets.UTF_8);
        assertThat(file.getValue())
            .as("%s/%s differs from its golden copy %s (%s); if the change is intended, %s", name, file.getKey(),
                golden, firstDifference(expectedText, file.getValue()), UPDATE_HINT)
            .isEqualTo(expectedText);
        fail("%s/%s differs from its golden copy %s in its bytes only (encoding?); %s", name, file.getKey(),
            golden, UPDATE_HINT);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheSameBytesTwice(String name) {
    Stack stack = SeedStacks.all().get(name);

    Map<String, String> first = ComposeGenerator.create().render(stack);
    Map<String, String> second = ComposeGenerator.create().render(SeedStacks.all().get(name));

    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((file, text) -> assertThat(second.get(file).getBytes(StandardCharsets.UTF_8))
        .as("%s/%s", name, file).isEqualTo(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheSameAfterValidatingItOrAnotherStack(String name) {
    Stack stack = SeedStacks.all().get(name);
    Map<String, String> fresh = ComposeGenerator.create().render(stack);
    ComposeGenerator generator = ComposeGenerator.create();
    String other = SeedStacks.names().stream().filter(n -> !n.equals(name)).findFirst().orElseThrow();

    // validate then render of one stack shares the run; a render after validating another stack must not
    generator.validate(SeedStacks.all().get(other));
    Map<String, String> afterOther = generator.render(stack);
    generator.validate(stack);
    Map<String, String> afterSame = generator.render(stack);
    generator.validate(stack);
    Map<String, String> otherAfter = generator.render(SeedStacks.all().get(other));

    assertThat(afterOther).as("render of %s after validating %s", name, other).isEqualTo(fresh);
    assertThat(afterSame).as("render of %s after validating it", name).isEqualTo(fresh);
    assertThat(otherAfter).as("render of %s after validating %s", other, name)
        .isEqualTo(ComposeGenerator.create().render(SeedStacks.all().get(other)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void startsEveryFileWithAnIntactGeneratedMark(String name) {
    Map<String, String> rendered = ComposeGenerator.create().render(SeedStacks.all().get(name));

    assertThat(rendered).containsKeys("compose.yaml", "compose.override.yaml", "compose.prod.yaml");
    rendered.forEach((file, text) -> {
      // A Dockerfile's parser directive must stay on line 1; the mark then follows it.
      String marked = text.startsWith("# syntax=") ? text.substring(text.indexOf('\n') + 1) : text;
      // Markdown carries the mark in an HTML comment, since a # line would be a heading.
      String prefix = file.endsWith(".md") ? "<!-- " + GeneratedMark.PREFIX.substring(2) : GeneratedMark.PREFIX;
      assertThat(marked).as("%s/%s", name, file).startsWith(prefix);
      assertThat(GeneratedMark.inspect(text)).as("%s/%s", name, file).isEqualTo(MarkStatus.INTACT);
    });
  }

  /** Describes the first line at which the two texts differ, for a failure message that points at it. */
  static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        return "first difference at line " + (i + 1) + ": golden \"" + w + "\", rendered \"" + g + "\"";
      }
    }
    return "no line differs";
  }

  private static boolean updating() {
    // An unset Maven property reaches the JVM as its literal "${...}" text, which is not "true".
    return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").trim());
  }

  private static void update(Path folder, Map<String, String> rendered) throws IOException {
    System.out.println("[golden] " + UPDATE_PROPERTY + "=true: writing " + folder + " instead of comparing");
    Files.createDirectories(folder);
    for (String stale : filesIn(folder)) {
      if (!rendered.containsKey(stale)) {
        Files.delete(folder.resolve(stale));
        System.out.println("[golden] deleted " + folder.resolve(stale) + " (no longer rendered)");
      }
    }
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      Path target = folder.resolve(file.getKey());
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      boolean same = Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes);
      if (!same) {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
      }
      System.out.println("[golden] " + (same ? "unchanged " : "wrote ") + target);
    }
  }

  /** Returns the files below {@code folder} as '/'-separated relative paths, the form rendered names take. */
  private static TreeSet<String> filesIn(Path folder) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(Files::isRegularFile)
            .forEach(file -> names.add(folder.relativize(file).toString().replace('\\', '/')));
      }
    }
    return names;
  }

  /**
   * The golden folder in the source tree (not on the class path, so updates land where they are committed):
   * below the working directory when that is the module, as under surefire, or below its module otherwise.
   */
  static Path goldenFolder() {
    Path relative = Path.of("src", "test", "resources", "golden");
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate : List.of(dir.resolve(relative), dir.resolve("compose-generator").resolve(relative))) {
      if (Files.isDirectory(candidate.getParent())) {
        return candidate;
      }
    }
    throw new IllegalStateException("no compose-generator/src/test/resources below " + dir);
  }
}
