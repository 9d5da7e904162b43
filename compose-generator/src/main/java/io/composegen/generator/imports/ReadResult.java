package io.composegen.generator.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ComposeReader} made of a compose file: the model value and every problem found on the way.
 *
 * <p>The value is never null. When there are problems it holds what could be read: entries with problems are
 * left out or hold only their valid parts. Immutable.
 *
 * @param <T> the model type read: {@link io.composegen.model.Stack} for a base file,
 *     {@link io.composegen.model.layer.Layer} for a layer file
 * @param value the model value; never null
 * @param problems the problems, sorted by path; never null, empty when the file was read cleanly
 */
public record ReadResult<T>(T value, List<Problem> problems) {

  /** Checks the value and sorts a copy of the problems. */
  public ReadResult {
    Objects.requireNonNull(value, "value");
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    problems = List.copyOf(sorted);
  }

  /** Returns true when the file was read without problems. */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
