package io.composegen.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

  private static final long K = 1024L;
  private static final long M = K * K;
  private static final long G = M * K;

  private static final String EXPECTED =
      "expected a number with an optional unit (b, k, kb, m, mb, g, gb), e.g. 512m";

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of("0", 0L),
        Arguments.of("1024", 1024L),
        Arguments.of("1000", 1000L),
        Arguments.of("100b", 100L),
        Arguments.of("100B", 100L),
        Arguments.of("1k", K),
        Arguments.of("1K", K),
        Arguments.of("1kb", K),
        Arguments.of("1KB", K),
        Arguments.of("1Kb", K),
        Arguments.of("512m", 512 * M),
        Arguments.of("64M", 64 * M),
        Arguments.of("256mb", 256 * M),
        Arguments.of("1g", G),
        Arguments.of("2GB", 2 * G),
        Arguments.of("1.5g", 3 * G / 2),
        Arguments.of("0.5k", 512L),
        Arguments.of("1.0g", G),
        Arguments.of("1.25m", 5 * M / 4),
        Arguments.of("1t", G * K),
        Arguments.of("2TB", 2 * G * K),
        Arguments.of("007m", 7 * M),
        Arguments.of("9223372036854775807", Long.MAX_VALUE),
        Arguments.of("9223372036854775807b", Long.MAX_VALUE));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void parsesNumbersWithOptionalBinaryUnits(String text, long bytes) {
    assertThat(ByteSize.parse(text).bytes()).isEqualTo(bytes);
  }

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of(536_870_912L, "512m"),
        Arguments.of(1_073_741_824L, "1g"),
        Arguments.of(1000L, "1000b"),
        Arguments.of(1L, "1b"),
        Arguments.of(1024L, "1k"),
        Arguments.of(1536L, "1536b"),
        Arguments.of(1536L * K, "1536k"),
        Arguments.of(1536L * M, "1536m"),
        Arguments.of(1024L * G, "1024g"),
        Arguments.of(0L, "0"),
        Arguments.of(Long.MAX_VALUE, "9223372036854775807b"));
  }

  @ParameterizedTest
  @MethodSource("canonicalForms")
  void printsTheLargestUnitThatDividesExactly(long bytes, String expected) {
    assertThat(ByteSize.ofBytes(bytes)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1b", "1000b", "1k", "3k", "512m", "1g", "1536m", "1024g", "1023b"})
  void printsCanonicalTextThatParsesBackToTheSameText(String canonical) {
    ByteSize size = ByteSize.parse(canonical);

    assertThat(size.toString()).isEqualTo(canonical);
    assertThat(ByteSize.parse(size.toString())).isEqualTo(size);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1024", "2GB", "1.5g", "0.5k", "1t", "64MB", "1048576", "1000", "0b", "0g"})
  void roundTripsNonCanonicalInputThroughItsCanonicalText(String text) {
    ByteSize size = ByteSize.parse(text);

    assertThat(ByteSize.parse(size.toString())).isEqualTo(size);
  }

  @Test
  void roundTripsRandomValues() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2_000; i++) {
      long bytes = random.nextLong(0, Long.MAX_VALUE) >>> random.nextInt(0, 63);
      ByteSize size = new ByteSize(random.nextBoolean() ? bytes : bytes & ~(M - 1));

      assertThat(ByteSize.parse(size.toString())).isEqualTo(size);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "abc", "g", "gb", ".", ".g", "1..5g", "1.2.3g", "1x", "1 g", " 1g", "1g ", "1kib", "1gi", "1e3",
      "1,5g", "0x10", "+1g", "1p", "\u0661g", "1bb"})
  void rejectsTextThatIsNotASize(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid size \"" + text + "\": " + EXPECTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5b", "1.5", "0.1k", "0.0000001g"})
  void rejectsFractionalNumbersOfBytes(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid size \"" + text + "\": the size is not a whole number of bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-1g", "-0"})
  void rejectsNegativeSizes(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid size \"" + text + "\": sizes must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "8589934592g", "99999999999999999999999t"})
  void rejectsSizesThatOverflowALong(String text) {
    assertThatThrownBy(() -> ByteSize.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid size \"" + text + "\": the size is too large (at most 9223372036854775807 bytes)");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void readsFortyDigitsAndRefusesMoreWithoutRepeatingALongText() {
    assertThat(ByteSize.parse("0".repeat(39) + "1k").bytes()).isEqualTo(1024);
    assertThat(ByteSize.parse("1." + "0".repeat(38) + "k").bytes()).isEqualTo(1024);
    assertThatThrownBy(() -> ByteSize.parse("0".repeat(40) + "1k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid size \"" + "0".repeat(40) + "1k\": write the size with at most 40 digits");
    assertThatThrownBy(() -> ByteSize.parse("0".repeat(70) + "1k"))
        .hasMessage("invalid size \"" + "0".repeat(60) + "...\": write the size with at most 40 digits");
    assertThatThrownBy(() -> ByteSize.parse("1" + "0".repeat(1_000_000) + "b"))
        .hasMessageEndingWith("write the size with at most 40 digits");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> ByteSize.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

  @Test
  void rejectsNegativeBytes() {
    assertThatThrownBy(() -> new ByteSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytes must not be negative, was -1");
  }

  @Test
  void buildsFromUnits() {
    assertThat(ByteSize.ofMegabytes(512)).isEqualTo(ByteSize.parse("512m"));
    assertThat(ByteSize.ofBytes(1000).bytes()).isEqualTo(1000L);
    assertThat(ByteSize.ofKilobytes(4)).hasToString("4k");
    assertThat(ByteSize.ofGigabytes(2)).isEqualTo(ByteSize.parse("2048m"));
  }

  @Test
  void rejectsNegativeOrOversizedAmountsInFactories() {
    assertThatThrownBy(() -> ByteSize.ofMegabytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("megabytes must not be negative, was -1");
    assertThatThrownBy(() -> ByteSize.ofKilobytes(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kilobytes must not be negative, was -2");
    assertThatThrownBy(() -> ByteSize.ofGigabytes(8_589_934_592L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gigabytes 8589934592 is too large");
    assertThatThrownBy(() -> ByteSize.ofBytes(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytes must not be negative, was -3");
  }

  @Test
  void comparesBySize() {
    assertThat(ByteSize.parse("1g")).isEqualByComparingTo(ByteSize.parse("1024m"));
    assertThat(ByteSize.parse("1023m")).isLessThan(ByteSize.parse("1g"));
  }

  @Test
  void equalsByValueWhateverTheSpelling() {
    assertThat(ByteSize.parse("1g"))
        .isEqualTo(ByteSize.parse("1024MB"))
        .isEqualTo(ByteSize.parse("1048576k"))
        .isEqualTo(ByteSize.parse("1073741824"))
        .hasSameHashCodeAs(ByteSize.ofMegabytes(1024));
  }
}
