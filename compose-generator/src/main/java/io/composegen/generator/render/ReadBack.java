package io.composegen.generator.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a rendered file back with an independent YAML reader and checks that it says exactly what the view
 * tree meant; a difference is a bug in composegen, reported with the first place that differs.
 */
public final class ReadBack {

  // The text is composegen's own output, so SnakeYAML's guard against huge untrusted input (3 MB by default) is
  // lifted: the base file of a stack of 10,000 services is about 10 MB.
  private static final LoaderOptions OPTIONS = loaderOptions();

  private ReadBack() {}

  /** The reader of the slow path, created when a file first does not read back as meant. */
  private static final class Slow {
    // Decimals read exactly, so that a long decimal is compared digit for digit rather than as a double.
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(OPTIONS).build())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  /**
   * Checks that {@code text} reads back as {@code meant}.
   *
   * <p>The text is parsed once, event by event with SnakeYAML's parser, and compared with the view tree as it
   * streams by, so that no second tree of the file is built. The comparison is at least as strict as the slow path:
   * when they differ, or for anything the fast path does not judge itself (an explicit tag, an anchor, a number in
   * another notation), the file is read again into plain values with Jackson's YAML reader, which decides and names
   * the first difference.
   *
   * @throws IllegalStateException naming {@code fileName} and the first differing path
   */
  public static void verify(String fileName, String text, YamlNode meant) {
    if (!readsBackDirectly(text, meant)) {
      verifySlowly(fileName, text, meant);
    }
  }

  /**
   * Prints {@code meant} in the built-in layout ({@link ComposeYamlPrinter}) after {@code reserved} spaces and checks,
   * as {@link #verify} does, that the text reads back as {@code meant}. The text is parsed as it is printed, so a
   * service whose tree is built on read ({@link YamlNode.Entry}) is built once for both and dropped once compared:
   * a file of thousands of services never holds all their trees.
   *
   * @return the text after the {@code reserved} spaces
   * @throws IllegalStateException naming {@code fileName} and the first differing path
   */
  public static StringBuilder printVerified(String fileName, YamlNode.Mapping meant, int reserved) {
    ComposeYamlPrinter.Printing printing = new ComposeYamlPrinter.Printing(meant, reserved);
    boolean direct = readsBackWhilePrinted(printing, meant);
    StringBuilder text = printing.text();
    if (!direct) {
      verifySlowly(fileName, text.substring(reserved), meant);
    }
    return text;
  }

  /**
   * Returns whether the fast path finds that the text {@code printing} prints reads as {@code meant}, printing it as
   * the parser reads; false leaves it to the slow one. Prints the whole text either way.
   */
  static boolean readsBackWhilePrinted(ComposeYamlPrinter.Printing printing, YamlNode meant) {
    try {
      return readsBack(new Unmarked(printing.reader()), meant, printing::take);
    } finally {
      printing.finish();
    }
  }

  /** Returns whether the fast path finds that {@code text} reads as {@code meant}; false leaves it to the slow one. */
  static boolean readsBackDirectly(String text, YamlNode meant) {
    return readsBack(new Unmarked(text), meant, YamlNode.Entry::getValue);
  }

  /**
   * SnakeYAML's reader of a text, giving one shared mark for every place instead of a new one for the start and the
   * end of each token and event: a mark serves only error messages, and the fast path gives none (a text it cannot
   * parse goes to the slow path, which names the place). At 10,000 services the marks were an eighth of what a
   * validate and render of the stack allocated.
   */
  static final class Unmarked extends StreamReader {
    private static final Mark NOWHERE = new Mark("the fast read-back", 0, 0, 0, new int[0], 0);

    Unmarked(String text) {
      super(text);
    }

    Unmarked(Reader text) {
      super(text);
    }

    @Override
    public Mark getMark() {
      return NOWHERE;
    }
  }

  private static boolean readsBack(StreamReader text, YamlNode meant, Function<YamlNode.Entry, YamlNode> values) {
    try {
      return new Reading(new ParserImpl(text, OPTIONS), values).matchesDocument(meant);
    } catch (YAMLException e) {
      return false; // the slow path reports a file that does not parse
    }
  }

  /**
   * One fast read of a file: its parser, how to get the value of each entry of the view tree, and the resolver of
   * YAML 1.1's implicit types (Jackson's YAML reader resolves plain scalars with the same table of patterns).
   */
  private static final class Reading {
    private final Parser parser;
    private final Function<YamlNode.Entry, YamlNode> values;
    private final Resolver resolver = new ReusingResolver();

    Reading(Parser parser, Function<YamlNode.Entry, YamlNode> values) {
      this.parser = parser;
      this.values = values;
    }

    /** Returns whether the stream holds one document that reads as {@code meant}, or none when it is empty. */
    boolean matchesDocument(YamlNode meant) {
      if (!parser.checkEvent(Event.ID.StreamStart)) {
        return false;
      }
      parser.getEvent();
      if (parser.checkEvent(Event.ID.StreamEnd)) {
        // a file of comments only (an empty stack) holds no document; it stands for the empty mapping
        return meant instanceof YamlNode.Mapping m && m.getEntries().isEmpty();
      }
      if (!parser.checkEvent(Event.ID.DocumentStart)) {
        return false;
      }
      parser.getEvent();
      return matches(meant, parser.getEvent())
          && parser.getEvent() instanceof DocumentEndEvent && parser.getEvent() instanceof StreamEndEvent;
    }

    /**
     * Returns whether {@code event}, and the events after it up to the value's end, read as {@code meant} reads in
     * the slow path: same keys in the same order, same lists, and scalars equal in value and type (a number equal as a
     * decimal). {@code values} gives the value of each entry of a mapping.
     */
    private boolean matches(YamlNode meant, Event event) {
      if (meant instanceof YamlNode.Mapping mapping) {
        if (!(event instanceof MappingStartEvent start) || !untagged(start.getTag()) || start.getAnchor() != null) {
          return false;
        }
        List<YamlNode.Entry> entries = mapping.getEntries();
        for (int i = 0; i < entries.size(); i++) { // by index: no iterator per mapping of a large file
          YamlNode.Entry entry = entries.get(i);
          if (!(parser.getEvent() instanceof ScalarEvent key) || !untagged(key.getTag())
              || !entry.getRawKey().equals(key.getValue())
              || !matches(values.apply(entry), parser.getEvent())) {
            return false;
          }
        }
        return parser.getEvent() instanceof MappingEndEvent;
      }
      if (meant instanceof YamlNode.Sequence sequence) {
        if (!(event instanceof SequenceStartEvent start) || !untagged(start.getTag()) || start.getAnchor() != null) {
          return false;
        }
        List<YamlNode> items = sequence.getItems();
        for (int i = 0; i < items.size(); i++) {
          if (!matches(items.get(i), parser.getEvent())) {
            return false;
          }
        }
        return parser.getEvent() instanceof SequenceEndEvent;
      }
      if (!(event instanceof ScalarEvent scalar) || !untagged(scalar.getTag()) || scalar.getAnchor() != null) {
        return false;
      }
      String text = scalar.getValue();
      Tag tag = resolver.resolve(NodeId.scalar, text, scalar.getImplicit().canOmitTagInPlainScalar());
      Object value = meant.plain();
      if (value == null) {
        return tag.equals(Tag.NULL);
      }
      if (value instanceof String s) {
        return tag.equals(Tag.STR) && s.equals(text);
      }
      if (value instanceof Boolean b) {
        return tag.equals(Tag.BOOL) && (b ? TRUE_WORDS : FALSE_WORDS).contains(text);
      }
      if (value instanceof BigDecimal d) {
        return (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && isPlainDecimal(text)
            && new BigDecimal(text).compareTo(d) == 0;
      }
      return false;
    }
  }

  /** The spellings of a boolean that Jackson's YAML reader, and every other, takes for one. */
  private static final Set<String> TRUE_WORDS = Set.of("true", "True", "TRUE");

  private static final Set<String> FALSE_WORDS = Set.of("false", "False", "FALSE");

  private static boolean untagged(String tag) {
    return tag == null || tag.equals("!");
  }

  /**
   * Returns whether {@code text} is a decimal that every YAML reader takes at face value: an optional minus, an
   * integer part without a leading zero (YAML 1.1 reads {@code 010} as octal), an optional fraction. Other
   * notations are left to the slow path.
   */
  private static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == digits || (text.charAt(digits) == '0' && i - digits > 1)) {
      return false;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    return i == text.length();
  }

  /** Reads {@code text} whole into plain values and names the first difference from {@code meant}, if any. */
  private static void verifySlowly(String fileName, String text, YamlNode meant) {
    Object read;
    try {
      JsonNode tree = Slow.YAML.readTree(text);
      read = tree == null || tree.isMissingNode() ? Map.of() : Slow.YAML.treeToValue(tree, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("composegen rendered " + fileName + " as YAML that does not parse ("
          + e.getOriginalMessage() + "); this is a bug in composegen, please report it with your model");
    }
    String difference = difference("", meant.plain(), read);
    if (difference != null) {
      throw new IllegalStateException("composegen rendered " + fileName + " but it reads back differently at "
          + difference + "; this is a bug in composegen, please report it with your model");
    }
  }

  /** Returns the first path at which {@code read} differs from {@code meant}, with both values, or null. */
  static String difference(String path, Object meant, Object read) {
    if (meant instanceof Map<?, ?> m) {
      if (!(read instanceof Map<?, ?> r)) {
        return at(path) + ": expected a mapping, read " + describe(read);
      }
      if (!List.copyOf(m.keySet()).equals(List.copyOf(r.keySet()))) {
        return at(path) + ": expected keys " + m.keySet() + ", read " + r.keySet();
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String d = difference(path + "." + e.getKey(), e.getValue(), r.get(e.getKey()));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (meant instanceof List<?> m) {
      if (!(read instanceof List<?> r) || r.size() != m.size()) {
        return at(path) + ": expected a list of " + m.size() + ", read " + describe(read);
      }
      Iterator<?> a = m.iterator();
      Iterator<?> b = r.iterator();
      for (int i = 0; a.hasNext(); i++) {
        String d = difference(path + "[" + i + "]", a.next(), b.next());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (meant instanceof BigDecimal m) {
      if (read instanceof Number n && !(read instanceof Double d && (d.isNaN() || d.isInfinite()))
          && new BigDecimal(n.toString()).compareTo(m) == 0) {
        return null;
      }
      return at(path) + ": expected the number " + m.toPlainString() + ", read " + describe(read);
    }
    if (Objects.equals(meant, read) && (meant == null || meant.getClass() == read.getClass())) {
      return null;
    }
    return at(path) + ": expected " + describe(meant) + ", read " + describe(read);
  }

  private static String at(String path) {
    return path.isEmpty() ? "(root)" : path.substring(1);
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "the string \"" + s.replace("\n", "\\n") + "\"";
    }
    return value.getClass().getSimpleName() + " " + value;
  }
}
