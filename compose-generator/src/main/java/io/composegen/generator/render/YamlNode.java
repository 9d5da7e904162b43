package io.composegen.generator.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A view object for templates: one YAML value whose scalars are already escaped, in the order to print.
 *
 * <p>Templates read it through JavaBean properties: {@code inline} (printable after {@code key: } on the same
 * line), {@code text} (that printable form), {@code mapping} / {@code sequence}, {@code entries} (each with
 * {@code key} and {@code value}) and {@code items}. {@link #plain()} gives the value a YAML reader must get back
 * from the rendered text. Immutable.
 */
public abstract sealed class YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  private YamlNode() {}

  /** Returns a string scalar, escaped by {@link YamlScalars#quote(String)}. */
  public static YamlNode string(String value) {
    return new Scalar(YamlScalars.quote(Objects.requireNonNull(value, "value")), value);
  }

  /** Returns a number scalar, printed plainly ({@code 3}, {@code 0.5}). */
  public static YamlNode number(Number value) {
    BigDecimal decimal = value instanceof BigDecimal d ? d
        : value instanceof BigInteger i ? new BigDecimal(i)
        : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
        : BigDecimal.valueOf(value.longValue());
    return new Scalar(decimal.toPlainString(), decimal);
  }

  /** Returns a boolean scalar, printed {@code true} or {@code false}. */
  public static YamlNode bool(boolean value) {
    return new Scalar(Boolean.toString(value), value);
  }

  /** Returns the null scalar. */
  public static YamlNode nullValue() {
    return new Scalar("null", null);
  }

  /** Returns true when the value prints on the same line as its key (scalars and empty collections). */
  public abstract boolean isInline();

  /** Returns the inline form; only meaningful when {@link #isInline()}. */
  public abstract String getText();

  /** Returns true for a mapping. */
  public boolean isMapping() {
    return this instanceof Mapping;
  }

  /** Returns true for a sequence. */
  public boolean isSequence() {
    return this instanceof Sequence;
  }

  /** Returns the value a YAML reader yields for the rendered text: strings, BigDecimals, booleans, null, maps and lists. */
  public abstract Object plain();

  /** A scalar: its escaped text and the value it stands for. */
  public static final class Scalar extends YamlNode {
    private final String text;
    private final Object value;

    private Scalar(String text, Object value) {
      this.text = text;
      this.value = value;
    }

    @Override
    public boolean isInline() {
      return true;
    }

    @Override
    public String getText() {
      return text;
    }

    @Override
    public Object plain() {
      return value;
    }
  }

  /**
   * One key of a mapping with its escaped form and its value. The value is held, or, for the services of a compose
   * file, built anew each time it is read, so that a file of thousands of services need not hold all their trees
   * while it is printed and read back; a value built on read is equal each time.
   */
  public static final class Entry {
    private final String rawKey;
    private final String key;
    private final YamlNode value;
    private final Supplier<? extends YamlNode> build;

    Entry(String rawKey, YamlNode value) {
      this(rawKey, Objects.requireNonNull(value, "value"), null);
    }

    private Entry(String rawKey, YamlNode value, Supplier<? extends YamlNode> build) {
      this.rawKey = rawKey;
      this.key = YamlScalars.quoteKey(rawKey);
      this.value = value;
      this.build = build;
    }

    /** Returns the key as the template prints it, escaped. */
    public String getKey() {
      return key;
    }

    /** Returns the key as it is. */
    public String getRawKey() {
      return rawKey;
    }

    /** Returns the value; one built on read is built by this call. */
    public YamlNode getValue() {
      return value != null ? value : Objects.requireNonNull(build.get(), "built value");
    }

    /** Returns true when {@link #getValue()} builds the value rather than returning a held one. */
    boolean builtOnRead() {
      return value == null;
    }
  }

  /** A mapping whose entries keep the order they were added in. */
  public static final class Mapping extends YamlNode {
    private final List<Entry> entries;

    Mapping(List<Entry> entries) {
      this.entries = List.copyOf(entries);
    }

    /** Returns the entries in print order. */
    public List<Entry> getEntries() {
      return entries;
    }

    /** Returns the value of {@code key}, or null. */
    public YamlNode get(String key) {
      for (Entry entry : entries) {
        if (entry.rawKey.equals(key)) {
          return entry.getValue();
        }
      }
      return null;
    }

    @Override
    public boolean isInline() {
      return entries.isEmpty();
    }

    @Override
    public String getText() {
      return "{}";
    }

    @Override
    public Object plain() {
      Map<String, Object> out = new LinkedHashMap<>();
      entries.forEach(e -> out.put(e.rawKey, e.getValue().plain()));
      return out;
    }
  }

  /** A sequence of values in order. */
  public static final class Sequence extends YamlNode {
    private final List<YamlNode> items;

    Sequence(List<YamlNode> items) {
      this.items = List.copyOf(items);
    }

    /** Returns the items in order. */
    public List<YamlNode> getItems() {
      return items;
    }

    @Override
    public boolean isInline() {
      return items.isEmpty();
    }

    @Override
    public String getText() {
      return "[]";
    }

    @Override
    public Object plain() {
      List<Object> out = new ArrayList<>();
      items.forEach(i -> out.add(i.plain()));
      return out;
    }
  }

  /** Builds a mapping; keys keep insertion order, and absent values are skipped. */
  public static final class MappingBuilder {
    /** The most entries whose keys are compared one by one; a larger mapping keeps a set of its keys. */
    private static final int SCANNED = 16;

    private final List<Entry> entries = new ArrayList<>();
    private java.util.Set<String> keys;

    /** Adds {@code key} with {@code value}; does nothing when value is null. */
    public MappingBuilder put(String key, YamlNode value) {
      if (value != null) {
        add(new Entry(key, value));
      }
      return this;
    }

    private void add(Entry entry) {
      String key = entry.rawKey;
      if (keys == null) {
        for (int i = 0; i < entries.size(); i++) {
          if (entries.get(i).rawKey.equals(key)) {
            throw new IllegalStateException("duplicate key " + key);
          }
        }
        if (entries.size() == SCANNED) {
          keys = new java.util.HashSet<>();
          entries.forEach(e -> keys.add(e.rawKey));
        }
      }
      if (keys != null && !keys.add(key)) {
        throw new IllegalStateException("duplicate key " + key);
      }
      entries.add(entry);
    }

    /**
     * Adds {@code key} with a value that {@code build} makes each time it is read (see {@link Entry}); {@code build}
     * must return equal values, never null.
     */
    MappingBuilder putBuiltOnRead(String key, Supplier<? extends YamlNode> build) {
      add(new Entry(key, null, Objects.requireNonNull(build, "build")));
      return this;
    }

    /** Adds a string entry when {@code value} is not null. */
    public MappingBuilder putString(String key, Object value) {
      return put(key, value == null ? null : string(value.toString()));
    }

    /** Adds a number entry when {@code value} is not null. */
    public MappingBuilder putNumber(String key, Number value) {
      return put(key, value == null ? null : number(value));
    }

    /** Adds a boolean entry when {@code value} is not null. */
    public MappingBuilder putBool(String key, Boolean value) {
      return put(key, value == null ? null : bool(value));
    }

    /** Returns true when nothing was added. */
    public boolean isEmpty() {
      return entries.isEmpty();
    }

    /** Returns the mapping. */
    public Mapping build() {
      return new Mapping(entries);
    }
  }

  /** Returns a new mapping builder. */
  public static MappingBuilder map() {
    return new MappingBuilder();
  }

  /** Returns a sequence of the given items. */
  public static Sequence list(List<YamlNode> items) {
    return new Sequence(items);
  }

  /** Returns a sequence of string scalars. */
  public static Sequence strings(List<String> values) {
    return new Sequence(values.stream().map(YamlNode::string).toList());
  }
}
