package io.composegen.generator.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.composegen.model.ModelPath;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Loads YAML with Jackson's YAML parser (SnakeYAML's engine), reading scalars the way Compose v2 does and
 * resolving anchors, aliases and merge keys; immutable and thread-safe.
 *
 * <p>Only {@code true} and {@code false} are booleans ({@code yes}, {@code on} and the other YAML 1.1 words are
 * strings), an empty value ({@code key:}) is null while {@code ""} is the empty string, and decimals keep the
 * digits written ({@code 0.50}). Unquoted integers follow YAML 1.1 ({@code 0123} is octal, {@code 1_000} is 1000).
 *
 * <p>An alias ({@code *name}) stands for the value its anchor ({@code &name}) marked earlier in the document. A merge
 * key ({@code <<: *defaults} or {@code <<: [*a, *b]}) copies the entries of the mappings it names into the mapping
 * that holds it: keys written in that mapping win over merged ones, and an earlier mapping in the list wins over a
 * later one. Custom tags ({@code !reset}) are reported as {@value Problem#UNSUPPORTED_YAML} and ignored; duplicate
 * keys, further documents and aliases without an anchor as {@value Problem#INVALID_YAML}.
 *
 * <p>The {@link Limits} keep hostile input cheap: a text longer than the size limit is not parsed, and nesting
 * deeper than the depth limit, more aliases of mappings and lists than the alias limit, or a document that aliases
 * expand beyond the value limit ("billion laughs", where a string counts a value per 64 characters, so that aliases
 * of a long string count as what they stand for too) stop the load at once with one problem naming the line and
 * column. The tree shares the nodes an alias stands for instead of copying them, so memory stays proportional to
 * the text.
 */
public final class JacksonYamlLoader implements YamlLoader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";
  private static final String MERGE_KEY = "<<";
  private static final ModelPath SERVICES = ModelPath.of("services");
  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");
  /** How many characters of a string count as one value against {@link Limits#maxValues()}. */
  static final int CHARACTERS_PER_VALUE = 64;

  private final Limits limits;
  private final YAMLFactory factory;

  /** Returns a loader with the {@link Limits#DEFAULT default limits}. */
  public JacksonYamlLoader() {
    this(Limits.DEFAULT);
  }

  /** Returns a loader with the given limits. */
  public JacksonYamlLoader(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.maxCodePoints());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setMaxAliasesForCollections(limits.maxAliases());
    this.factory = new Factory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 1).build())
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));
  }

  /** Returns the limits this loader applies. */
  public Limits limits() {
    return limits;
  }

  @Override
  public Loaded load(String text) {
    return load(text, null);
  }

  @Override
  public Loaded load(String text, String file) {
    return load(text, file, null);
  }

  /**
   * Loads {@code text} as {@link #load(String, String)} does and adds to {@code strings} (when not null) every string
   * value that holds a {@code $}, in document order, with its path and place: the values Compose interpolates, for
   * {@link UnsetVariables}. An alias adds nothing; the anchored value did.
   */
  Loaded load(String text, String file, List<SourceLocations.Scalar> strings) {
    return load(text, file, strings, null);
  }

  /**
   * Loads {@code text} as {@link #load(String, String, List)} does and, when {@code services} is not null, hands each
   * service of the top-level {@code services} mapping over to it as soon as its value is read, keeping the
   * placeholder it returns in the tree (not when that mapping is anchored: an alias of it would hold placeholders).
   */
  Loaded load(String text, String file, List<SourceLocations.Scalar> strings, ServiceStream services) {
    Objects.requireNonNull(text, "text");
    List<Problem> problems = new ArrayList<>();
    // a text has at most as many code points as chars, so only a long one needs counting
    if (text.length() > limits.maxCodePoints()
        && text.codePoints().limit(limits.maxCodePoints() + 1L).count() > limits.maxCodePoints()) {
      problems.add(located(new Problem(ModelPath.root(), Problem.INVALID_YAML,
          "the file is longer than " + limits.maxCodePoints() + " characters",
          "split it into a base file and layer files, or raise the limit (the plugin's compose.maxFileSize, "
              + "the command line's --max-file-size, JacksonYamlLoader.Limits from Java)"), file, 0, 0));
      return new Loaded(null, problems);
    }
    JsonNode tree = null;
    try (JsonParser parser = factory.createParser(text)) {
      if (parser.nextToken() != null) {
        tree = new Builder((EventParser) parser, file, problems, strings, services).read(ModelPath.root(), 0);
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          problems.add(located(new Problem(ModelPath.root(), Problem.INVALID_YAML,
              "the file holds more than one YAML document", "keep one document per file; remove the \"---\" line"),
              file, at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (Abort abort) {
      problems.add(abort.problem);
      tree = null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int[] mark = mark(e);
      int line = mark != null ? mark[0] : at == null ? 0 : at.getLineNr();
      int column = mark != null ? mark[1] : at == null ? 0 : at.getColumnNr();
      problems.add(located(new Problem(ModelPath.root(), Problem.INVALID_YAML, "not valid YAML: " + describe(e),
          hintFor(e)), file, line, column));
      tree = null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    } catch (RuntimeException e) {
      // SnakeYAML signals its own limits (code points, nesting) with unchecked exceptions
      problems.add(located(new Problem(ModelPath.root(), Problem.INVALID_YAML, "not valid YAML: "
          + firstLine(e.getMessage()), "fix the YAML at that place"), file, 0, 0));
      tree = null;
    }
    // The parser checks every character as it reads and fails on the first one YAML does not allow, so a text it
    // read without a problem has none; after a problem, such a character is the one problem, at its own place.
    if (!problems.isEmpty()) {
      Problem unprintable = unprintable(text, file);
      if (unprintable != null) {
        return new Loaded(null, List.of(unprintable));
      }
    }
    return new Loaded(tree, problems);
  }

  /**
   * Returns a problem naming the first character YAML does not allow (a control character, as in binary files), at
   * its line and column; SnakeYAML reports these only at the start of the buffer it was reading.
   */
  private static Problem unprintable(String text, String file) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean printable = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
          || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
      if (!printable) {
        return located(new Problem(ModelPath.root(), Problem.INVALID_YAML, String.format(Locale.ROOT,
            "the file holds the control character U+%04X, which YAML does not allow", c),
            "remove it; if this is not a text file, name the compose file instead"), file, line, column);
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return null;
  }

  private static String hintFor(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("(TAB)")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (message.contains("scanning an alias") || message.contains("scanning an anchor")) {
      return "quote the value: an unquoted value starting with * or & is a YAML alias or anchor";
    }
    if (message.contains("nesting depth")) {
      return "flatten the structure; compose files need only a few levels";
    }
    return "fix the YAML syntax at that place";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "the parser gave up";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static Problem located(Problem problem, String file, int line, int column) {
    if (file == null) {
      return problem;
    }
    return line <= 0 ? problem.at(Problem.Location.of(file))
        : problem.at(new Problem.Location(file, line, Math.max(column, 1)));
  }

  /** Makes {@link EventParser}s, so the loader sees the anchors of scalars and the style of keys. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new EventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
      return _createParser(new CharArrayReader(data, offset, length), context);
    }
  }

  /**
   * Jackson's YAML parser, telling also what Jackson keeps to itself: the anchor of a scalar (Jackson reports
   * anchors of mappings and lists only) and whether a scalar was written plain, since only a plain {@code <<} is a
   * merge key.
   */
  private static final class EventParser extends YAMLParser {

    EventParser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    /** Returns the anchor of the current value, or null. */
    String anchor() {
      return _lastEvent instanceof NodeEvent node && !(_lastEvent instanceof AliasEvent) ? node.getAnchor() : null;
    }

    /** Returns true when the current token (a key or a value) is a scalar written without quotes. */
    boolean isPlainScalar() {
      return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
    }
  }

  /** Stops a load that hit a limit; carries the one problem that says which. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Abort(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Builds the tree of one document from the parser's tokens, keeping anchors and counting what aliases expand. */
  private final class Builder {
    private final EventParser parser;
    private final String file;
    private final List<Problem> problems;
    private final List<SourceLocations.Scalar> strings;
    private final ServiceStream services;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
    private long values;
    private int aliases;

    Builder(EventParser parser, String file, List<Problem> problems, List<SourceLocations.Scalar> strings,
        ServiceStream services) {
      this.parser = parser;
      this.file = file;
      this.problems = problems;
      this.strings = strings;
      this.services = services;
    }

    private Problem here(Problem problem) {
      JsonLocation at = parser.currentTokenLocation();
      return located(problem, file, at.getLineNr(), at.getColumnNr());
    }

    private void count(long more) {
      values += more;
      if (values > limits.maxValues()) {
        throw new Abort(here(new Problem(ModelPath.root(), Problem.INVALID_YAML,
            "the document expands to more than " + limits.maxValues() + " values through its aliases",
            "write the values out or use fewer nested aliases; this looks like an alias bomb")));
      }
    }

    /** Reads the value at the current token; returns null for a value that must be left out. */
    JsonNode read(ModelPath path, int depth) throws IOException {
      if (parser.isCurrentAlias()) {
        return alias(path);
      }
      String anchor = parser.anchor();
      String tag = parser.getTypeId();
      if (tag != null && !tag.startsWith(STANDARD_TAG)) {
        problems.add(here(new Problem(path, Problem.UNSUPPORTED_YAML, "tag !" + tag + " is not supported",
            "remove the tag; in composegen a layer removes what the base sets with Service.Builder#reset")));
      }
      long before = values;
      JsonNode node = switch (parser.currentToken()) {
        case START_OBJECT -> object(path, depth + 1,
            depth == 1 && services != null && anchor == null && path.equals(SERVICES) ? services : null);
        case START_ARRAY -> array(path, depth + 1);
        default -> scalar(path);
      };
      // a long string counts as several values, so that aliases of it cannot expand a small file into gigabytes
      count(node != null && node.isTextual() ? 1 + node.textValue().length() / CHARACTERS_PER_VALUE : 1);
      if (anchor != null && node != null) {
        anchors.put(anchor, node);
        sizes.put(node, values - before);
      }
      return node;
    }

    private void deeper(int depth) {
      if (depth > limits.maxDepth()) {
        throw new Abort(here(new Problem(ModelPath.root(), Problem.INVALID_YAML,
            "the document nests deeper than " + limits.maxDepth() + " levels",
            "flatten the structure; compose files need only a few levels")));
      }
    }

    private JsonNode alias(ModelPath path) throws IOException {
      String name = parser.getText();
      JsonNode target = anchors.get(name);
      if (target == null) {
        problems.add(here(new Problem(path, Problem.INVALID_YAML, "alias *" + name + " has no anchor &" + name
            + " before it", "mark the value with &" + name + " before using *" + name)));
        return null;
      }
      if (target.isContainerNode() && ++aliases > limits.maxAliases()) {
        throw new Abort(here(new Problem(ModelPath.root(), Problem.INVALID_YAML,
            "the document uses more than " + limits.maxAliases() + " aliases of mappings and lists",
            "write the values out or use fewer aliases; this looks like an alias bomb")));
      }
      count(sizes.getOrDefault(target, 1L));
      return target;
    }

    private ArrayNode array(ModelPath path, int depth) throws IOException {
      deeper(depth);
      ArrayNode array = NODES.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        JsonNode item = read(path.index(index++), depth);
        if (item != null) {
          array.add(item);
        }
      }
      return array;
    }

    /** Reads a mapping; hands each entry's value to {@code stream} when not null and keeps its placeholder. */
    private ObjectNode object(ModelPath path, int depth, ServiceStream stream) throws IOException {
      deeper(depth);
      ObjectNode own = NODES.objectNode();
      List<ObjectNode> merged = new ArrayList<>();
      boolean sawMerge = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        boolean mergeKey = key.equals(MERGE_KEY) && parser.isPlainScalar(); // "<<" quoted is a key
        parser.nextToken();
        if (mergeKey) {
          if (sawMerge) {
            problems.add(here(new Problem(path.key(key), Problem.INVALID_YAML, "merge key << appears twice",
                "list every mapping to merge in one key: <<: [*a, *b]")));
          }
          sawMerge = true;
          mergeSources(path.key(key), depth, merged);
          continue;
        }
        JsonNode value = read(path.key(key), depth);
        if (own.has(key)) {
          problems.add(here(new Problem(path.key(key), Problem.INVALID_YAML, "key \"" + key + "\" appears twice",
              "keep one of the two entries")));
        } else if (value != null) {
          own.set(key, stream == null ? value : stream.add(key, value));
        }
      }
      if (merged.isEmpty()) {
        return own;
      }
      // Merged keys come first, in the order of their sources; the mapping's own keys override their values.
      ObjectNode object = NODES.objectNode();
      for (ObjectNode source : merged) {
        source.fields().forEachRemaining(e -> {
          if (!object.has(e.getKey())) {
            object.set(e.getKey(), e.getValue());
          }
        });
      }
      count(object.size());
      own.fields().forEachRemaining(e -> object.set(e.getKey(), e.getValue()));
      return object;
    }

    /** Reads the value of a merge key: a mapping, or a list of mappings, each usually an alias. */
    private void mergeSources(ModelPath path, int depth, List<ObjectNode> into) throws IOException {
      String hint = "merge mappings: <<: *defaults or <<: [*a, *b]";
      if (parser.currentToken() == JsonToken.START_ARRAY && !parser.isCurrentAlias()) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          JsonNode item = read(path.index(index), depth + 1);
          if (item != null && item.isObject()) {
            into.add((ObjectNode) item);
          } else if (item != null) {
            problems.add(here(new Problem(path.index(index), Problem.INVALID_YAML,
                "merge key << lists " + Reading.describe(item) + ", not a mapping", hint)));
          }
          index++;
        }
        return;
      }
      JsonNode value = read(path, depth);
      if (value != null && value.isObject()) {
        into.add((ObjectNode) value);
      } else if (value != null) {
        problems.add(here(new Problem(path, Problem.INVALID_YAML,
            "merge key << takes a mapping or a list of mappings, got " + Reading.describe(value), hint)));
      }
    }

    private JsonNode scalar(ModelPath path) throws IOException {
      switch (parser.currentToken()) {
        case VALUE_NUMBER_INT:
          return switch (parser.getNumberType()) {
            case INT -> IntNode.valueOf(parser.getIntValue());
            case LONG -> LongNode.valueOf(parser.getLongValue());
            default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
          };
        case VALUE_NUMBER_FLOAT:
          try {
            return DecimalNode.valueOf(parser.getDecimalValue());
          } catch (JsonProcessingException | NumberFormatException notDecimal) {
            return TextNode.valueOf(parser.getText()); // .inf and .nan have no decimal value
          }
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          String text = parser.getText(); // a string, or the source of a !!binary scalar
          if (strings != null && text != null && parser.currentToken() == JsonToken.VALUE_STRING
              && text.indexOf('$') >= 0) {
            strings.add(new SourceLocations.Scalar(path, SourceLocations.location(file, parser.currentTokenLocation()),
                text));
          }
          return text == null ? NODES.nullNode() : TextNode.valueOf(text);
      }
    }
  }

  /** Returns the line and column the YAML parser's message points to, or null. */
  private static int[] mark(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int[] found = null;
    for (String line : original.split("\n")) {
      Matcher mark = MARK.matcher(line);
      if (mark.find()) {
        found = new int[] {Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))};
      }
    }
    return found;
  }

  /** Returns the YAML parser's explanation on one line, with the place it points to. */
  private static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    List<String> parts = new ArrayList<>();
    String place = null;
    for (String line : original.split("\n")) {
      Matcher mark = MARK.matcher(line);
      if (mark.find()) {
        place = "line " + mark.group(1) + ", column " + mark.group(2);
      } else if (!line.isBlank() && !line.startsWith(" ")) {
        parts.add(line.strip());
      }
    }
    if (place == null && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      place = "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    String what = String.join(", ", parts);
    return place == null ? what : what + " (" + place + ")";
  }

  /**
   * The bounds a load stays within; immutable.
   *
   * @param maxCodePoints the longest text parsed, in Unicode code points; at least 1
   * @param maxDepth the deepest nesting of mappings and lists; at least 1
   * @param maxAliases the most aliases of mappings and lists one document may use; at least 0
   * @param maxValues the most values (scalars, mappings and lists, counting each alias as everything it stands
   *     for, and a string as one value per 64 characters) one document may expand to; at least 1
   */
  public record Limits(int maxCodePoints, int maxDepth, int maxAliases, long maxValues) {

    /**
     * Far above any real compose file, far below harm: 3 MiB of text, 100 levels, 500 aliases of mappings and
     * lists, 1,000,000 values.
     */
    public static final Limits DEFAULT = new Limits(3 * 1024 * 1024, 100, 500, 1_000_000);

    /**
     * Returns the default limits for files of up to {@code maxCodePoints} characters: a longer file may hold
     * proportionally more values than {@link #DEFAULT} allows; nesting and aliases keep their bounds.
     *
     * @param maxCodePoints the longest file to read, in characters, e.g. 3145728
     * @throws IllegalArgumentException when {@code maxCodePoints} is below 1
     */
    public static Limits forFileSize(int maxCodePoints) {
      if (maxCodePoints < 1) {
        throw new IllegalArgumentException("the longest file to read must be at least 1 character, got "
            + maxCodePoints);
      }
      long values = Math.max(DEFAULT.maxValues, (long) maxCodePoints / DEFAULT.maxCodePoints * DEFAULT.maxValues);
      return new Limits(maxCodePoints, DEFAULT.maxDepth, DEFAULT.maxAliases, values);
    }

    /** Checks the bounds. */
    public Limits {
      if (maxCodePoints < 1 || maxDepth < 1 || maxAliases < 0 || maxValues < 1) {
        throw new IllegalArgumentException("limits must be positive, got " + maxCodePoints + ", " + maxDepth
            + ", " + maxAliases + ", " + maxValues);
      }
    }
  }
}
