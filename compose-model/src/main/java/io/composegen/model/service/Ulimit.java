package io.composegen.model.service;

/**
 * One resource limit of a service's containers: a single value, or a soft and a hard limit; immutable.
 *
 * @param single the value for both limits, or null when soft and hard are given
 * @param soft the soft limit, or null when {@code single} is given
 * @param hard the hard limit, or null when {@code single} is given
 */
public record Ulimit(Integer single, Integer soft, Integer hard) {

  /** Checks that exactly one of the two forms is given and that soft does not exceed hard. */
  public Ulimit {
    if (single != null) {
      if (soft != null || hard != null) {
        throw new IllegalArgumentException("ulimit: give a single value or soft and hard, not both");
      }
    } else {
      if (soft == null || hard == null) {
        throw new IllegalArgumentException("ulimit: soft and hard must both be given");
      }
      if (soft > hard) {
        throw new IllegalArgumentException("ulimit: soft " + soft + " exceeds hard " + hard);
      }
    }
  }

  /** Returns a limit that sets soft and hard to the same value. */
  public static Ulimit of(int value) {
    return new Ulimit(value, null, null);
  }

  /** Returns a soft and a hard limit. */
  public static Ulimit of(int soft, int hard) {
    return new Ulimit(null, soft, hard);
  }
}
