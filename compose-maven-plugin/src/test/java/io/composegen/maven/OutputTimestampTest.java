package io.composegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {

  @Test
  void readsTheFormsMavenArchiversAccept() {
    assertThat(OutputTimestamp.parse("2026-01-15T10:00:00Z")).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
    assertThat(OutputTimestamp.parse("2026-01-15T10:00:00+01:00")).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
    assertThat(OutputTimestamp.parse("1768471200")).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
  }

  @Test
  void treatsMissingAndSingleCharacterValuesAsNotSet() {
    assertThat(OutputTimestamp.parse(null)).isNull();
    assertThat(OutputTimestamp.parse("")).isNull();
    assertThat(OutputTimestamp.parse("1")).isNull();
  }

  @Test
  void namesThePropertyAndTheAcceptedFormsForAnythingElse() {
    assertThatThrownBy(() -> OutputTimestamp.parse("15.01.2026"))
        .hasMessage("<project.build.outputTimestamp> is \"15.01.2026\"; write an ISO-8601 date-time with an offset, "
            + "such as 2026-01-15T10:00:00Z, or seconds since 1970");
  }
}
