package io.composegen.generator.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses a rendered file back with an independent YAML reader and checks that it says exactly what the view
 * tree meant; a difference is a bug in composegen, reported with the first place that differs.
 */
public final class ReadBack {

  // The text is composegen's own output, so SnakeYAML's guard against huge untrusted input (3 MB by default) is
  // lifted: the base file of a stack of 10,000 services is about 10 MB. The fast path streams tokens from the factory
  // alone: Jackson's data binding, hundreds of classes, is loaded only to explain a difference.
  private static final YAMLFactory FACTORY = yamlFactory();

  private ReadBack() {}

  /** The reader of the slow path, created when a file first does not read back as meant. */
  private static final class Slow {
    // Decimals read exactly, so that a long decimal is compared digit for digit rather than as a double.
    static final ObjectMapper YAML = new ObjectMapper(yamlFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  /**
   * Checks that {@code text} reads back as {@code meant}.
   *
   * <p>The text is parsed once, token by token, and compared with the view tree as it streams by, so that no
   * second tree of the file is built. Only when they differ is the file read again into plain values, to name the
   * first difference.
   *
   * @throws IllegalStateException naming {@code fileName} and the first differing path
   */
  public static void verify(String fileName, String text, YamlNode meant) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      // a file of comments only (an empty stack) holds no document; it stands for the empty mapping
      if (first == null ? meant instanceof YamlNode.Mapping m && m.getEntries().isEmpty() : matches(meant, parser)) {
        return;
      }
    } catch (IOException e) {
      // falls through to the slow path, which reports a file that does not parse
    }
    verifySlowly(fileName, text, meant);
  }

  /**
   * Returns whether the value at the parser's current token, and those after it up to the value's end, read as
   * {@code meant} reads in the slow path: same keys in the same order, same lists, and scalars equal in value and
   * type (a number equal as a decimal).
   */
  private static boolean matches(YamlNode meant, JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (meant instanceof YamlNode.Mapping mapping) {
      if (token != JsonToken.START_OBJECT) {
        return false;
      }
      for (YamlNode.Entry entry : mapping.getEntries()) {
        if (parser.nextToken() != JsonToken.FIELD_NAME || !entry.getRawKey().equals(parser.currentName())) {
          return false;
        }
        parser.nextToken();
        if (!matches(entry.getValue(), parser)) {
          return false;
        }
      }
      return parser.nextToken() == JsonToken.END_OBJECT;
    }
    if (meant instanceof YamlNode.Sequence sequence) {
      if (token != JsonToken.START_ARRAY) {
        return false;
      }
      for (YamlNode item : sequence.getItems()) {
        parser.nextToken();
        if (!matches(item, parser)) {
          return false;
        }
      }
      return parser.nextToken() == JsonToken.END_ARRAY;
    }
    Object value = meant.plain();
    if (value == null) {
      return token == JsonToken.VALUE_NULL;
    }
    if (value instanceof String s) {
      return token == JsonToken.VALUE_STRING && s.equals(parser.getText());
    }
    if (value instanceof Boolean b) {
      return token == (b ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE);
    }
    if (value instanceof BigDecimal d) {
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return new BigDecimal(parser.getBigIntegerValue()).compareTo(d) == 0;
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        try {
          return parser.getDecimalValue().compareTo(d) == 0;
        } catch (NumberFormatException | JsonProcessingException e) {
          return false;
        }
      }
    }
    return false;
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
