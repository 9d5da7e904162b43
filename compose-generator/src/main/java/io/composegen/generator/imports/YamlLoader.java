package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * Turns the text of a YAML file into the tree {@link ComposeReader} maps to the model.
 *
 * <p>Loading is kept apart from mapping so that a loader with other YAML features (tags such as {@code !reset})
 * can replace {@link JacksonYamlLoader} without touching the mapping.
 */
@FunctionalInterface
public interface YamlLoader {

  /** Returns the tree of {@code text}, or the problems that kept it from being read; never throws for bad input. */
  Loaded load(String text);

  /**
   * Returns the tree of {@code text}, read from {@code file}: problems the loader finds at a known place (a syntax
   * error, an alias bomb) carry the file, line and column. By default the same as {@link #load(String)}.
   *
   * @param file the file as shown to the user; null when the text has no file
   */
  default Loaded load(String text, String file) {
    return load(text);
  }

  /**
   * The tree of one YAML document and the problems of loading it.
   *
   * @param tree the document's root: object, array and scalar nodes, with strings for YAML strings, integer and
   *     decimal nodes for numbers, booleans only for {@code true}/{@code false} and null nodes for null and
   *     empty values; null when the text holds no document or could not be parsed
   * @param problems what went wrong, each with a location when the loader knows it; never null
   */
  record Loaded(JsonNode tree, List<Problem> problems) {

    /** Copies the problems. */
    public Loaded {
      problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
  }
}
