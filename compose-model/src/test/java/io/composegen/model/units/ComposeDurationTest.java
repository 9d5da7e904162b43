package io.composegen.model.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeDurationTest {

  private static final String EXPECTED =
      "expected a number followed by a unit (h, m, s, ms, us, ns), e.g. 1m30s";

  static Stream<Arguments> goDurations() {
    return Stream.of(
        Arguments.of("0", 0L),
        Arguments.of("0s", 0L),
        Arguments.of("0h0m", 0L),
        Arguments.of("10s", 10_000_000_000L),
        Arguments.of("1m30s", 90_000_000_000L),
        Arguments.of("500ms", 500_000_000L),
        Arguments.of("2h45m", 9_900_000_000_000L),
        Arguments.of("1.5s", 1_500_000_000L),
        Arguments.of("1.5h", 5_400_000_000_000L),
        Arguments.of(".5s", 500_000_000L),
        Arguments.of("1.s", 1_000_000_000L),
        Arguments.of("100us", 100_000L),
        Arguments.of("100\u00b5s", 100_000L),
        Arguments.of("100\u03bcs", 100_000L),
        Arguments.of("42ns", 42L),
        Arguments.of("1h1m1s1ms1us1ns", 3_661_001_001_001L),
        Arguments.of("3m1m", 240_000_000_000L),
        Arguments.of("30s1m", 90_000_000_000L),
        Arguments.of("1.0000000009s", 1_000_000_000L),
        Arguments.of("0.000000001s", 1L),
        Arguments.of("007s", 7_000_000_000L),
        Arguments.of("2562047h47m16.854775807s", Long.MAX_VALUE));
  }

  @ParameterizedTest
  @MethodSource("goDurations")
  void parsesGoDurationSyntax(String text, long nanos) {
    assertThat(ComposeDuration.parse(text).nanos()).isEqualTo(nanos);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0s", "1ns", "999ns", "1us", "1ms", "1s", "1m", "1h", "1m30s", "1s500ms", "2h45m", "1h1us",
      "1h1m1s1ms1us1ns", "100h", "10m5s", "59m59s999ms999us999ns", "2562047h47m16s854ms775us807ns"})
  void printsCanonicalTextThatParsesBackToTheSameText(String canonical) {
    ComposeDuration duration = ComposeDuration.parse(canonical);

    assertThat(duration.toString()).isEqualTo(canonical);
    assertThat(ComposeDuration.parse(duration.toString())).isEqualTo(duration);
  }

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of(ComposeDuration.ofSeconds(90), "1m30s"),
        Arguments.of(ComposeDuration.ofSeconds(3600), "1h"),
        Arguments.of(ComposeDuration.ofMillis(1500), "1s500ms"),
        Arguments.of(ComposeDuration.ZERO, "0s"),
        Arguments.of(ComposeDuration.ofSeconds(86_400), "24h"),
        Arguments.of(ComposeDuration.ofMillis(60_001), "1m1ms"),
        Arguments.of(ComposeDuration.ofNanos(1_000_000_001L), "1s1ns"),
        Arguments.of(ComposeDuration.ofMinutes(90), "1h30m"));
  }

  @ParameterizedTest
  @MethodSource("canonicalForms")
  void printsLargestUnitsFirstAndOmitsZeroParts(ComposeDuration duration, String expected) {
    assertThat(duration).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1.5s", "90s", "3600s", "1.5h", ".5s", "3m1m", "1500ms", "100\u00b5s", "0.1ns"})
  void roundTripsNonCanonicalInputThroughItsCanonicalText(String text) {
    ComposeDuration duration = ComposeDuration.parse(text);

    assertThat(ComposeDuration.parse(duration.toString())).isEqualTo(duration);
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void readsFortyDigitsPerNumberAndRefusesMoreWithoutRepeatingALongText() {
    assertThat(ComposeDuration.parse("0".repeat(39) + "1s1m").toDuration()).isEqualTo(Duration.ofSeconds(61));
    assertThatThrownBy(() -> ComposeDuration.parse("1s" + "0".repeat(40) + "1ms"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid duration \"1s" + "0".repeat(40) + "1ms\": write each number of the duration with at"
            + " most 40 digits");
    assertThatThrownBy(() -> ComposeDuration.parse("1s" + "0".repeat(70) + "1ms"))
        .hasMessage("invalid duration \"1s" + "0".repeat(58) + "...\": write each number of the duration with at"
            + " most 40 digits");
    assertThatThrownBy(() -> ComposeDuration.parse("0." + "0".repeat(1_000_000) + "1s"))
        .hasMessageEndingWith("at most 40 digits");
  }

  @Test
  void roundTripsRandomValues() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2_000; i++) {
      long nanos = random.nextLong(0, Long.MAX_VALUE);
      ComposeDuration duration = new ComposeDuration(nanos >>> random.nextInt(0, 63));

      assertThat(ComposeDuration.parse(duration.toString())).isEqualTo(duration);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "1x", "10", "s", "ms", ".s", ".", "1.2.3s", "1 s", " 1s", "1s ", "1S", "1H", "1h-5m", "+5s",
      "abc", "1e3s", "1m30", "1sec", "1min", "1d", "1_000s", "0x10s", "1,5s", "\u0661s"})
  void rejectsTextThatIsNotADuration(String text) {
    assertThatThrownBy(() -> ComposeDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid duration \"" + text + "\": " + EXPECTED);
  }

  @Test
  void rejectsUnknownUnitQuotingTheText() {
    assertThatThrownBy(() -> ComposeDuration.parse("1x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid duration \"1x\": expected a number followed by a unit (h, m, s, ms, us, ns), "
            + "e.g. 1m30s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5s", "-0", "-1m30s"})
  void rejectsNegativeDurations(String text) {
    assertThatThrownBy(() -> ComposeDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid duration \"" + text + "\": durations must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2562048h", "2562047h47m16.854775808s", "9223372036854775808ns", "99999999999999999999h"})
  void rejectsDurationsThatOverflowNanoseconds(String text) {
    assertThatThrownBy(() -> ComposeDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid duration \"" + text
            + "\": the duration is too large (at most 2562047h47m16s854ms775us807ns)");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> ComposeDuration.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

  @Test
  void rejectsNegativeNanos() {
    assertThatThrownBy(() -> new ComposeDuration(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nanos must not be negative, was -1");
  }

  @Test
  void buildsFromSecondsMillisMinutesAndNanos() {
    assertThat(ComposeDuration.ofSeconds(10).nanos()).isEqualTo(10_000_000_000L);
    assertThat(ComposeDuration.ofMillis(250).nanos()).isEqualTo(250_000_000L);
    assertThat(ComposeDuration.ofMinutes(2).nanos()).isEqualTo(120_000_000_000L);
    assertThat(ComposeDuration.ofNanos(7).nanos()).isEqualTo(7L);
    assertThat(ComposeDuration.ofSeconds(0)).isEqualTo(ComposeDuration.ZERO);
  }

  @Test
  void rejectsNegativeAmountsInFactories() {
    assertThatThrownBy(() -> ComposeDuration.ofSeconds(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seconds must not be negative, was -1");
    assertThatThrownBy(() -> ComposeDuration.ofMillis(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("millis must not be negative, was -2");
    assertThatThrownBy(() -> ComposeDuration.ofMinutes(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minutes must not be negative, was -3");
  }

  @Test
  void rejectsAmountsThatOverflowNanoseconds() {
    assertThatThrownBy(() -> ComposeDuration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seconds 9223372037 is too large (at most 2562047h47m16s854ms775us807ns)");
    assertThat(ComposeDuration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L).nanos())
        .isEqualTo(9_223_372_036_000_000_000L);
  }

  @Test
  void convertsToAndFromJavaTimeDuration() {
    Duration duration = Duration.ofMinutes(1).plusSeconds(30).plusNanos(5);

    ComposeDuration converted = ComposeDuration.of(duration);

    assertThat(converted).hasToString("1m30s5ns");
    assertThat(converted.toDuration()).isEqualTo(duration);
    assertThat(ComposeDuration.parse("2h45m").toDuration()).isEqualTo(Duration.ofMinutes(165));
  }

  @Test
  void rejectsNegativeOrOversizedJavaTimeDuration() {
    assertThatThrownBy(() -> ComposeDuration.of(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be negative, was PT-1S");
    assertThatThrownBy(() -> ComposeDuration.of(Duration.ofDays(365L * 300)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration PT2628000H is too large (at most 2562047h47m16s854ms775us807ns)");
    assertThatThrownBy(() -> ComposeDuration.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("duration must not be null");
  }

  @Test
  void comparesByLength() {
    assertThat(ComposeDuration.parse("90s")).isEqualByComparingTo(ComposeDuration.parse("1m30s"));
    assertThat(ComposeDuration.parse("1s")).isLessThan(ComposeDuration.parse("1001ms"));
    assertThat(ComposeDuration.parse("1h")).isGreaterThan(ComposeDuration.parse("59m59s"));
  }

  @Test
  void tellsWhetherItIsZero() {
    assertThat(ComposeDuration.parse("0").isZero()).isTrue();
    assertThat(ComposeDuration.parse("1ns").isZero()).isFalse();
  }

  @Test
  void equalsByValueWhateverTheSpelling() {
    assertThat(ComposeDuration.parse("90s"))
        .isEqualTo(ComposeDuration.parse("1m30s"))
        .isEqualTo(ComposeDuration.parse("1.5m"))
        .isEqualTo(ComposeDuration.ofSeconds(90))
        .hasSameHashCodeAs(ComposeDuration.ofMillis(90_000));
  }
}
