package io.composegen.model.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the Dockerfile model; messages name the field and quote the offending text. */
final class Checks {

  /** Names of ARG and ENV variables: what a shell accepts, so {@code $NAME} works in RUN too. */
  static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Checks() {}

  /** Returns {@code value} if it is non-null, not blank and free of line breaks and other control characters. */
  static String oneLine(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return noControl(value, field);
  }

  /** Returns {@code value} (which may be empty) if it has no line breaks or other control characters. */
  static String noControl(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        throw new IllegalArgumentException(field + " \"" + printable(value)
            + "\" must be on one line, without control characters");
      }
    }
    return value;
  }

  /** Returns {@code value} if it is one line without whitespace, quotes or backslashes: a single Dockerfile word. */
  static String word(String value, String field) {
    oneLine(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '\'' || c == '\\') {
        throw new IllegalArgumentException(field + " \"" + value
            + "\" must not contain whitespace, quotes or backslashes");
      }
    }
    return value;
  }

  /** Returns {@code value} if it is one line without quotes or backslashes (whitespace allowed). */
  static String path(String value, String field) {
    oneLine(value, field);
    if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || value.indexOf('\\') >= 0) {
      throw new IllegalArgumentException(field + " \"" + value + "\" must not contain quotes or backslashes");
    }
    return value;
  }

  /** Returns {@code name} if it is a valid ARG or ENV variable name. */
  static String variableName(String name, String field) {
    Objects.requireNonNull(name, field + " must not be null");
    if (!VARIABLE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(field + " \"" + printable(name)
          + "\" must start with a letter or _ and contain only letters, digits and _");
    }
    return name;
  }

  /** Checks every element of an exec-form argument list: non-null; the list itself non-empty if required. */
  static List<String> execForm(List<String> args, String field, boolean required) {
    if (required && args.isEmpty()) {
      throw new IllegalArgumentException(field + " must have at least one element (the executable)");
    }
    if (!args.isEmpty() && args.get(0).isBlank()) {
      throw new IllegalArgumentException(field + "[0] (the executable) must not be blank");
    }
    return args;
  }

  /** Shows control characters as escapes, so a message stays on one line. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
