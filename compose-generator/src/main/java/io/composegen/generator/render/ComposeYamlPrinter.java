package io.composegen.generator.render;

import java.util.List;
import java.util.Objects;

/**
 * Prints a compose file's view tree in the built-in layout, character for character what the shipped template
 * {@code compose.yaml.ftl} prints for the same {@code root}; the generator uses it unless the user's template folder
 * holds its own {@code compose.yaml.ftl}.
 *
 * <p>The template stays the reference: tests render both for the same trees and compare the texts. Like the
 * template, the printer decides only indentation and blank lines: one line per scalar or empty collection, nested
 * values two spaces further in, the first entry of a sequence item on the line of its {@code - }, and a blank line
 * between top-level sections and between services. The text is measured first and written into one buffer of that
 * size, with no string per line. Stateless and thread-safe.
 */
public final class ComposeYamlPrinter {

  /** The indentation strings of the depths a compose file reaches, so that no line builds its own. */
  private static final String[] SPACES = new String[33];

  static {
    for (int i = 0; i < SPACES.length; i++) {
      SPACES[i] = " ".repeat(i);
    }
  }

  private static final String SERVICES = "services";
  private static final String DASH = "- ";

  private ComposeYamlPrinter() {}

  /**
   * Returns the text of the compose file of {@code root}, without the generated mark.
   *
   * <p>The template cannot print a {@code services} section that is a non-empty sequence; the printer lays it out as
   * any other section.
   */
  public static String print(YamlNode.Mapping root) {
    return print(root, 0).toString();
  }

  /**
   * Returns the text of the compose file of {@code root} after {@code reserved} spaces, kept for a first line that
   * the caller writes in place (the generated mark), in a buffer of exactly that length: the text is not copied
   * again to put a line before it.
   */
  public static StringBuilder print(YamlNode.Mapping root, int reserved) {
    Objects.requireNonNull(root, "root");
    StringBuilder out = new StringBuilder(reserved + root(root, null));
    for (int i = 0; i < reserved; i++) {
      out.append(' ');
    }
    root(root, out);
    return out;
  }

  /**
   * Prints the top level into {@code out}, or only counts its characters when {@code out} is null; one walk for both,
   * so that the measure cannot drift from the text.
   */
  private static int root(YamlNode.Mapping root, StringBuilder out) {
    int length = 0;
    List<YamlNode.Entry> sections = root.getEntries();
    for (int i = 0; i < sections.size(); i++) {
      YamlNode.Entry section = sections.get(i);
      if (i > 0) {
        length += newline(out);
      }
      YamlNode value = section.getValue();
      if (value.isInline()) {
        length += inlineEntry(out, 0, 0, section);
      } else if (section.getRawKey().equals(SERVICES) && value instanceof YamlNode.Mapping services) {
        length += blockKey(out, 0, 0, section);
        List<YamlNode.Entry> entries = services.getEntries();
        for (int s = 0; s < entries.size(); s++) {
          if (s > 0) {
            length += newline(out);
          }
          length += entry(out, 2, 0, entries.get(s));
        }
      } else {
        length += blockKey(out, 0, 0, section);
        length += block(out, 2, 0, value);
      }
    }
    return length;
  }

  /**
   * Prints a non-empty mapping or sequence one line per entry at {@code indent} spaces; the first line starts instead
   * with {@code dashes} times {@code "- "} after as many fewer spaces (the item marks of the sequences it opens).
   */
  private static int block(StringBuilder out, int indent, int dashes, YamlNode node) {
    int length = 0;
    if (node instanceof YamlNode.Mapping mapping) {
      List<YamlNode.Entry> entries = mapping.getEntries();
      for (int i = 0; i < entries.size(); i++) {
        length += entry(out, indent, i == 0 ? dashes : 0, entries.get(i));
      }
    } else {
      List<YamlNode> items = ((YamlNode.Sequence) node).getItems();
      for (int i = 0; i < items.size(); i++) {
        YamlNode item = items.get(i);
        int leading = i == 0 ? dashes : 0;
        if (item.isInline()) {
          length += lead(out, indent + 2, leading + 1) + text(out, item.getText()) + newline(out);
        } else {
          length += block(out, indent + 2, leading + 1, item);
        }
      }
    }
    return length;
  }

  private static int entry(StringBuilder out, int indent, int dashes, YamlNode.Entry entry) {
    YamlNode value = entry.getValue();
    if (value.isInline()) {
      return inlineEntry(out, indent, dashes, entry);
    }
    return blockKey(out, indent, dashes, entry) + block(out, indent + 2, 0, value);
  }

  /** {@code key: text} on one line. */
  private static int inlineEntry(StringBuilder out, int indent, int dashes, YamlNode.Entry entry) {
    return lead(out, indent, dashes) + text(out, entry.getKey()) + text(out, ": ")
        + text(out, entry.getValue().getText()) + newline(out);
  }

  /** {@code key:} on a line of its own, its value below. */
  private static int blockKey(StringBuilder out, int indent, int dashes, YamlNode.Entry entry) {
    return lead(out, indent, dashes) + text(out, entry.getKey()) + text(out, ":") + newline(out);
  }

  /** The start of a line: {@code indent} characters, the last {@code dashes} pairs of them {@code "- "}. */
  private static int lead(StringBuilder out, int indent, int dashes) {
    if (out != null) {
      int spaces = indent - 2 * dashes;
      if (spaces < SPACES.length) {
        out.append(SPACES[spaces]);
      } else {
        out.append(" ".repeat(spaces));
      }
      for (int i = 0; i < dashes; i++) {
        out.append(DASH);
      }
    }
    return indent;
  }

  private static int text(StringBuilder out, String text) {
    if (out != null) {
      out.append(text);
    }
    return text.length();
  }

  private static int newline(StringBuilder out) {
    if (out != null) {
      out.append('\n');
    }
    return 1;
  }
}
