package io.composegen.generator.render;

import java.io.Reader;
import java.util.ArrayDeque;
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
 * between top-level sections and between services. The text is written into one buffer with no string per line, a
 * top-level section or a service at a time, so that a reader can parse it as it is printed ({@link Printing}).
 * Stateless and thread-safe.
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
   * the caller writes in place (the generated mark): the text is not copied again to put a line before it.
   */
  public static StringBuilder print(YamlNode.Mapping root, int reserved) {
    Printing printing = new Printing(root, reserved);
    printing.finish();
    return printing.text();
  }

  /**
   * A compose file being printed a top-level section or a service at a time, for a reader that parses the text as it
   * is printed ({@link ReadBack#printVerified}): a service whose tree is built on read ({@link YamlNode.Entry}) is
   * built once, printed, and handed to {@link #take} until the reader's comparison takes it, so that only the
   * services between the printer and the parser are held. Not thread-safe.
   */
  static final class Printing {
    /** The services the length of the others is estimated from. */
    private static final int SAMPLED = 16;

    private final int reserved;
    private final StringBuilder out;
    private final List<YamlNode.Entry> sections;
    private final ArrayDeque<Printed> printed = new ArrayDeque<>();
    private int section;
    private List<YamlNode.Entry> services;
    private int service;
    private int servicesStart;
    private boolean handing = true;

    /** A service printed, with the value printed for it, until the comparison takes it. */
    private record Printed(YamlNode.Entry entry, YamlNode value) {}

    Printing(YamlNode.Mapping root, int reserved) {
      this.reserved = reserved;
      this.sections = Objects.requireNonNull(root, "root").getEntries();
      this.out = new StringBuilder(reserved + 4096);
      for (int i = 0; i < reserved; i++) {
        out.append(' ');
      }
    }

    /** Returns the text printed so far, after the reserved characters. */
    StringBuilder text() {
      return out;
    }

    /** Prints the next top-level section or service; returns false when everything is printed. */
    boolean next() {
      if (services != null) {
        if (service < services.size()) {
          YamlNode.Entry entry = services.get(service);
          if (service > 0) {
            newline(out);
          }
          YamlNode value = entry.getValue();
          if (entry.builtOnRead() && handing) {
            printed.add(new Printed(entry, value));
          }
          entry(out, 2, 0, entry, value);
          if (++service == Math.min(SAMPLED, services.size()) && service < services.size()) {
            // the others are likely about as long as these on average: one buffer of that size instead of doubling
            long perService = (out.length() - servicesStart) / service + 1;
            long estimate = out.length() + perService * (services.size() - service) * 9 / 8;
            out.ensureCapacity((int) Math.min(estimate, Integer.MAX_VALUE - 16));
          }
          return true;
        }
        services = null;
      }
      if (section == sections.size()) {
        return false;
      }
      YamlNode.Entry entry = sections.get(section);
      if (section++ > 0) {
        newline(out);
      }
      YamlNode value = entry.getValue();
      if (value.isInline()) {
        inlineEntry(out, 0, 0, entry, value);
      } else if (entry.getRawKey().equals(SERVICES) && value instanceof YamlNode.Mapping mapping) {
        blockKey(out, 0, 0, entry);
        services = mapping.getEntries();
        service = 0;
        servicesStart = out.length();
      } else {
        blockKey(out, 0, 0, entry);
        block(out, 2, 0, value);
      }
      return true;
    }

    /** Returns the number of services printed whose values {@link #take} has not handed out yet. */
    int waiting() {
      return printed.size();
    }

    /** Prints what is left and stops handing values to {@link #take}. */
    void finish() {
      handing = false;
      printed.clear();
      while (next()) {
        // printing
      }
    }

    /**
     * Returns the value of {@code entry}: the one printed when {@code entry} is the oldest service printed and not
     * yet taken, else built anew (an entry printed before {@link #finish}, or one whose value is held).
     */
    YamlNode take(YamlNode.Entry entry) {
      Printed oldest = printed.peekFirst();
      if (oldest != null && oldest.entry() == entry) {
        return printed.removeFirst().value();
      }
      return entry.getValue();
    }

    /** A reader of the text after the reserved characters that prints more as it is read. */
    Reader reader() {
      return new Reader() {
        private int position = reserved;

        @Override
        public int read(char[] buffer, int offset, int length) {
          Objects.checkFromIndexSize(offset, length, buffer.length);
          if (length == 0) {
            return 0;
          }
          // as much as asked for, as a reader of a whole text would give: the parser copies its window per read
          while (out.length() - position < length && next()) {
            // printing
          }
          if (position == out.length()) {
            return -1;
          }
          int count = Math.min(length, out.length() - position);
          out.getChars(position, position + count, buffer, offset);
          position += count;
          return count;
        }

        @Override
        public void close() {
          // nothing to release
        }
      };
    }
  }

  /**
   * Prints a non-empty mapping or sequence one line per entry at {@code indent} spaces; the first line starts instead
   * with {@code dashes} times {@code "- "} after as many fewer spaces (the item marks of the sequences it opens).
   */
  private static void block(StringBuilder out, int indent, int dashes, YamlNode node) {
    if (node instanceof YamlNode.Mapping mapping) {
      List<YamlNode.Entry> entries = mapping.getEntries();
      for (int i = 0; i < entries.size(); i++) {
        YamlNode.Entry entry = entries.get(i);
        entry(out, indent, i == 0 ? dashes : 0, entry, entry.getValue());
      }
    } else {
      List<YamlNode> items = ((YamlNode.Sequence) node).getItems();
      for (int i = 0; i < items.size(); i++) {
        YamlNode item = items.get(i);
        int leading = i == 0 ? dashes : 0;
        if (item.isInline()) {
          lead(out, indent + 2, leading + 1);
          out.append(item.getText()).append('\n');
        } else {
          block(out, indent + 2, leading + 1, item);
        }
      }
    }
  }

  private static void entry(StringBuilder out, int indent, int dashes, YamlNode.Entry entry, YamlNode value) {
    if (value.isInline()) {
      inlineEntry(out, indent, dashes, entry, value);
    } else {
      blockKey(out, indent, dashes, entry);
      block(out, indent + 2, 0, value);
    }
  }

  /** {@code key: text} on one line. */
  private static void inlineEntry(StringBuilder out, int indent, int dashes, YamlNode.Entry entry, YamlNode value) {
    lead(out, indent, dashes);
    out.append(entry.getKey()).append(": ").append(value.getText()).append('\n');
  }

  /** {@code key:} on a line of its own, its value below. */
  private static void blockKey(StringBuilder out, int indent, int dashes, YamlNode.Entry entry) {
    lead(out, indent, dashes);
    out.append(entry.getKey()).append(":\n");
  }

  /** The start of a line: {@code indent} characters, the last {@code dashes} pairs of them {@code "- "}. */
  private static void lead(StringBuilder out, int indent, int dashes) {
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

  private static void newline(StringBuilder out) {
    out.append('\n');
  }
}
