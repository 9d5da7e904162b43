package io.composegen.model.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;

/**
 * A non-negative length of time with nanosecond precision, written in Compose files in Go duration syntax
 * such as {@code 1m30s}.
 *
 * <p>{@link #parse(String)} accepts what Compose accepts: one or more number-and-unit pairs where the unit
 * is one of {@code h}, {@code m}, {@code s}, {@code ms}, {@code us} (also {@code µs} and {@code μs}) or
 * {@code ns}, numbers may have a decimal fraction ({@code 1.5s}), and a bare {@code 0} means zero. Digits
 * beyond nanosecond precision are truncated, as Go does. {@link #toString()} prints the canonical form, so
 * {@code parse(d.toString())} equals {@code d} for every value.
 *
 * @param nanos the length in nanoseconds; never negative
 */
public record ComposeDuration(long nanos) implements Comparable<ComposeDuration> {

  /** The zero duration, printed as {@code 0s}. */
  public static final ComposeDuration ZERO = new ComposeDuration(0);

  private static final String EXPECTED =
      "expected a number followed by a unit (h, m, s, ms, us, ns), e.g. 1m30s";

  private static final long NANOS_PER_MICRO = 1_000L;
  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
  private static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

  /** Units from largest to smallest, as printed by {@link #toString()}. */
  private static final String[] UNIT_NAMES = {"h", "m", "s", "ms", "us", "ns"};
  private static final long[] UNIT_NANOS = {
    NANOS_PER_HOUR, NANOS_PER_MINUTE, NANOS_PER_SECOND, NANOS_PER_MILLI, NANOS_PER_MICRO, 1L
  };

  /**
   * Creates a duration, rejecting negative lengths.
   *
   * @throws IllegalArgumentException if {@code nanos} is negative
   */
  public ComposeDuration {
    if (nanos < 0) {
      throw new IllegalArgumentException("nanos must not be negative, was " + nanos);
    }
  }

  /**
   * Parses a duration written in Go syntax, such as {@code 1m30s}, {@code 500ms}, {@code 1.5s} or {@code 0}.
   *
   * @param text the text to parse; must not be null
   * @return the parsed duration, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is empty, negative, too large, uses an unknown unit, has a
   *     number of more than 40 digits or is otherwise not a duration; the message quotes {@code text} (its first
   *     60 characters)
   */
  public static ComposeDuration parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.isEmpty()) {
      throw invalid(text, EXPECTED);
    }
    if (text.startsWith("-")) {
      throw invalid(text, "durations must not be negative");
    }
    if (text.equals("0")) {
      return ZERO;
    }
    BigInteger total = BigInteger.ZERO;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int numberStart = i;
      int intDigits = 0;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
        intDigits++;
      }
      int fractionDigits = 0;
      if (i < length && text.charAt(i) == '.') {
        i++;
        while (i < length && isDigit(text.charAt(i))) {
          i++;
          fractionDigits++;
        }
      }
      if (intDigits == 0 && fractionDigits == 0) {
        throw invalid(text, EXPECTED);
      }
      if (intDigits + fractionDigits > UnitTexts.MAX_DIGITS) {
        throw invalid(text, "write each number of the duration with at most " + UnitTexts.MAX_DIGITS + " digits");
      }
      String number = text.substring(numberStart, i);
      int unitStart = i;
      while (i < length && !isDigit(text.charAt(i)) && text.charAt(i) != '.') {
        i++;
      }
      String unit = text.substring(unitStart, i);
      long unitNanos = unitNanos(unit);
      if (unitNanos == 0) {
        throw invalid(text, EXPECTED);
      }
      BigDecimal amount = new BigDecimal(number);
      total = total.add(amount.multiply(BigDecimal.valueOf(unitNanos)).toBigInteger());
      if (total.bitLength() >= Long.SIZE) {
        throw invalid(text, "the duration is too large (at most " + new ComposeDuration(Long.MAX_VALUE) + ")");
      }
    }
    return new ComposeDuration(total.longValueExact());
  }

  /**
   * Returns a duration of the given number of nanoseconds.
   *
   * @param nanos the length in nanoseconds, at least 0
   * @return the duration, never null
   * @throws IllegalArgumentException if {@code nanos} is negative
   */
  public static ComposeDuration ofNanos(long nanos) {
    return new ComposeDuration(nanos);
  }

  /**
   * Returns a duration of the given number of milliseconds.
   *
   * @param millis the length in milliseconds, at least 0
   * @return the duration, never null
   * @throws IllegalArgumentException if {@code millis} is negative or too large
   */
  public static ComposeDuration ofMillis(long millis) {
    return ofUnit(millis, NANOS_PER_MILLI, "millis");
  }

  /**
   * Returns a duration of the given number of seconds.
   *
   * @param seconds the length in seconds, at least 0
   * @return the duration, never null
   * @throws IllegalArgumentException if {@code seconds} is negative or too large
   */
  public static ComposeDuration ofSeconds(long seconds) {
    return ofUnit(seconds, NANOS_PER_SECOND, "seconds");
  }

  /**
   * Returns a duration of the given number of minutes.
   *
   * @param minutes the length in minutes, at least 0
   * @return the duration, never null
   * @throws IllegalArgumentException if {@code minutes} is negative or too large
   */
  public static ComposeDuration ofMinutes(long minutes) {
    return ofUnit(minutes, NANOS_PER_MINUTE, "minutes");
  }

  /**
   * Returns a duration equal to the given {@link Duration}.
   *
   * @param duration the duration to convert; must not be null
   * @return the duration, never null
   * @throws NullPointerException if {@code duration} is null
   * @throws IllegalArgumentException if {@code duration} is negative or does not fit in a {@code long} of
   *     nanoseconds (about 292 years)
   */
  public static ComposeDuration of(Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    try {
      return new ComposeDuration(duration.toNanos());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("duration " + duration + " is too large (at most "
          + new ComposeDuration(Long.MAX_VALUE) + ")", e);
    }
  }

  /**
   * Returns this duration as a {@link Duration}.
   *
   * @return the equivalent {@code java.time.Duration}, never null
   */
  public Duration toDuration() {
    return Duration.ofNanos(nanos);
  }

  /**
   * Tells whether this duration is zero.
   *
   * @return true when {@code nanos} is 0
   */
  public boolean isZero() {
    return nanos == 0;
  }

  /**
   * Compares by length.
   *
   * @param other the duration to compare with; must not be null
   * @return a negative number, zero or a positive number as this duration is shorter, equal or longer
   */
  @Override
  public int compareTo(ComposeDuration other) {
    return Long.compare(nanos, other.nanos);
  }

  /**
   * Returns the canonical Go syntax: largest units first, zero parts left out, e.g. {@code 1m30s},
   * {@code 1h}, {@code 1s500ms}; zero prints as {@code 0s}.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    if (nanos == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long rest = nanos;
    for (int u = 0; u < UNIT_NAMES.length; u++) {
      long amount = rest / UNIT_NANOS[u];
      if (amount > 0) {
        out.append(amount).append(UNIT_NAMES[u]);
        rest -= amount * UNIT_NANOS[u];
      }
    }
    return out.toString();
  }

  private static ComposeDuration ofUnit(long amount, long unitNanos, String field) {
    if (amount < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + amount);
    }
    if (amount > Long.MAX_VALUE / unitNanos) {
      throw new IllegalArgumentException(field + " " + amount + " is too large (at most "
          + new ComposeDuration(Long.MAX_VALUE) + ")");
    }
    return new ComposeDuration(amount * unitNanos);
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "h":
        return NANOS_PER_HOUR;
      case "m":
        return NANOS_PER_MINUTE;
      case "s":
        return NANOS_PER_SECOND;
      case "ms":
        return NANOS_PER_MILLI;
      case "us":
      case "\u00b5s": // micro sign
      case "\u03bcs": // Greek small letter mu
        return NANOS_PER_MICRO;
      case "ns":
        return 1L;
      default:
        return 0L;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("invalid duration \"" + UnitTexts.shown(text) + "\": " + reason);
  }
}
