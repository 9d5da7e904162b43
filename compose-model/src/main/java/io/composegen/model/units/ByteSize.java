package io.composegen.model.units;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A non-negative amount of memory or storage in bytes, written in Compose files as a number with an optional
 * binary unit such as {@code 512m} or {@code 1g}.
 *
 * <p>{@link #parse(String)} accepts an integer or decimal number followed by an optional case-insensitive
 * unit: {@code b}, {@code k}/{@code kb}, {@code m}/{@code mb}, {@code g}/{@code gb} or {@code t}/{@code tb},
 * where {@code k} is 1024 bytes; the result must be a whole number of bytes. {@link #toString()} prints the
 * canonical form: the largest of {@code k}, {@code m} and {@code g} that divides the size exactly, in lower
 * case ({@code 512m}, {@code 1g}); a size that is not a multiple of 1024 prints as the number with the suffix
 * {@code b} ({@code 1000b}); zero prints as {@code 0}. {@code parse(s.toString())} equals {@code s} for
 * every value.
 *
 * @param bytes the size in bytes; never negative
 */
public record ByteSize(long bytes) implements Comparable<ByteSize> {

  /** The empty size, printed as {@code 0}. */
  public static final ByteSize ZERO = new ByteSize(0);

  private static final long KIB = 1024L;
  private static final long MIB = KIB * 1024;
  private static final long GIB = MIB * 1024;
  private static final long TIB = GIB * 1024;

  private static final String EXPECTED =
      "expected a number with an optional unit (b, k, kb, m, mb, g, gb), e.g. 512m";

  /**
   * Creates a size, rejecting negative amounts.
   *
   * @throws IllegalArgumentException if {@code bytes} is negative
   */
  public ByteSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
    }
  }

  /**
   * Parses a size such as {@code 512m}, {@code 1g}, {@code 2GB}, {@code 1.5g} or {@code 1024}.
   *
   * @param text the text to parse; must not be null
   * @return the parsed size, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a size, is negative, is not a whole number of
   *     bytes, is too large or has more than 40 digits; the message quotes {@code text} (its first 60 characters)
   */
  public static ByteSize parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.startsWith("-")) {
      throw invalid(text, "sizes must not be negative");
    }
    int end = 0;
    int digits = 0;
    while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
      if (isDigit(text.charAt(end))) {
        digits++;
      }
      end++;
    }
    String number = text.substring(0, end);
    if (digits == 0 || number.indexOf('.') != number.lastIndexOf('.')) {
      throw invalid(text, EXPECTED);
    }
    if (digits > UnitTexts.MAX_DIGITS) {
      throw invalid(text, "write the size with at most " + UnitTexts.MAX_DIGITS + " digits");
    }
    long unit = unitBytes(text.substring(end).toLowerCase(Locale.ROOT));
    if (unit == 0) {
      throw invalid(text, EXPECTED);
    }
    BigDecimal amount = new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
    if (amount.stripTrailingZeros().scale() > 0) {
      throw invalid(text, "the size is not a whole number of bytes");
    }
    if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw invalid(text, "the size is too large (at most " + Long.MAX_VALUE + " bytes)");
    }
    return new ByteSize(amount.longValueExact());
  }

  /**
   * Returns a size of the given number of bytes.
   *
   * @param bytes the size in bytes, at least 0
   * @return the size, never null
   * @throws IllegalArgumentException if {@code bytes} is negative
   */
  public static ByteSize ofBytes(long bytes) {
    return new ByteSize(bytes);
  }

  /**
   * Returns a size of the given number of kilobytes (1024 bytes each).
   *
   * @param kilobytes the size in kilobytes, at least 0
   * @return the size, never null
   * @throws IllegalArgumentException if {@code kilobytes} is negative or too large
   */
  public static ByteSize ofKilobytes(long kilobytes) {
    return ofUnit(kilobytes, KIB, "kilobytes");
  }

  /**
   * Returns a size of the given number of megabytes (1024 * 1024 bytes each).
   *
   * @param megabytes the size in megabytes, at least 0
   * @return the size, never null
   * @throws IllegalArgumentException if {@code megabytes} is negative or too large
   */
  public static ByteSize ofMegabytes(long megabytes) {
    return ofUnit(megabytes, MIB, "megabytes");
  }

  /**
   * Returns a size of the given number of gigabytes (1024 * 1024 * 1024 bytes each).
   *
   * @param gigabytes the size in gigabytes, at least 0
   * @return the size, never null
   * @throws IllegalArgumentException if {@code gigabytes} is negative or too large
   */
  public static ByteSize ofGigabytes(long gigabytes) {
    return ofUnit(gigabytes, GIB, "gigabytes");
  }

  /**
   * Compares by size.
   *
   * @param other the size to compare with; must not be null
   * @return a negative number, zero or a positive number as this size is smaller, equal or larger
   */
  @Override
  public int compareTo(ByteSize other) {
    return Long.compare(bytes, other.bytes);
  }

  /**
   * Returns the canonical text: the largest of {@code g}, {@code m} and {@code k} that divides the size
   * exactly ({@code 512m}), otherwise the number of bytes with the suffix {@code b} ({@code 1000b}); zero
   * prints as {@code 0}.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    if (bytes == 0) {
      return "0";
    }
    if (bytes % GIB == 0) {
      return bytes / GIB + "g";
    }
    if (bytes % MIB == 0) {
      return bytes / MIB + "m";
    }
    if (bytes % KIB == 0) {
      return bytes / KIB + "k";
    }
    return bytes + "b";
  }

  private static ByteSize ofUnit(long amount, long unit, String field) {
    if (amount < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + amount);
    }
    if (amount > Long.MAX_VALUE / unit) {
      throw new IllegalArgumentException(field + " " + amount + " is too large");
    }
    return new ByteSize(amount * unit);
  }

  private static long unitBytes(String unit) {
    switch (unit) {
      case "":
      case "b":
        return 1L;
      case "k":
      case "kb":
        return KIB;
      case "m":
      case "mb":
        return MIB;
      case "g":
      case "gb":
        return GIB;
      case "t":
      case "tb":
        return TIB;
      default:
        return 0L;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("invalid size \"" + UnitTexts.shown(text) + "\": " + reason);
  }
}
