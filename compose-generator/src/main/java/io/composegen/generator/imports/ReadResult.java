package io.composegen.generator.imports;

import io.composegen.generator.validate.Severity;
import io.composegen.generator.validate.ValidationReport;
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

  /**
   * Returns the problems as the report of a validation that could not run, every one an error: what
   * {@code compose:validate} and {@code composegen validate} report for files they cannot read, in the formats of the
   * rules' findings.
   */
  public ValidationReport problemsReport() {
    return new ValidationReport(problems.stream().map(Problem::toValidationProblem).toList(), List.of(), List.of(),
        Severity.ERROR);
  }
}
