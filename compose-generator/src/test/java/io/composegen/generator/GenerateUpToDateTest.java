package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.generator.project.ProjectFacts;
import io.composegen.generator.project.ProjectInference;
import io.composegen.generator.validate.Severity;
import io.composegen.generator.validate.ValidationException;
import io.composegen.generator.validate.Validator;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.WriteReport;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ComposeGenerator#generate} with a state file does nothing while the stack, the options and the files are
 * those of the last run, and the full run otherwise.
 */
class GenerateUpToDateTest {

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir
  Path dir;

  private Path state() {
    return dir.resolve("target/composegen/generate.state");
  }

  private static Stack stack(int port) {
    return ProjectInference.infer(new ProjectFacts("orders", "1.0.0", null, null, "jar", "21", port,
        List.of("org.postgresql:postgresql"), false, true), true);
  }

  private WriteReport generate(Stack stack) {
    return generate(stack, b -> b);
  }

  private WriteReport generate(Stack stack, UnaryOperator<ComposeGenerator.Builder> options) {
    return options.apply(ComposeGenerator.builder().state(state())).build().generate(stack, dir);
  }

  private static List<WriteStatus> statuses(WriteReport report) {
    return report.entries().stream().map(WriteReport.Entry::status).distinct().toList();
  }

  private void ageEveryFile() throws IOException {
    for (String name : ComposeGenerator.create().render(stack(8080)).keySet()) {
      Files.setLastModifiedTime(dir.resolve(name), LONG_AGO);
    }
  }

  @Test
  void reportsEveryFileUpToDateAndTouchesNothingWhenNothingChanged() throws IOException {
    WriteReport first = generate(stack(8080));
    ageEveryFile();

    WriteReport second = generate(stack(8080));

    assertThat(statuses(first)).containsExactly(WriteStatus.CREATED);
    assertThat(second.entries()).extracting(WriteReport.Entry::path)
        .containsExactlyElementsOf(first.entries().stream().map(WriteReport.Entry::path).toList());
    assertThat(statuses(second)).containsExactly(WriteStatus.UP_TO_DATE);
    for (WriteReport.Entry entry : second.entries()) {
      assertThat(Files.getLastModifiedTime(entry.path())).isEqualTo(LONG_AGO);
    }
  }

  @Test
  void rendersAgainWhenTheStackChanged() throws IOException {
    generate(stack(8080));

    WriteReport report = generate(stack(9090));

    assertThat(report.entries()).extracting(e -> dir.relativize(e.path()).toString(), WriteReport.Entry::status)
        .contains(tuple("compose.yaml", WriteStatus.WRITTEN), tuple("Dockerfile", WriteStatus.WRITTEN));
    assertThat(Files.readString(dir.resolve("compose.yaml"))).contains("9090:9090");
    assertThat(statuses(generate(stack(9090)))).containsExactly(WriteStatus.UP_TO_DATE);
  }

  @Test
  void rendersAgainWhenAnOptionChanged() {
    generate(stack(8080));

    assertThat(statuses(generate(stack(8080), b -> b.imageCreated(Instant.parse("2026-01-15T10:00:00Z")))))
        .contains(WriteStatus.WRITTEN);
    assertThat(statuses(generate(stack(8080), b -> b.imageCreated(Instant.parse("2026-01-15T10:00:00Z")))))
        .containsExactly(WriteStatus.UP_TO_DATE);
    assertThat(statuses(generate(stack(8080), b -> b.imageCreated(Instant.parse("2026-01-15T10:00:00Z"))
        .validator(Validator.builder().acknowledge("db", "CG406", "a demo").build()))))
        .containsExactly(WriteStatus.UNCHANGED);
  }

  @Test
  void validatesAgainWhenTheThresholdChanged() {
    generate(stack(8080));

    assertThatThrownBy(() -> generate(stack(8080), b -> b.validator(Validator.builder().failOn(Severity.WARNING)
        .build()))).isInstanceOf(ValidationException.class);
  }

  @Test
  void rewritesAFileDeletedSinceAndLeavesTheOthers() throws IOException {
    generate(stack(8080));
    Files.delete(dir.resolve("Dockerfile"));

    WriteReport report = generate(stack(8080));

    assertThat(report.entries()).extracting(e -> dir.relativize(e.path()).toString(), WriteReport.Entry::status)
        .contains(tuple("Dockerfile", WriteStatus.CREATED), tuple("compose.yaml", WriteStatus.UNCHANGED));
    assertThat(statuses(generate(stack(8080)))).containsExactly(WriteStatus.UP_TO_DATE);
  }

  @Test
  void refusesAFileEditedSinceAsAFullRunDoes() throws IOException {
    generate(stack(8080));
    Path compose = dir.resolve("compose.yaml");
    Files.writeString(compose, Files.readString(compose).replace("8080:8080", "8081:8080"));

    assertThatThrownBy(() -> generate(stack(8080)))
        .isInstanceOf(FileConflictException.class)
        .hasMessageContaining(compose + ": was edited since composegen generated it");
    assertThatThrownBy(() -> generate(stack(8080)))
        .isInstanceOf(FileConflictException.class);
  }

  @Test
  void rendersAgainWhenATemplateOfTheUsersChanged() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    generate(stack(8080), b -> b.templates(templates));
    Files.writeString(templates.resolve("dockerignore.ftl"), "<#list sections as s>${s.title}\n</#list>");

    WriteReport report = generate(stack(8080), b -> b.templates(templates));

    assertThat(report.entries()).extracting(e -> dir.relativize(e.path()).toString(), WriteReport.Entry::status)
        .contains(tuple(".dockerignore", WriteStatus.WRITTEN), tuple("compose.yaml", WriteStatus.UNCHANGED));
  }

  @Test
  void rendersEverythingWithoutTheCheckAndStillRecordsTheState() {
    generate(stack(8080));

    assertThat(statuses(generate(stack(8080), b -> b.upToDateCheck(false)))).containsExactly(WriteStatus.UNCHANGED);
    assertThat(statuses(generate(stack(8080)))).containsExactly(WriteStatus.UP_TO_DATE);
  }

  @Test
  void recordsNothingWithoutAStateFile() {
    ComposeGenerator.create().generate(stack(8080), dir);

    assertThat(statuses(ComposeGenerator.create().generate(stack(8080), dir))).containsExactly(WriteStatus.UNCHANGED);
    assertThat(state()).doesNotExist();
  }
}
