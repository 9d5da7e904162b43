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
 * The plain-text records of this package ({@link GenerationState}, {@link GenerationInputs}): UTF-8, a header line
 * naming the format, then one line each, replaced in one move when written.
 */
final class StateFiles {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  private StateFiles() {}

  /**
   * Returns the lines of {@code file} after its header, or empty when the file is missing, cannot be read, is not
   * UTF-8 or does not start with {@code header}: then nothing is known of the last run.
   */
  static Optional<List<String>> read(Path file, String header) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      return Optional.empty();
    }
    return Optional.of(lines.subList(1, lines.size()));
  }

  /**
   * Writes {@code text} to {@code file}, creating its folder; a reader never sees half of it.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  static void write(Path file, CharSequence text) {
    try {
      FileSetWriter.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns {@code value} when it is a SHA-256 in 64 lowercase hex digits.
   *
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  static String sha256(String field, String value) {
    Objects.requireNonNull(value, field);
    if (!HEX.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be 64 lowercase hex digits: " + value);
    }
    return value;
  }
}
