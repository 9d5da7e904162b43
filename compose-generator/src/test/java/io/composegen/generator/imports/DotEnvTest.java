package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code .env} read by the rules of Compose's parser (compose-go's dotenv); only the names count. */
class DotEnvTest {

  @Test
  void readsNamesOfCommentsExportQuotesAndMultiLineValues() {
    DotEnv env = DotEnv.parse("""
        # settings
        export A=1
        B="two words" # comment
        C='single ${X}'
        D=
          E=indented
        F="line one
        NOT_A_KEY=inside the quotes
        line three \\" still quoted"
        G: yaml style
        H.dotted-name=1
        BARE
        """);

    assertThat(env.names()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H.dotted-name");
    assertThat(env.error()).isNull();
  }

  @Test
  void readsAFileWithoutTrailingLineBreakOrWithWindowsLineEnds() {
    assertThat(DotEnv.parse("A=1\r\nB=2").names()).containsExactly("A", "B");
    assertThat(DotEnv.parse("").names()).isEmpty();
    assertThat(DotEnv.parse("# only a comment").names()).isEmpty();
  }

  @Test
  void stopsAtWhatComposeRefusesKeepingTheNamesBefore() {
    DotEnv unterminated = DotEnv.parse("A=1\nB=\"open\nC=3\n");
    assertThat(unterminated.names()).containsExactly("A");
    assertThat(unterminated.error()).isEqualTo("line 2: unterminated quoted value \"open");

    DotEnv badCharacter = DotEnv.parse("A=1\n\nB$=2\n");
    assertThat(badCharacter.names()).containsExactly("A");
    assertThat(badCharacter.error()).isEqualTo("line 3: unexpected character \"$\" in variable name \"B$=2\"");

    assertThat(DotEnv.parse("MY KEY=1").error()).isEqualTo("line 1: key cannot contain a space");
  }
}
