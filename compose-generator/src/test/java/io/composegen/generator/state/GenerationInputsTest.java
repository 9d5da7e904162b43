package io.composegen.generator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationInputsTest {

  private static final String INPUTS = "1".repeat(64);
  private static final String STATE = "a".repeat(64);

  @TempDir
  Path dir;

  @Test
  void readsBackWhatItWrote() throws IOException {
    GenerationInputs inputs = new GenerationInputs(INPUTS, STATE,
        List.of("composegen: stack descriptor stack.yaml: services web", "composegen: pom configuration: layers dev"));
    Path file = dir.resolve("target/composegen/generate.inputs");

    inputs.write(file);

    assertThat(GenerationInputs.read(file)).contains(inputs);
    assertThat(Files.readString(file)).isEqualTo("composegen generate inputs 1\n"
        + "inputs " + INPUTS + "\n"
        + "state " + STATE + "\n"
        + "note composegen: stack descriptor stack.yaml: services web\n"
        + "note composegen: pom configuration: layers dev\n");
  }

  @Test
  void readsNothingFromAMissingDamagedOrForeignFile() throws IOException {
    Path file = dir.resolve("generate.inputs");
    assertThat(GenerationInputs.read(file)).isEmpty();

    for (String text : new String[] {"", "composegen generate inputs 2\ninputs " + INPUTS + "\nstate " + STATE + "\n",
        "composegen generate inputs 1\ninputs " + INPUTS + "\n",
        "composegen generate inputs 1\ninputs abc\nstate " + STATE + "\n",
        "composegen generate inputs 1\ninputs " + INPUTS + "\nstate " + STATE + "\nfile x\n"}) {
      Files.writeString(file, text);
      assertThat(GenerationInputs.read(file)).as(text).isEqualTo(Optional.empty());
    }
  }

  @Test
  void findsTheStateCurrentOnlyForItsInputsItsStateAndIntactFiles() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "a: 1\n");
    Path stateFile = dir.resolve("generate.state");
    GenerationState state = new GenerationState(STATE,
        Map.of("compose.yaml", Fingerprint.sha256("a: 1\n".getBytes(StandardCharsets.UTF_8))));
    GenerationInputs inputs = new GenerationInputs(INPUTS, STATE, List.of());

    assertThat(inputs.current(INPUTS, stateFile, dir)).isEmpty();
    state.write(stateFile);
    assertThat(inputs.current(INPUTS, stateFile, dir)).contains(state);
    assertThat(inputs.current("2".repeat(64), stateFile, dir)).isEmpty();
    assertThat(new GenerationInputs(INPUTS, "b".repeat(64), List.of()).current(INPUTS, stateFile, dir)).isEmpty();

    Files.writeString(dir.resolve("compose.yaml"), "a: 2\n");
    assertThat(inputs.current(INPUTS, stateFile, dir)).isEmpty();
  }

  @Test
  void rejectsWhatItCouldNotStoreOnItsLines() {
    assertThatThrownBy(() -> new GenerationInputs(INPUTS, STATE, List.of("a\nb")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notes[0] must be one line: \"a\nb\"");
    assertThatThrownBy(() -> new GenerationInputs("ABC", STATE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputs must be 64 lowercase hex digits: ABC");
    assertThatThrownBy(() -> new GenerationInputs(INPUTS, "x", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state must be 64 lowercase hex digits: x");
  }
}
