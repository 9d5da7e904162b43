package io.composegen.generator.state;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the stack of a successful generate was assembled from, for a caller that can tell its inputs apart before it
 * builds the stack (such as a build tool, from its project and configuration): the {@link Fingerprint} of those
 * inputs, the fingerprint of the {@link GenerationState} that generate recorded, and the lines the assembly logged.
 * While the inputs are the same and that state is {@link GenerationState#isCurrent current}, the caller need not
 * build the stack at all. Immutable.
 *
 * <p>Stored as UTF-8 text, one line each:
 * <pre>
 * composegen generate inputs 1
 * inputs 0c1d...9a
 * state 5f2c...e1
 * note composegen: stack descriptor src/main/compose/stack.yaml: services web, db
 * </pre>
 *
 * @param inputs the fingerprint of the inputs, 64 lowercase hex digits
 * @param state the fingerprint of the generation state the inputs led to, 64 lowercase hex digits
 * @param notes the lines logged while the stack was assembled, in order, each on one line
 */
public record GenerationInputs(String inputs, String state, List<String> notes) {

  private static final String HEADER = "composegen generate inputs 1";

  /** Creates a record, copying the notes; checks that both fingerprints are SHA-256 and each note one line. */
  public GenerationInputs {
    inputs = StateFiles.sha256("inputs", inputs);
    state = StateFiles.sha256("state", state);
    notes = List.copyOf(notes);
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).indexOf('\n') >= 0 || notes.get(i).indexOf('\r') >= 0) {
        throw new IllegalArgumentException("notes[" + i + "] must be one line: \"" + notes.get(i) + "\"");
      }
    }
  }

  /**
   * Returns the record stored in {@code file}, or empty when there is none, or when it cannot be read or is not in
   * this format: then nothing is known of the last run.
   */
  public static Optional<GenerationInputs> read(Path file) {
    List<String> lines = StateFiles.read(file, HEADER).orElse(List.of());
    if (lines.size() < 2 || !lines.get(0).startsWith("inputs ") || !lines.get(1).startsWith("state ")) {
      return Optional.empty();
    }
    List<String> notes = lines.subList(2, lines.size());
    if (!notes.stream().allMatch(line -> line.startsWith("note "))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GenerationInputs(lines.get(0).substring("inputs ".length()),
          lines.get(1).substring("state ".length()), notes.stream().map(line -> line.substring(5)).toList()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes this record to {@code file}, creating its folder, in one move.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Path file) {
    StringBuilder text = new StringBuilder(HEADER).append('\n')
        .append("inputs ").append(inputs).append('\n')
        .append("state ").append(state).append('\n');
    notes.forEach(note -> text.append("note ").append(note).append('\n'));
    StateFiles.write(file, text);
  }

  /**
   * Returns the state in {@code stateFile} when {@code inputs} are this record's, that state is the one this record
   * names, and every file it lists, taken relative to {@code directory}, still holds exactly the bytes recorded;
   * empty otherwise.
   */
  public Optional<GenerationState> current(String inputs, Path stateFile, Path directory) {
    if (!this.inputs.equals(inputs)) {
      return Optional.empty();
    }
    return GenerationState.read(stateFile).filter(last -> last.isCurrent(state, directory));
  }
}
