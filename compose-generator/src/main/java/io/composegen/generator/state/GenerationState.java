package io.composegen.generator.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a successful generate into a folder was made from and what it wrote: the {@link Fingerprint} of its model and
 * options, and the SHA-256 of each file, by path relative to that folder. Immutable; the files keep the order given.
 *
 * <p>Stored as UTF-8 text, one line each, so that the file is small and plain to read:
 * <pre>
 * composegen generate state 1
 * fingerprint 5f2c...e1
 * file 9a0b...77 compose.yaml
 * file 31cd...0f app/Dockerfile
 * </pre>
 *
 * @param fingerprint the fingerprint of the model and options, 64 lowercase hex digits
 * @param files the SHA-256 of each file written, 64 lowercase hex digits, by path relative to the output folder
 *     (with {@code /}, on one line)
 */
public record GenerationState(String fingerprint, Map<String, String> files) {

  private static final String HEADER = "composegen generate state 1";

  /** Creates a state, copying the files; checks that each value is a SHA-256 and each path one line. */
  public GenerationState {
    fingerprint = StateFiles.sha256("fingerprint", fingerprint);
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(files, "files").forEach((path, hash) -> {
      Objects.requireNonNull(path, "files key");
      Objects.requireNonNull(hash, () -> "files." + path);
      if (path.isEmpty() || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("files: a path must be one line and not empty: \"" + path + "\"");
      }
      copy.put(path, StateFiles.sha256("files." + path, hash));
    });
    files = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the state stored in {@code file}, or empty when there is none, or when it cannot be read or is not in
   * this format (another version of composegen wrote it, or it was damaged): then nothing is known of the last run.
   */
  public static Optional<GenerationState> read(Path file) {
    List<String> lines = StateFiles.read(file, HEADER).orElse(List.of());
    if (lines.isEmpty() || !lines.get(0).startsWith("fingerprint ")) {
      return Optional.empty();
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      // "file " + 64 hex digits + " " + path
      if (!line.startsWith("file ") || line.length() < 71 || line.charAt(69) != ' ') {
        return Optional.empty();
      }
      files.put(line.substring(70), line.substring(5, 69));
    }
    try {
      return Optional.of(new GenerationState(lines.get(0).substring("fingerprint ".length()), files));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes this state to {@code file}, creating its folder; the file is replaced in one move, so that a reader never
   * sees half of it.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Path file) {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append("fingerprint ").append(fingerprint).append('\n');
    files.forEach((path, hash) -> text.append("file ").append(hash).append(' ').append(path).append('\n'));
    StateFiles.write(file, text);
  }

  /**
   * Returns whether {@code fingerprint} is this state's and every file of this state, taken relative to
   * {@code directory}, still holds exactly the bytes recorded; a missing or unreadable file is not current.
   */
  public boolean isCurrent(String fingerprint, Path directory) {
    if (!this.fingerprint.equals(fingerprint)) {
      return false;
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      try {
        if (!Files.isRegularFile(path) || !Fingerprint.sha256(Files.readAllBytes(path)).equals(file.getValue())) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }
}
