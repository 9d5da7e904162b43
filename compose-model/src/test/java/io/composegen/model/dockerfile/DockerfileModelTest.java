package io.composegen.model.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileModelTest {

  @Test
  void buildsStagesInDeclarationOrder() {
    Dockerfile dockerfile = Dockerfile.builder()
        .stage(Stage.builder("build").from("maven:3.9-eclipse-temurin-17").workdir("/src").copy("pom.xml", "./"))
        .stage(Stage.builder("test").fromStage("build").run("mvn verify"))
        .stage(Stage.builder("runtime").from("eclipse-temurin:17-jre").user(10001, 10001))
        .build();

    assertThat(dockerfile.stages()).extracting(Stage::name).containsExactly("build", "test", "runtime");
    assertThat(dockerfile.finalStage().name()).isEqualTo("runtime");
    assertThat(dockerfile.stage("test").orElseThrow().base()).isEqualTo("build");
    assertThat(dockerfile.stage("build").orElseThrow().instructions())
        .containsExactly(new Workdir("/src"), Copy.of("pom.xml", "./"));
  }

  @Test
  void rejectsInvalidStageNames() {
    assertThatThrownBy(() -> Stage.builder("Build").from("alpine:3.20").build())
        .hasMessage("stage.name \"Build\" must start with a lowercase letter and contain only lowercase letters, "
            + "digits, '-', '_' and '.'");
    assertThatThrownBy(() -> Stage.builder("1st").from("alpine:3.20").build())
        .hasMessageStartingWith("stage.name \"1st\" must start with a lowercase letter");
  }

  @Test
  void aStageNeedsABase() {
    assertThatThrownBy(() -> Stage.builder("runtime").build())
        .hasMessage("stage \"runtime\" needs exactly one base: an image or a previous stage");
  }

  @Test
  void rejectsDuplicateStageNames() {
    Stage a = Stage.builder("build").from("alpine:3.20").build();

    assertThatThrownBy(() -> Dockerfile.of(a, a))
        .hasMessage("stages[1] \"build\": the name is already used by stages[0]; stage names must be unique");
  }

  @Test
  void aStageBuildsOnlyOnAnEarlierStage() {
    Stage runtime = Stage.builder("runtime").fromStage("build").build();
    Stage build = Stage.builder("build").from("alpine:3.20").build();

    assertThatThrownBy(() -> Dockerfile.of(runtime, build))
        .hasMessage("stages[0] \"runtime\": builds on stage \"build\", which is not declared before it");
    assertThatThrownBy(() -> Dockerfile.of(Stage.builder("self").fromStage("self").build()))
        .hasMessage("stages[0] \"self\": builds on stage \"self\", which is not declared before it");
  }

  @Test
  void rejectsAnImageThatDockerWouldReadAsAnEarlierStage() {
    Stage build = Stage.builder("build").from("alpine:3.20").build();
    Stage runtime = Stage.builder("runtime").from("build").build();

    assertThatThrownBy(() -> Dockerfile.of(build, runtime))
        .hasMessage("stages[1] \"runtime\": image \"build\" has the name of stage \"build\", which Docker would use "
            + "instead; build on the stage with fromStage(\"build\") or give the image a tag");
  }

  @Test
  void needsAtLeastOneStage() {
    assertThatThrownBy(() -> new Dockerfile(List.of())).hasMessage("stages must hold at least one stage");
  }

  @Test
  void editingAStageThroughItsBuilderLeavesTheOriginalUnchanged() {
    Stage original = Stage.builder("runtime").from("alpine:3.20").user(1, 1).build();

    Stage edited = original.toBuilder().platform("linux/arm64").cmd("sh").build();

    assertThat(original.instructions()).hasSize(1);
    assertThat(edited.instructions()).hasSize(2);
    assertThat(edited.platform()).isEqualTo("linux/arm64");
    assertThat(edited.instructionsOf(Cmd.class)).containsExactly(Cmd.of("sh"));
  }

  @Test
  void imageLabelJoinsTheFinalStagesFirstLabelOrGoesBeforeTheEntrypoint() {
    Stage build = Stage.builder("build").from("node:22-slim").run("npm ci").build();
    Dockerfile unlabelled = Dockerfile.of(build,
        Stage.builder("runtime").from("node:22-slim").user(10001, 10001).entrypoint("node").cmd("main.js").build());

    List<Instruction> added = unlabelled.withImageLabel("org.opencontainers.image.created", "2026-01-15T10:00:00Z")
        .finalStage().instructions();
    assertThat(added).extracting(Instruction::keyword).containsExactly("USER", "LABEL", "ENTRYPOINT", "CMD");
    assertThat(unlabelled.withImageLabel("k", "v").stages().get(0)).isEqualTo(build);

    Dockerfile labelled = Dockerfile.of(Stage.builder("runtime").from("node:22-slim").label("a", "1")
        .label("b", "2").build());
    assertThat(labelled.withImageLabel("c", "3").finalStage().instructionsOf(Label.class)).extracting(Label::labels)
        .containsExactly(java.util.Map.of("a", "1", "c", "3"), java.util.Map.of("b", "2"));
    assertThat(labelled.withImageLabel("b", "other")).isSameAs(labelled);
  }
}
