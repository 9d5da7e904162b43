package io.composegen.generator.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns strings into Dockerfile text; every value that reaches a generated Dockerfile goes through here.
 *
 * <p>Two forms:
 * <ul>
 *   <li>{@link #jsonArray(List)} for exec-form arguments ({@code CMD}, {@code ENTRYPOINT}, {@code SHELL},
 *       {@code HEALTHCHECK CMD}, exec-form {@code RUN}) and for paths with spaces: a JSON array the builder
 *       decodes back to exactly the given strings. Invalid JSON there would silently fall back to shell form, so
 *       escaping is complete: {@code \} and {@code "}, every control character, and the line separators.</li>
 *   <li>{@link #word(String)} for {@code ENV}, {@code LABEL} and {@code ARG} values: plain when it contains no
 *       whitespace, quotes or backslashes, otherwise double-quoted with {@code \} and {@code "} escaped. A
 *       {@code $} is never escaped, so {@code $NAME} and {@code ${NAME}} keep referring to build variables, as
 *       the model documents.</li>
 * </ul>
 * The model rejects line breaks wherever a value is not JSON-escaped, so no value can end an instruction early.
 */
public final class DockerfileEscaping {

  private DockerfileEscaping() {}

  /** Returns {@code values} as a JSON array on one line, {@code ["a", "b"]}. */
  public static String jsonArray(List<String> values) {
    Objects.requireNonNull(values, "values");
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      appendJsonString(out, Objects.requireNonNull(values.get(i), "values[" + i + "]"));
    }
    return out.append(']').toString();
  }

  /** Returns {@code value} as a JSON string in double quotes. */
  public static String jsonString(String value) {
    Objects.requireNonNull(value, "value");
    StringBuilder out = new StringBuilder(value.length() + 2);
    appendJsonString(out, value);
    return out.toString();
  }

  /**
   * Returns {@code value} as one word of an {@code ENV}, {@code LABEL} or {@code ARG} instruction: as it is when
   * safe, else double-quoted.
   *
   * @throws IllegalArgumentException if {@code value} has a line break or another control character
   */
  public static String word(String value) {
    Objects.requireNonNull(value, "value");
    boolean plain = !value.isEmpty();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new IllegalArgumentException("A Dockerfile word must be on one line, without control characters: "
            + jsonString(value));
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '\'' || c == '\\') {
        plain = false;
      }
    }
    if (plain) {
      return value;
    }
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void appendJsonString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
              || c == '\uFEFF') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
