package io.composegen.generator.validate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one validation rule checks, for reports and the documentation's rule reference; immutable.
 *
 * <p>Codes are stable and grouped: {@code CG1xx} structure and references, {@code CG2xx} security, {@code CG3xx}
 * Dockerfiles ({@link #isDockerfileRule()}), {@code CG4xx} production readiness, {@code CG5xx} Swarm compatibility,
 * {@code CG6xx} compose files as written on disk ({@link #isFileRule()}).
 * {@link RuleRegistry} lists every rule.
 *
 * @param code the stable code, {@code CG} and three digits; never null
 * @param severity the severity of its problems; a rule may raise it in production environments, as its
 *     description says; never null
 * @param productionOnly whether the rule runs only in environments marked as production
 * @param title a short summary, e.g. {@code depends_on names an undefined service}; never blank
 * @param message the form of its problems' messages, with {@code <placeholders>} for the values; never blank
 * @param description what the rule checks and why it matters; never blank
 * @param example a fragment that trips the rule: compose YAML, or a Dockerfile for a {@code CG3xx} rule; never blank
 * @param fix how to fix it, which the problems' hints say for the case at hand; never blank
 * @param seeAlso the analogous rule of another linter, such as {@code hadolint DL3002}, or null when there is none
 */
public record Rule(
    String code,
    Severity severity,
    boolean productionOnly,
    String title,
    String message,
    String description,
    String example,
    String fix,
    String seeAlso) {

  private static final Pattern CODE = Pattern.compile("CG[0-9]{3}");

  /** Checks the code's form and that every text is given; {@code seeAlso} may be null but not blank. */
  public Rule {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("rule code \"" + code + "\" must be CG and three digits");
    }
    Objects.requireNonNull(severity, "severity");
    requireText(title, "title", code);
    requireText(message, "message", code);
    requireText(description, "description", code);
    requireText(example, "example", code);
    requireText(fix, "fix", code);
    if (seeAlso != null) {
      requireText(seeAlso, "seeAlso", code);
    }
  }

  /** Returns a rule without an analogous rule of another linter. */
  public Rule(String code, Severity severity, boolean productionOnly, String title, String message,
      String description, String example, String fix) {
    this(code, severity, productionOnly, title, message, description, example, fix, null);
  }

  /** Returns true for a rule that checks the Dockerfiles composegen writes ({@code CG3xx}) rather than compose. */
  public boolean isDockerfileRule() {
    return code.startsWith("CG3");
  }

  /**
   * Returns true for a rule that checks compose files as written on disk ({@code CG6xx}), such as their variable
   * references, rather than a model: {@code compose:validate -Dcompose.files=...} runs it on the files given.
   */
  public boolean isFileRule() {
    return code.startsWith("CG6");
  }

  private static void requireText(String value, String field, String code) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("rule " + code + ": " + field + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return code + " " + severity.label() + ": " + title;
  }
}
