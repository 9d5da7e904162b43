package io.composegen.generator.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns strings into YAML scalars on one line; every string value that reaches a generated YAML file goes through here.
 *
 * <p>The output reads back as exactly the same string in YAML 1.1 readers (PyYAML, used by docker-compose 1.x;
 * SnakeYAML, used by Jackson) and YAML 1.2 readers (the Go parser used by Compose v2). A string is written plain
 * (unquoted) only when it matches a deliberately narrow safe pattern:
 * <ul>
 *   <li>it consists of printable ASCII only: letters, digits, space and {@code _ . / - + @ = ~ % ^ ( ) * & ! ; < > | $ : #};</li>
 *   <li>it starts with a letter, {@code _} or {@code /}, or with {@code .} followed by a letter or {@code /};</li>
 *   <li>it neither starts nor ends with a space;</li>
 *   <li>every {@code :} is followed by a character other than a space, and no {@code #} follows a space;</li>
 *   <li>it is not a boolean or null word of YAML 1.1 or 1.2 in any letter case ({@code yes}, {@code No}, {@code ON},
 *       {@code y}, {@code true}, {@code null} ...) and does not look like a number ({@code .inf}, {@code .5},
 *       {@code .e+5}, also after removing {@code _} as some YAML 1.1 readers do).</li>
 * </ul>
 * Everything else is double-quoted. Inside double quotes, {@code \} and {@code "} are escaped, so are the control
 * characters ({@code \n \t \r \0 \e}, other C0 controls and DEL as {@code \xHH}, C1 controls such as U+0085 as
 * {@code \}{@code uHHHH}), the line and paragraph separators U+2028 and U+2029, the byte order mark U+FEFF, the
 * bidirectional formatting controls and the non-characters U+FFFE and U+FFFF. Other characters, emoji included, stay
 * as they are (the files are UTF-8). Dollar signs are never touched, so Compose still sees {@code ${VAR}} and
 * {@code $$} exactly as written.
 *
 * <p>Plain output never contains the flow indicators {@code , [ ] { } ?}, so a value may also be used inside a flow
 * collection; YAML 1.1 readers older than PyYAML 5.1 reject a {@code :} inside a plain scalar there, so templates
 * should prefer block collections.
 */
public final class YamlScalars {

  /** The longest key representation that every reader accepts as an implicit ({@code key: value}) key. */
  static final int MAX_KEY_LENGTH = 1024;

  private static final Set<String> RESERVED_WORDS = Set.of(
      // YAML 1.1 booleans (y|Y|yes|Yes|YES|n|N|no|No|NO|true|...|on|...|off|...), compared ignoring case.
      "y", "n", "yes", "no", "true", "false", "on", "off",
      // Null in YAML 1.1 and 1.2.
      "null");

  private static final int LONGEST_RESERVED_WORD = RESERVED_WORDS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Floats that start with a dot in any reader: YAML 1.1 ({@code \.[0-9.]*([eE][-+][0-9]+)?}), PyYAML, SnakeYAML,
   * YAML 1.2 core ({@code \.[0-9]+([eE][-+]?[0-9]+)?}), and {@code .inf} / {@code .nan}; matched after removing
   * underscores and ignoring case.
   */
  private static final Pattern DOT_NUMBER = Pattern.compile("\\.[0-9.]*([eE][-+]?[0-9]+)?|\\.inf|\\.nan");

  /**
   * Numbers with a unit, such as durations and sizes ({@code 10s}, {@code 1m30s}, {@code 512m}): no reader takes
   * them for anything but a string, provided the first letter cannot start an exponent or a YAML 1.1 base prefix
   * ({@code 1e3}, {@code 0x1F}, {@code 0o17}, {@code 0b101}).
   */
  private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("[0-9]+[ac-df-np-wyzAC-DF-NP-WYZ][A-Za-z0-9]*");

  private YamlScalars() {
  }

  /**
   * Returns the YAML representation of {@code value} as a scalar on one line, plain when unambiguous, else double-quoted.
   *
   * @throws IllegalArgumentException if {@code value} contains a lone UTF-16 surrogate, which is not text and cannot
   *         be written as UTF-8
   */
  public static String quote(String value) {
    Objects.requireNonNull(value, "value");
    checkWellFormed(value);
    return isSafePlain(value) ? value : doubleQuoted(value);
  }

  /**
   * Returns the YAML representation of a mapping key such as an environment variable name, a label or {@code x-foo}.
   *
   * <p>The rules are those of {@link #quote(String)}.
   *
   * @throws IllegalArgumentException if the key contains a lone surrogate, or if its representation is longer than
   *         1024 characters, the limit YAML readers put on implicit keys
   */
  public static String quoteKey(String key) {
    Objects.requireNonNull(key, "key");
    String quoted = quote(key);
    if (quoted.codePointCount(0, quoted.length()) > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("A YAML mapping key may be at most " + MAX_KEY_LENGTH
          + " characters long once quoted; got one of " + quoted.codePointCount(0, quoted.length())
          + " characters starting with " + quoted.substring(0, quoted.offsetByCodePoints(0, 40)));
    }
    return quoted;
  }

  private static void checkWellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "String contains a lone surrogate U+%04X at index %d; it cannot be written as UTF-8", (int) c, i));
      }
    }
  }

  private static boolean isSafePlain(String s) {
    // the patterns below are asked only of strings that can match them: most strings are names and paths
    if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9' && NUMBER_WITH_UNIT.matcher(s).matches()) {
      return true;
    }
    if (s.isEmpty() || !isSafeStart(s) || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        if (i + 1 == s.length() || s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c == '#') {
        if (s.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!isPlainChar(c)) {
        return false;
      }
    }
    if (s.length() > LONGEST_RESERVED_WORD && s.charAt(0) != '.') {
      return true;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (RESERVED_WORDS.contains(lower)) {
      return false;
    }
    return !(lower.charAt(0) == '.' && DOT_NUMBER.matcher(lower.replace("_", "")).matches());
  }

  private static boolean isSafeStart(String s) {
    char first = s.charAt(0);
    if (isAsciiLetter(first) || first == '_' || first == '/') {
      return true;
    }
    if (first == '.' && s.length() > 1) {
      char second = s.charAt(1);
      return isAsciiLetter(second) || second == '/';
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isPlainChar(char c) {
    if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
      return true;
    }
    return switch (c) {
      case ' ', '_', '.', '/', '-', '+', '@', '=', '~', '%', '^', '(', ')', '*', '&', '!', ';', '<', '>', '|', '$' -> true;
      default -> false;
    };
  }

  private static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    out.append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case 0 -> out.append("\\0");
        case 0x1B -> out.append("\\e");
        default -> {
          if (cp < 0x20 || cp == 0x7F) {
            out.append(String.format(Locale.ROOT, "\\x%02X", cp));
          } else if (needsUnicodeEscape(cp)) {
            out.append(String.format(Locale.ROOT, "\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Tells whether a code point at or above U+0080 is non-printable for YAML or invisible enough to deserve an escape. */
  private static boolean needsUnicodeEscape(int cp) {
    if (cp >= 0x80 && cp <= 0x9F) {
      return true; // C1 controls, NEL U+0085 among them (a line break for YAML 1.1).
    }
    return switch (cp) {
      case 0x2028, 0x2029, // line and paragraph separators (line breaks for YAML 1.1)
          0xFEFF, // byte order mark
          0xFFFE, 0xFFFF, // non-characters outside YAML's printable set
          0x061C, 0x200E, 0x200F, // bidirectional marks
          0x202A, 0x202B, 0x202C, 0x202D, 0x202E, // bidirectional embeddings and overrides
          0x2066, 0x2067, 0x2068, 0x2069 -> true; // bidirectional isolates
      default -> false;
    };
  }
}
