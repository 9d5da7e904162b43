package io.composegen.generator.validate;

import java.util.Collection;

/** Puts user-given strings into one-line messages: quoted, with line breaks and control characters escaped. */
final class Texts {

  private Texts() {}

  /** Returns {@code value} in double quotes, with quotes, backslashes and control characters escaped. */
  static String quote(String value) {
    return "\"" + escape(value) + "\"";
  }

  /** Returns {@code value} with quotes, backslashes and control characters escaped, fit for one line. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Returns the values joined by {@code ", "}, at most {@code max} of them, then {@code ...}. */
  static String list(Collection<String> values, int max) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (String value : values) {
      if (n == max) {
        out.append(", ...");
        break;
      }
      if (n > 0) {
        out.append(", ");
      }
      out.append(escape(value));
      n++;
    }
    return out.toString();
  }
}
