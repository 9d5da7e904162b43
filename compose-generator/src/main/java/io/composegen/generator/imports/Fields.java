package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.model.ModelPath;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the keys of one YAML mapping into a model builder, then reports the keys nobody asked for.
 *
 * <p>Each accessor names a key it knows; when the key is present and its value converts, the setter gets the
 * value. {@link #finish()} reports every other key as unknown, suggesting the closest known one. Mutable; one
 * instance per mapping.
 */
final class Fields {

  /** Converts a node at a path to a value, or returns null after reporting a problem. */
  @FunctionalInterface
  interface Converter<T> {
    T convert(JsonNode node, ModelPath path);
  }

  private final Reading reading;
  private final JsonNode node;
  private final ModelPath path;
  private final String what;
  private final Set<String> known = new LinkedHashSet<>();
  private final Set<String> unsupported = new LinkedHashSet<>();
  private boolean extensions;

  Fields(Reading reading, JsonNode node, ModelPath path, String what) {
    this.reading = reading;
    this.node = node;
    this.path = path;
    this.what = what;
  }

  /** Returns the path of the mapping. */
  ModelPath path() {
    return path;
  }

  /** Marks {@code key} as known and returns its value, or null when absent. */
  JsonNode get(String key) {
    known.add(key);
    return node.get(key);
  }

  /** Reads {@code key} with {@code converter} and passes a converted value to {@code set}. */
  <T> void read(String key, Converter<T> converter, Consumer<? super T> set) {
    JsonNode value = get(key);
    if (value != null) {
      T converted = converter.convert(value, path.key(key));
      if (converted != null) {
        set.accept(converted);
      }
    }
  }

  void string(String key, String hint, Consumer<String> set) {
    read(key, (n, p) -> reading.string(n, p, hint), set);
  }

  void bool(String key, Consumer<Boolean> set) {
    read(key, (n, p) -> reading.bool(n, p, "write true or false"), set);
  }

  void integer(String key, Consumer<Integer> set) {
    read(key, (n, p) -> reading.integer(n, p, "write a whole number"), set);
  }

  void duration(String key, Consumer<ComposeDuration> set) {
    read(key, reading::duration, set);
  }

  void size(String key, Consumer<ByteSize> set) {
    read(key, reading::size, set);
  }

  void decimal(String key, String hint, Consumer<BigDecimal> set) {
    read(key, (n, p) -> reading.decimal(n, p, hint), set);
  }

  void strings(String key, boolean scalarAllowed, String hint, Consumer<List<String>> set) {
    read(key, (n, p) -> reading.strings(n, p, scalarAllowed, hint), set);
  }

  void keyValues(String key, Reading.BareKey bare, String hint, Consumer<Map<String, String>> set) {
    read(key, (n, p) -> reading.keyValues(n, p, bare, hint), set);
  }

  void stringMap(String key, String hint, Consumer<Map<String, String>> set) {
    read(key, (n, p) -> reading.stringMap(n, p, hint), set);
  }

  /** Reads every {@code x-*} key as a plain extension value. */
  void extensions(BiConsumer<String, Object> set) {
    extensions = true;
    node.fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("x-")) {
        set.accept(e.getKey(), reading.plain(e.getValue()));
      }
    });
  }

  /** Names keys that Compose defines here but the model cannot hold, so that they are reported as such. */
  void unsupported(String... keys) {
    unsupported.addAll(List.of(keys));
  }

  /** Reports every key that no accessor named, and {@code x-*} keys unless extensions were read. */
  void finish() {
    Iterator<String> keys = node.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (!known.contains(key) && !(extensions && key.startsWith("x-"))) {
        if (unsupported.contains(key)) {
          reading.unsupported(path.key(key), key, what);
        } else if (key.startsWith("x-")) {
          reading.problem(path.key(key), Problem.UNKNOWN_KEY, "extension \"" + key + "\" is not kept in " + what,
              "move it to the enclosing service or to the top level of the file");
        } else {
          reading.unknownKey(path.key(key), key, known, what);
        }
      }
    }
  }
}
