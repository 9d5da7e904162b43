package io.composegen.generator.imports;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The names a {@code .env} file sets, read by the rules of Compose's own parser (compose-go's {@code dotenv}):
 * {@code KEY=VALUE} and {@code KEY: VALUE} statements, blank lines and {@code #} comment lines skipped, an optional
 * {@code export } prefix, values in single or double quotes that may span lines, and unquoted values up to the end
 * of the line. A key alone on its line ({@code KEY}) takes its value from the environment, so it sets nothing of its
 * own. Values are skipped, never kept: composegen reads {@code .env} only to tell which variables Compose will have.
 * Immutable.
 *
 * @param names the names set, in order of first appearance; never null
 * @param error what stopped the parser, e.g. {@code line 3: unterminated quoted value "abc}, or why the file could
 *     not be read; null when the whole file was read. Compose refuses such a file; the names before the error are
 *     kept
 */
public record DotEnv(Set<String> names, String error) {

  /** Copies the names, keeping their order. */
  public DotEnv {
    names = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(names, "names")));
  }

  /** Reads the names {@code text} sets; never throws for any text. */
  public static DotEnv parse(String text) {
    Set<String> names = new LinkedHashSet<>();
    Parser parser = new Parser(Objects.requireNonNull(text, "text"));
    String error = parser.readAll(names);
    return new DotEnv(names, error);
  }

  /** A cursor over the text; one per parse. */
  private static final class Parser {
    private final String text;
    private int at;
    private int line = 1;

    Parser(String text) {
      this.text = text;
    }

    /** Adds each name set to {@code names}; returns the error that stopped the parser, or null. */
    String readAll(Set<String> names) {
      while (true) {
        skipWhitespaceAndComments();
        if (at >= text.length()) {
          return null;
        }
        if (text.startsWith("export", at) && at + 6 < text.length() && isSpace(text.charAt(at + 6))) {
          at += 6;
          skipSpaces();
        }
        int start = at;
        char separator = 0;
        while (at < text.length() && separator == 0) {
          char c = text.charAt(at);
          if (c == '=' || c == ':' || c == '\n') {
            separator = c;
          } else if (!isSpace(c) && !isNamePart(c)) {
            return "line " + line + ": unexpected character \"" + c + "\" in variable name \"" + restOfLine(start)
                + "\"";
          } else {
            at++;
          }
        }
        String key = text.substring(start, at).stripTrailing();
        if (key.indexOf(' ') >= 0 || key.indexOf('\t') >= 0) {
          return "line " + line + ": key cannot contain a space";
        }
        if (separator == 0 || separator == '\n') {
          continue; // a key alone takes its value from the environment
        }
        at++;
        skipSpaces();
        String error = skipValue();
        if (error != null) {
          return error;
        }
        if (!key.isEmpty()) {
          names.add(key);
        }
      }
    }

    /** Skips a quoted value, or an unquoted one to the end of the line; returns an error or null. */
    private String skipValue() {
      char quote = at < text.length() ? text.charAt(at) : 0;
      if (quote != '"' && quote != '\'') {
        while (at < text.length() && text.charAt(at) != '\n') {
          at++;
        }
        return null;
      }
      int start = at;
      int startLine = line;
      boolean escaped = false;
      for (at++; at < text.length(); at++) {
        char c = text.charAt(at);
        if (c == '\n') {
          line++;
        }
        if (c == quote && !escaped) {
          at++;
          return null;
        }
        escaped = !escaped && c == '\\';
      }
      line = startLine;
      return "line " + line + ": unterminated quoted value " + restOfLine(start);
    }

    private void skipWhitespaceAndComments() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '#') {
          while (at < text.length() && text.charAt(at) != '\n') {
            at++;
          }
        } else if (Character.isWhitespace(c)) {
          if (c == '\n') {
            line++;
          }
          at++;
        } else {
          return;
        }
      }
    }

    private void skipSpaces() {
      while (at < text.length() && isSpace(text.charAt(at))) {
        at++;
      }
    }

    private String restOfLine(int from) {
      int end = text.indexOf('\n', from);
      return text.substring(from, end < 0 ? text.length() : end);
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u00A0';
    }

    private static boolean isNamePart(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
    }
  }
}
