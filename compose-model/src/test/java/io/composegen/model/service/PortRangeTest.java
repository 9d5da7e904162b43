package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {

  @ParameterizedTest
  @CsvSource({
      "80, 80, 80",
      "1, 1, 1",
      "65535, 65535, 65535",
      "8000-8010, 8000, 8010",
      "1-65535, 1, 65535",
      "5000-5000, 5000, 5000",
      "080, 80, 80",
      "0080-00090, 80, 90"})
  void parsesSinglePortsAndRanges(String text, int start, int end) {
    assertThat(PortRange.parse(text)).isEqualTo(new PortRange(start, end));
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "1", "65535", "8000-8010", "1-65535", "3000-3005"})
  void printsCanonicalTextThatParsesBackToTheSameText(String canonical) {
    PortRange range = PortRange.parse(canonical);

    assertThat(range).hasToString(canonical);
    assertThat(PortRange.parse(range.toString())).isEqualTo(range);
  }

  @Test
  void printsASingletonRangeAsOnePort() {
    assertThat(PortRange.parse("5000-5000")).hasToString("5000");
    assertThat(new PortRange(443, 443)).hasToString("443");
  }

  @Test
  void reportsSizeAndWhetherSingle() {
    PortRange single = PortRange.of(80);
    PortRange range = PortRange.of(8000, 8010);

    assertThat(single.isSingle()).isTrue();
    assertThat(single.size()).isEqualTo(1);
    assertThat(range.isSingle()).isFalse();
    assertThat(range.size()).isEqualTo(11);
    assertThat(PortRange.of(1, 65535).size()).isEqualTo(65535);
  }

  @Test
  void tellsWhetherAPortLiesInTheRange() {
    PortRange range = PortRange.of(8000, 8010);

    assertThat(range.contains(8000)).isTrue();
    assertThat(range.contains(8010)).isTrue();
    assertThat(range.contains(7999)).isFalse();
    assertThat(range.contains(8011)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 | port 0 is out of range 1-65535",
      "65536 | port 65536 is out of range 1-65535",
      "99999999999 | port 99999999999 is out of range 1-65535",
      "0-80 | port 0 is out of range 1-65535",
      "80-70000 | port 70000 is out of range 1-65535",
      "8010-8000 | port range 8010-8000 ends before it starts",
      "abc | port \"abc\" is not a number or a range like 8000-8010",
      "80- | port \"80-\" is not a number or a range like 8000-8010",
      "-80 | port \"-80\" is not a number or a range like 8000-8010",
      "80-90-100 | port \"80-90-100\" is not a number or a range like 8000-8010",
      "8o | port \"8o\" is not a number or a range like 8000-8010",
      "+80 | port \"+80\" is not a number or a range like 8000-8010",
      "${PORT} | port \"${PORT}\" is not a number or a range like 8000-8010 (variables are not supported in port "
          + "numbers)"})
  void rejectsInvalidRangesQuotingTheText(String text, String reason) {
    assertThatThrownBy(() -> PortRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid port range \"" + text + "\": " + reason);
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> PortRange.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid port range \"\": port is empty");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> PortRange.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

  @Test
  void rejectsPortZero() {
    assertThatThrownBy(() -> PortRange.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port 0 is out of range 1-65535");
  }

  @Test
  void rejectsPortAbove65535() {
    assertThatThrownBy(() -> PortRange.of(65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port 65536 is out of range 1-65535");
  }

  @Test
  void rejectsStartOutOfRange() {
    assertThatThrownBy(() -> new PortRange(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start 0 is out of range 1-65535");
    assertThatThrownBy(() -> new PortRange(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start -1 is out of range 1-65535");
  }

  @Test
  void rejectsEndOutOfRange() {
    assertThatThrownBy(() -> new PortRange(10, 65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end 65536 is out of range 1-65535");
  }

  @Test
  void rejectsEndBelowStart() {
    assertThatThrownBy(() -> PortRange.of(8010, 8000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end 8000 must not be below start 8010");
  }
}
