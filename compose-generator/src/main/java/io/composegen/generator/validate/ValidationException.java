package io.composegen.generator.validate;

import java.util.Objects;

/**
 * Thrown when validation fails: some problem is at least as severe as the validator's threshold. Carries the
 * whole report; the message lists every problem, then the summary line.
 */
public final class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** Creates the exception for a failed report. */
  public ValidationException(ValidationReport report) {
    super(Objects.requireNonNull(report, "report").toText().stripTrailing());
    this.report = report;
  }

  /** Returns the report, with every problem found. */
  public ValidationReport report() {
    return report;
  }
}
