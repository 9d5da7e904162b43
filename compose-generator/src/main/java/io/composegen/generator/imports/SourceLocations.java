package io.composegen.generator.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.composegen.model.ModelPath;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The line and column of every key and list item of a YAML text, by {@link ModelPath}, so that problems found in
 * the tree (which has no locations) can point into the file; immutable once made.
 *
 * <p>A key's path points to the key itself ({@code web:} for {@code services.web}), a list item's to the item, and
 * the root to the file alone. The
 * text is walked once more with a streaming parser, without building anything; a syntax error ends the walk, keeping
 * what was found before it, since the loader reports the error itself. The walk is iterative, so deep nesting cannot
 * overflow the stack.
 */
final class SourceLocations {

  /**
   * Walks texts of any length: the loader applies the user's size limit (which may be raised above SnakeYAML's
   * default of 3 MB), and a walk that stopped at SnakeYAML's default would place every finding after it at the
   * {@code services} key.
   */
  private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(unlimited()).build();

  private final String file;
  private final Map<ModelPath, Problem.Location> places;

  private SourceLocations(String file, Map<ModelPath, Problem.Location> places) {
    this.file = file;
    this.places = places;
  }

  private static LoaderOptions unlimited() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  /** Returns the locations of {@code text}, named {@code file} in every location. */
  static SourceLocations of(String file, String text) {
    return of(file, text, null);
  }

  /**
   * Returns the locations of {@code text} that {@link #locate} needs for the paths {@code wanted} (all when null):
   * theirs and their enclosing paths'. A file of thousands of services has hundreds of thousands of keys and list
   * items, and a report of a few findings needs a few of them.
   */
  static SourceLocations of(String file, String text, Collection<ModelPath> wanted) {
    Set<ModelPath> kept = null;
    if (wanted != null) {
      kept = new HashSet<>();
      for (ModelPath path : wanted) {
        ModelPath at = path; // the path and each enclosing one, up to one already kept
        while (kept.add(at) && !at.isRoot()) {
          at = at.parent();
        }
      }
    }
    Set<ModelPath> keep = kept;
    Map<ModelPath, Problem.Location> places = new HashMap<>();
    walk(file, text, (path, here, placed, parser) -> {
      if (placed && (keep == null || keep.contains(path))) {
        places.put(path, here); // a repeated key points to the repetition
      }
    });
    return new SourceLocations(file, places);
  }

  /**
   * A string value as written in a YAML text, not a key: its path, its place (where the scalar starts, at its
   * quote when quoted) and its text as YAML reads it. Aliases are not values of their own: the anchored value is.
   */
  record Scalar(ModelPath path, Problem.Location location, String value) {}

  /** Returns the string values of {@code text} in document order, named {@code file} in every location. */
  static List<Scalar> scalars(String file, String text) {
    List<Scalar> out = new ArrayList<>();
    walk(file, text, (path, here, placed, parser) -> {
      if (parser.currentToken() == JsonToken.VALUE_STRING
          && !(parser instanceof YAMLParser yaml && yaml.isCurrentAlias())) {
        out.add(new Scalar(path, here, parser.getText()));
      }
    });
    return out;
  }

  /** What {@link #walk} sees at each token but the ends of mappings and lists. */
  @FunctionalInterface
  private interface Visitor {
    /**
     * @param path the path of the value at hand, or of the key just read
     * @param placed true for a key or a list item, whose place is its path's own
     */
    void visit(ModelPath path, Problem.Location here, boolean placed, JsonParser parser) throws IOException;
  }

  private static void walk(String file, String text, Visitor visitor) {
    Objects.requireNonNull(file, "file");
    Deque<Frame> open = new ArrayDeque<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        Problem.Location here = location(file, parser.currentTokenLocation());
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
          continue;
        }
        Frame frame = open.peek();
        ModelPath path;
        if (frame == null) {
          path = ModelPath.root(); // the whole file: problems there name the file alone
        } else if (token == JsonToken.FIELD_NAME) {
          frame.key = parser.currentName();
          visitor.visit(frame.path.key(frame.key), here, true, parser);
          continue;
        } else if (frame.array) {
          path = frame.path.index(frame.next++);
          visitor.visit(path, here, true, parser);
        } else {
          path = frame.path.key(frame.key);
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          open.push(new Frame(path, token == JsonToken.START_ARRAY));
        } else if (frame == null || !frame.array) {
          visitor.visit(path, here, false, parser);
        }
      }
    } catch (IOException | RuntimeException syntaxOrLimit) {
      // the loader reports what is wrong with the text; the places found so far still help
    }
  }

  /**
   * Returns {@code problems}, each without a location placed where its path points in {@code text}; the text is
   * walked only when some problem needs it.
   */
  static List<Problem> locateAll(String file, String text, List<Problem> problems) {
    if (problems.stream().allMatch(p -> p.location() != null)) {
      return List.copyOf(problems);
    }
    SourceLocations places = of(file, text, problems.stream().filter(p -> p.location() == null).map(Problem::path)
        .toList());
    List<Problem> located = new ArrayList<>(problems.size());
    problems.forEach(p -> located.add(p.location() != null ? p : p.at(places.locate(p.path()))));
    return located;
  }

  /**
   * Returns where {@code path} is: its own place, else that of the closest enclosing path that was found, else the
   * file alone.
   */
  Problem.Location locate(ModelPath path) {
    for (ModelPath at = path; ; at = at.parent()) {
      Problem.Location place = places.get(at);
      if (place != null) {
        return place;
      }
      if (at.isRoot()) {
        return Problem.Location.of(file);
      }
    }
  }

  /** Returns the place {@code location} of the parser points to in {@code file}: the file alone when unknown. */
  static Problem.Location location(String file, JsonLocation location) {
    int line = Math.max(location.getLineNr(), 0);
    int column = Math.max(location.getColumnNr(), 0);
    return line == 0 ? Problem.Location.of(file) : new Problem.Location(file, line, Math.max(column, 1));
  }

  /** One open mapping or list on the way down: its path, the current key or the next index. */
  private static final class Frame {
    private final ModelPath path;
    private final boolean array;
    private String key;
    private int next;

    Frame(ModelPath path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }
}
