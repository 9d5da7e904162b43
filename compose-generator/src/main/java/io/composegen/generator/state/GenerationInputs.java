package io.composegen.generator.state;

import io.composegen.generator.write.FileSetWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Creates a record, copying the notes; checks that both fingerprints are SHA-256 and each note one line. */
  public GenerationInputs {
    inputs = hex("inputs", inputs);
    state = hex("state", state);
    notes = List.copyOf(notes);
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).indexOf('\n') >= 0 || notes.get(i).indexOf('\r') >= 0) {
        throw new IllegalArgumentException("notes[" + i + "] must be one line: \"" + notes.get(i) + "\"");
      }
    }
  }

  private static String hex(String field, String value) {
    Objects.requireNonNull(value, field);
    if (!HEX.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be 64 lowercase hex digits: " + value);
    }
    return value;
  }

  /**
   * Returns the record stored in {@code file}, or empty when there is none, or when it cannot be read or is not in
   * this format: then nothing is known of the last run.
   */
  public static Optional<GenerationInputs> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // missing, unreadable or not UTF-8: the same as no record
      return Optional.empty();
    }
    if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs ")
        || !lines.get(2).startsWith("state ")) {
      return Optional.empty();
    }
    List<String> notes = lines.subList(3, lines.size());
    if (!notes.stream().allMatch(line -> line.startsWith("note "))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GenerationInputs(lines.get(1).substring("inputs ".length()),
          lines.get(2).substring("state ".length()), notes.stream().map(line -> line.substring(5)).toList()));
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
    try {
      FileSetWriter.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
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
