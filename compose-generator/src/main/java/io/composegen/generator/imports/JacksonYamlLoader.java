package io.composegen.generator.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.composegen.model.ModelPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads YAML with Jackson's YAML parser, reading scalars the way Compose v2 does; immutable and thread-safe.
 *
 * <p>Only {@code true} and {@code false} are booleans ({@code yes}, {@code on} and the other YAML 1.1 words are
 * strings), an empty value ({@code key:}) is null while {@code ""} is the empty string, and decimals keep the
 * digits written ({@code 0.50}). Unquoted integers follow YAML 1.1 ({@code 0123} is octal, {@code 1_000} is 1000).
 * Anchors are ignored; aliases, merge keys ({@code <<}) and custom tags ({@code !reset}) are reported as
 * {@value Problem#UNSUPPORTED_YAML} and left out of the tree, duplicate keys and further documents as
 * {@value Problem#INVALID_YAML}.
 */
public final class JacksonYamlLoader implements YamlLoader {

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";
  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

  /** Returns a loader. */
  public JacksonYamlLoader() {
  }

  @Override
  public Loaded load(String text) {
    Objects.requireNonNull(text, "text");
    List<Problem> problems = new ArrayList<>();
    JsonNode tree = null;
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != null) {
        tree = read(parser, ModelPath.root(), problems);
        if (parser.nextToken() != null) {
          problems.add(new Problem(ModelPath.root(), Problem.INVALID_YAML,
              "the file holds more than one YAML document", "keep one document per file; remove the \"---\" line"));
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(new Problem(ModelPath.root(), Problem.INVALID_YAML, "not valid YAML: " + describe(e),
          "fix the YAML syntax at that place"));
      tree = null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
    return new Loaded(tree, problems);
  }

  /** Reads the value at the parser's current token; returns null for a value that must be left out. */
  private static JsonNode read(JsonParser parser, ModelPath path, List<Problem> problems) throws IOException {
    YAMLParser yaml = (YAMLParser) parser;
    if (yaml.isCurrentAlias()) {
      problems.add(new Problem(path, Problem.UNSUPPORTED_YAML, "alias *" + parser.getText() + " is not supported",
          "write the value out in full; composegen does not resolve YAML anchors and aliases yet"));
      return null;
    }
    String tag = yaml.getTypeId();
    if (tag != null && !tag.startsWith(STANDARD_TAG)) {
      problems.add(new Problem(path, Problem.UNSUPPORTED_YAML, "tag !" + tag + " is not supported",
          "remove the tag; in composegen a layer removes what the base sets with Service.Builder#reset"));
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readObject(parser, path, problems);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          JsonNode item = read(parser, path.index(array.size()), problems);
          if (item != null) {
            array.add(item);
          }
        }
        return array;
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
        return text == null ? NODES.nullNode() : TextNode.valueOf(text);
    }
  }

  private static JsonNode readObject(JsonParser parser, ModelPath path, List<Problem> problems) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      boolean mergeKey = key.equals("<<") && ((YAMLParser) parser).isCurrentAlias();
      if (mergeKey) {
        problems.add(new Problem(path.key(key), Problem.UNSUPPORTED_YAML,
            "merge key <<: *" + parser.getText() + " is not supported",
            "write the merged keys out in full; composegen does not resolve YAML merge keys yet"));
        continue;
      }
      JsonNode value = read(parser, path.key(key), problems);
      if (object.has(key)) {
        problems.add(new Problem(path.key(key), Problem.INVALID_YAML, "key \"" + key + "\" appears twice",
            "keep one of the two entries"));
      } else if (value != null) {
        object.set(key, value);
      }
    }
    return object;
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
    if (place == null && e.getLocation() != null) {
      place = "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    String what = String.join(", ", parts);
    return place == null ? what : what + " (" + place + ")";
  }
}
