package io.composegen.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code project.build.outputTimestamp}, the fixed time of a reproducible build, the way Maven's archivers
 * do: a value shorter than two characters means "not set", digits are seconds since 1970, anything else is an
 * ISO-8601 date-time with an offset, such as {@code 2026-01-15T10:00:00Z}.
 */
final class OutputTimestamp {

  private OutputTimestamp() {}

  /**
   * Returns the instant {@code value} names, or null when it is not set.
   *
   * @throws IllegalArgumentException naming the property and the accepted forms when {@code value} is neither
   */
  static Instant parse(String value) {
    if (value == null || value.strip().length() < 2) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(text));
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("<project.build.outputTimestamp> is \"" + text
          + "\"; write an ISO-8601 date-time with an offset, such as 2026-01-15T10:00:00Z, or seconds since 1970");
    }
  }
}
