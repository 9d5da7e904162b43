package io.composegen.model.service;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the parsers of Compose's colon-separated short syntaxes. */
final class ShortSyntax {

  private ShortSyntax() {
  }

  /**
   * Splits {@code text} at colons, keeping colons inside {@code ${...}} expressions, inside {@code [...]}
   * when {@code brackets} is set, and after a leading Windows drive letter ({@code C:\}, {@code C:/}) of a
   * section when {@code driveLetters} is set.
   */
  static List<String> splitColons(String text, boolean brackets, boolean driveLetters) {
    List<String> sections = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int braces = 0;
    boolean inBrackets = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        braces++;
        current.append("${");
        i++;
        continue;
      }
      if (braces > 0) {
        if (c == '{') {
          braces++;
        } else if (c == '}') {
          braces--;
        }
        current.append(c);
        continue;
      }
      if (brackets && c == '[') {
        inBrackets = true;
      } else if (brackets && c == ']') {
        inBrackets = false;
      }
      if (c == ':' && !inBrackets && !(driveLetters && isDriveLetterColon(text, i, current))) {
        sections.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    sections.add(current.toString());
    return sections;
  }

  /**
   * Tells whether {@code text} ends inside a {@code ${...}} expression, which would swallow the colons of whatever
   * follows it in a short syntax.
   */
  static boolean leavesVariableOpen(String text) {
    int braces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        braces++;
        i++;
      } else if (braces > 0 && c == '{') {
        braces++;
      } else if (braces > 0 && c == '}') {
        braces--;
      }
    }
    return braces > 0;
  }

  private static boolean isDriveLetterColon(String text, int colon, StringBuilder current) {
    return current.length() == 1 && isAsciiLetter(current.charAt(0)) && colon + 1 < text.length()
        && (text.charAt(colon + 1) == '\\' || text.charAt(colon + 1) == '/');
  }

  /** Tells whether {@code text} starts with a Windows drive letter path such as {@code C:\} or {@code C:/}. */
  static boolean isWindowsAbsolute(String text) {
    return text.length() >= 3 && isAsciiLetter(text.charAt(0)) && text.charAt(1) == ':'
        && (text.charAt(2) == '\\' || text.charAt(2) == '/');
  }

  /** Tells whether {@code text} starts with a variable reference: {@code ${...}} or {@code $NAME}. */
  static boolean startsWithVariable(String text) {
    if (text.length() < 2 || text.charAt(0) != '$') {
      return false;
    }
    char next = text.charAt(1);
    return next == '{' || next == '_' || isAsciiLetter(next);
  }

  /** Tells whether {@code text} is exactly one variable reference: {@code ${...}} or {@code $NAME}. */
  static boolean isVariable(String text) {
    if (text.startsWith("${")) {
      int depth = 0;
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
          if (depth == 0) {
            return i == text.length() - 1 && i > 2;
          }
        }
      }
      return false;
    }
    if (!startsWithVariable(text)) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c == '_' || isAsciiLetter(c) || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
