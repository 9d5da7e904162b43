package io.composegen.generator.validate;

import java.util.Locale;

/** How serious a {@link Problem} is, from the most serious; the order of the constants is the order of severity. */
public enum Severity {

  /** Compose would reject the stack, or it cannot work as written; nothing is generated. */
  ERROR("error"),

  /** The stack works but is risky or wrong for its environment; fails a run only with {@code failOn=WARNING}. */
  WARNING("warning"),

  /** Worth knowing, such as what Swarm would ignore; never fails a run unless {@code failOn=INFO}. */
  INFO("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** Returns the lower-case name used in text and JSON output: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the SARIF 2.1.0 level: {@code error}, {@code warning} or {@code note}. */
  public String sarifLevel() {
    return sarifLevel;
  }

  /** Returns true when this severity is {@code threshold} or more serious. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Returns the severity of the given label, ignoring case ({@code error}, {@code warning}, {@code info}). */
  public static Severity ofLabel(String label) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(label.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity \"" + label + "\": use error, warning or info");
  }
}
