package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.model.ModelPath;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The problems of one read, and the conversions from YAML nodes to model values that report them.
 *
 * <p>Every conversion returns null after reporting a problem, so callers set only what was read. Mutable; one
 * instance per read.
 */
final class Reading {

  /** What a key without a value ({@code KEY} in a list, {@code KEY:} in a map) stands for in a key-value map. */
  enum BareKey {
    /** A null value: the key is set without a value (environment, build args). */
    NULL,
    /** The empty string (labels, sysctls). */
    EMPTY
  }

  private static final int QUOTE_LIMIT = 60;
  /** The longest text {@link #decimal} reads as a number. */
  static final int MAX_NUMBER_LENGTH = 100;

  private final List<Problem> problems = new ArrayList<>();

  List<Problem> problems() {
    return problems;
  }

  /** Adds a problem found elsewhere (by the YAML loader), keeping its location. */
  void add(Problem problem) {
    problems.add(problem);
  }

  void problem(ModelPath path, String code, String message, String hint) {
    problems.add(new Problem(path, code, message, hint));
  }

  void wrongType(ModelPath path, String expected, JsonNode got, String hint) {
    problem(path, Problem.WRONG_TYPE, "expected " + expected + ", got " + describe(got), hint);
  }

  void missing(ModelPath path, String message, String hint) {
    problem(path, Problem.MISSING_VALUE, message, hint);
  }

  /** Reports a key that is not known at {@code path}, suggesting the closest known key. */
  void unknownKey(ModelPath path, String key, Collection<String> known, String what) {
    String closest = closest(key, known);
    String hint = closest != null ? "did you mean \"" + closest + "\"?"
        : "remove it, or rename it to x-" + key + " to keep it as an extension";
    problem(path, Problem.UNKNOWN_KEY, "unknown key \"" + key + "\" in " + what, hint);
  }

  /** Reports a key that Compose defines but composegen's model cannot hold yet. */
  void unsupported(ModelPath path, String key, String what) {
    problem(path, Problem.UNKNOWN_KEY, "\"" + key + "\" in " + what + " is not supported by composegen yet",
        "remove it, or rename it to x-" + key + " to keep it as an extension");
  }

  /** Returns a mark to pass to {@link #since(int)}. */
  int mark() {
    return problems.size();
  }

  /** Returns true when problems were reported since {@code mark}. */
  boolean since(int mark) {
    return problems.size() > mark;
  }

  /** Returns what {@code make} returns, or null after reporting the model's objection at {@code path}. */
  <T> T attempt(ModelPath path, String hint, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      problem(path, Problem.INVALID_VALUE, e.getMessage(), hint);
      return null;
    }
  }

  /** Returns a string; numbers read as their digits. */
  String string(JsonNode node, ModelPath path, String hint) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return numberText(node);
    }
    wrongType(path, "a string", node, hint);
    return null;
  }

  /** Returns a string, also from a number or boolean, as Compose does for environment values and labels. */
  String scalar(JsonNode node, ModelPath path, String hint) {
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isTextual() || node.isNumber()) {
      return string(node, path, hint);
    }
    wrongType(path, "a string, number or boolean", node, hint);
    return null;
  }

  Boolean bool(JsonNode node, ModelPath path, String hint) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    wrongType(path, "a boolean (true or false)", node, hint);
    return null;
  }

  Integer integer(JsonNode node, ModelPath path, String hint) {
    if (node.isIntegralNumber()) {
      if (node.canConvertToInt()) {
        return node.intValue();
      }
      problem(path, Problem.INVALID_VALUE, numberText(node) + " is too large", hint);
      return null;
    }
    wrongType(path, "an integer", node, hint);
    return null;
  }

  /** Returns a duration written in Go syntax, such as {@code 1m30s}. */
  ComposeDuration duration(JsonNode node, ModelPath path) {
    String hint = "write a number with a unit (h, m, s, ms, us, ns), e.g. 30s or 1m30s";
    if (node.isTextual()) {
      return attempt(path, hint, () -> ComposeDuration.parse(node.textValue()));
    }
    wrongType(path, "a duration string", node, hint);
    return null;
  }

  /** Returns a size written as a string with a unit ({@code 512m}) or a number of bytes. */
  ByteSize size(JsonNode node, ModelPath path) {
    String hint = "write a number with an optional unit (b, k, m, g), e.g. 512m, or a number of bytes";
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        problem(path, Problem.INVALID_VALUE, numberText(node) + " bytes is too large", hint);
        return null;
      }
      return attempt(path, hint, () -> ByteSize.ofBytes(node.longValue()));
    }
    if (node.isTextual()) {
      return attempt(path, hint, () -> ByteSize.parse(node.textValue()));
    }
    wrongType(path, "a size", node, hint);
    return null;
  }

  /** Returns a decimal written as a number or a string, such as {@code 0.5} or {@code "0.50"}. */
  BigDecimal decimal(JsonNode node, ModelPath path, String hint) {
    if (node.isNumber()) {
      return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
    }
    if (node.isTextual()) {
      String text = node.textValue().strip();
      try {
        if (text.length() > MAX_NUMBER_LENGTH) {
          // no setting needs one, and reading a number of a million digits takes minutes
          throw new NumberFormatException("longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        problem(path, Problem.INVALID_VALUE, quote(text) + " is not a number"
            + (text.length() > MAX_NUMBER_LENGTH ? " of at most " + MAX_NUMBER_LENGTH + " characters" : ""), hint);
        return null;
      }
    }
    wrongType(path, "a number", node, hint);
    return null;
  }

  /**
   * Returns a list of strings; with {@code scalarAllowed} a single string stands for a list of one, as Compose
   * allows for {@code dns}, {@code tmpfs} and others.
   */
  List<String> strings(JsonNode node, ModelPath path, boolean scalarAllowed, String hint) {
    if (scalarAllowed && (node.isTextual() || node.isNumber())) {
      return List.of(string(node, path, hint));
    }
    if (!node.isArray()) {
      wrongType(path, scalarAllowed ? "a string or a list of strings" : "a list of strings", node, hint);
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String item = string(node.get(i), path.index(i), hint);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Returns a map of strings written as a mapping or as a list of {@code KEY=VALUE}; numbers and booleans read
   * as their text, and a key without a value as {@code bare} says.
   */
  Map<String, String> keyValues(JsonNode node, ModelPath path, BareKey bare, String hint) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        JsonNode value = e.getValue();
        if (value.isNull()) {
          out.put(e.getKey(), bare == BareKey.NULL ? null : "");
        } else {
          String text = scalar(value, path.key(e.getKey()), hint);
          if (text != null) {
            out.put(e.getKey(), text);
          }
        }
      });
      return out;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String item = string(node.get(i), path.index(i), hint);
        if (item == null) {
          continue;
        }
        int eq = item.indexOf('=');
        String key = eq < 0 ? item : item.substring(0, eq);
        if (out.containsKey(key)) {
          problem(path.index(i), Problem.INVALID_VALUE, "\"" + key + "\" is set twice", "keep one of the entries");
          continue;
        }
        out.put(key, eq >= 0 ? item.substring(eq + 1) : bare == BareKey.NULL ? null : "");
      }
      return out;
    }
    wrongType(path, "a mapping or a list of KEY=VALUE strings", node, hint);
    return null;
  }

  /** Returns a map of strings written as a mapping only (driver options and the like). */
  Map<String, String> stringMap(JsonNode node, ModelPath path, String hint) {
    if (!node.isObject()) {
      wrongType(path, "a mapping", node, hint);
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      String text = scalar(e.getValue(), path.key(e.getKey()), hint);
      if (text != null) {
        out.put(e.getKey(), text);
      }
    });
    return out;
  }

  /**
   * Returns the plain Java value of an extension: String, Boolean, Integer, Long, BigInteger, BigDecimal, null,
   * List or Map, keeping order.
   */
  Object plain(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isInt()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(item -> out.add(plain(item)));
      return out;
    }
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
      return out;
    }
    return node.asText();
  }

  /** Returns an object walker for {@code node}, or null after reporting that it is not a mapping. */
  Fields fields(JsonNode node, ModelPath path, String what, String hint) {
    if (!node.isObject()) {
      wrongType(path, "a mapping", node, hint);
      return null;
    }
    return new Fields(this, node, path, what);
  }

  /** Returns a readable description of a node for messages: its type and the value, quoted and shortened. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "the string " + quote(node.textValue());
    }
    if (node.isBoolean()) {
      return "the boolean " + node.booleanValue();
    }
    if (node.isNumber()) {
      return "the number " + numberText(node);
    }
    String json = shorten(node.toString());
    return node.isArray() ? "the list " + json : "the mapping " + json;
  }

  /** Returns {@code text} in double quotes with quotes, backslashes and control characters escaped, shortened. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    // what is past the limit is cut anyway: a value of megabytes is not escaped whole for each problem it has
    for (int i = 0; i < text.length() && out.length() <= QUOTE_LIMIT; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return shorten(out.toString()) + "\"";
  }

  private static String shorten(String text) {
    return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
  }

  private static String numberText(JsonNode node) {
    return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.decimalValue().toPlainString();
  }

  /** Returns the known key closest to {@code key} by edit distance, when it is close enough to be a typo. */
  static String closest(String key, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.min(2, key.length() / 3));
    for (String candidate : known) {
      if (Math.abs(key.length() - candidate.length()) > allowed) {
        continue; // as many edits apart at least: never close enough, and a long key would cost its length squared
      }
      int d = distance(key, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= allowed ? best : null;
  }

  /** Returns the edit distance of two keys, counting a swap of neighbours as one edit ({@code prots}). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

}
