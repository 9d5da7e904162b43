package io.composegen.generator.docs;

/**
 * Escapes user strings for the Markdown that composegen writes (CommonMark with GitHub's and GitLab's tables); the
 * one place that knows Markdown's special characters. Stateless.
 */
final class Markdown {

  private Markdown() {}

  /**
   * Returns {@code value} as inline text (never at the start of a line) that renders as the characters given:
   * inline markup characters, and {@code $} that GitHub reads as math, are backslash-escaped and line breaks and other control characters become spaces. Does not escape {@code |}; text
   * inside a table cell goes through {@link #cell} as well.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '&', '$' ->
            out.append('\\').append(c);
        default -> out.append(oneLine(c));
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code value} as a code span: fenced by one backtick more than its longest run of backticks, padded with
   * a space where the content would otherwise touch the fence or lose a space, on one line.
   */
  static String code(String value) {
    StringBuilder content = new StringBuilder(value.length());
    int longestRun = 0;
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      run = c == '`' ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
      content.append(oneLine(c));
    }
    String text = content.toString();
    if (text.isEmpty()) {
      return "` `";
    }
    String fence = "`".repeat(longestRun + 1);
    boolean pad = text.startsWith("`") || text.endsWith("`")
        || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
    return pad ? fence + " " + text + " " + fence : fence + text + fence;
  }

  /** Returns inline Markdown fit for a table cell: every {@code |} escaped, also inside code spans. */
  static String cell(String markdown) {
    return markdown.replace("|", "\\|");
  }

  /** Returns a code fence for {@code content}: three backticks, or one more than any backtick run in it. */
  static String fence(String content) {
    int longestRun = 0;
    int run = 0;
    for (int i = 0; i < content.length(); i++) {
      run = content.charAt(i) == '`' ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    return "`".repeat(Math.max(3, longestRun + 1));
  }

  /** Returns {@code c}, or a space for a line break or another control character. */
  private static char oneLine(char c) {
    boolean lineBreak = c == '\u2028' || c == '\u2029' || c == '\u0085';
    return Character.isISOControl(c) || lineBreak ? ' ' : c;
  }
}
