package io.composegen.generator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStateTest {

  private static final String FINGERPRINT = "a".repeat(64);

  @TempDir
  Path dir;

  private GenerationState stateOfFiles(String... namesAndContents) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      Path file = dir.resolve(namesAndContents[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, namesAndContents[i + 1]);
      files.put(namesAndContents[i], Fingerprint.sha256(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    return new GenerationState(FINGERPRINT, files);
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    GenerationState state = stateOfFiles("compose.yaml", "a: 1\n", "app/Dockerfile", "FROM x\n", "my file", "");
    Path file = dir.resolve("target/composegen/generate.state");

    state.write(file);

    assertThat(GenerationState.read(file)).contains(state);
    assertThat(Files.readString(file)).isEqualTo("composegen generate state 1\n"
        + "fingerprint " + FINGERPRINT + "\n"
        + "file " + Fingerprint.sha256("a: 1\n".getBytes(StandardCharsets.UTF_8)) + " compose.yaml\n"
        + "file " + Fingerprint.sha256("FROM x\n".getBytes(StandardCharsets.UTF_8)) + " app/Dockerfile\n"
        + "file e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 my file\n");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void readsNothingFromAMissingDamagedOrForeignFile() throws IOException {
    Path file = dir.resolve("generate.state");
    assertThat(GenerationState.read(file)).isEmpty();

    for (String text : new String[] {"", "composegen generate state 2\nfingerprint " + FINGERPRINT + "\n",
        "composegen generate state 1\nfingerprint abc\n",
        "composegen generate state 1\nfingerprint " + FINGERPRINT + "\nfile 12 compose.yaml\n"}) {
      Files.writeString(file, text);
      assertThat(GenerationState.read(file)).as(text).isEqualTo(Optional.empty());
    }
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe});
    assertThat(GenerationState.read(file)).isEmpty();
  }

  @Test
  void isCurrentOnlyForItsFingerprintWhileEveryFileHoldsTheRecordedBytes() throws IOException {
    GenerationState state = stateOfFiles("compose.yaml", "a: 1\n", "Dockerfile", "FROM x\n");

    assertThat(state.isCurrent(FINGERPRINT, dir)).isTrue();
    assertThat(state.isCurrent("b".repeat(64), dir)).isFalse();

    Files.writeString(dir.resolve("compose.yaml"), "a: 2\n");
    assertThat(state.isCurrent(FINGERPRINT, dir)).isFalse();
    Files.writeString(dir.resolve("compose.yaml"), "a: 1\n");
    assertThat(state.isCurrent(FINGERPRINT, dir)).isTrue();

    Files.delete(dir.resolve("Dockerfile"));
    assertThat(state.isCurrent(FINGERPRINT, dir)).isFalse();
    Files.createDirectory(dir.resolve("Dockerfile"));
    assertThat(state.isCurrent(FINGERPRINT, dir)).isFalse();
  }

  @Test
  void rejectsWhatItCouldNotStoreOnItsLines() {
    assertThatThrownBy(() -> new GenerationState(FINGERPRINT, Map.of("a\nb", FINGERPRINT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("files: a path must be one line and not empty: \"a\nb\"");
    assertThatThrownBy(() -> new GenerationState("ABC", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fingerprint must be 64 lowercase hex digits: ABC");
    assertThatThrownBy(() -> new GenerationState(FINGERPRINT, Map.of("compose.yaml", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("files.compose.yaml must be 64 lowercase hex digits: x");
  }
}
