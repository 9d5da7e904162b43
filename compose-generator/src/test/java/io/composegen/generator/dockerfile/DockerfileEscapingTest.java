package io.composegen.generator.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DockerfileEscapingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesExecFormAsAJsonArrayWithCommaAndSpace() {
    assertThat(DockerfileEscaping.jsonArray(List.of("java", "-jar", "app.jar")))
        .isEqualTo("[\"java\", \"-jar\", \"app.jar\"]");
    assertThat(DockerfileEscaping.jsonArray(List.of())).isEqualTo("[]");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(DockerfileEscaping.jsonString("say \"hi\" \\ bye\n\t\u0001\u2028"))
        .isEqualTo("\"say \\\"hi\\\" \\\\ bye\\n\\t\\u0001\\u2028\"");
    assertThat(DockerfileEscaping.jsonString("$HOME 'quoted' grüße ✓")).isEqualTo("\"$HOME 'quoted' grüße ✓\"");
  }

  @Property
  void everyJsonArrayReadsBackAsTheSameStrings(@ForAll List<String> values) throws Exception {
    String json = DockerfileEscaping.jsonArray(values);

    assertThat(json).doesNotContain("\n", "\r");
    assertThat(JSON.readValue(json, new TypeReference<List<String>>() {})).isEqualTo(values);
  }

  @Test
  void leavesSafeWordsPlain() {
    assertThat(DockerfileEscaping.word("-XX:MaxRAMPercentage=75.0")).isEqualTo("-XX:MaxRAMPercentage=75.0");
    assertThat(DockerfileEscaping.word("/opt/venv/bin:$PATH")).isEqualTo("/opt/venv/bin:$PATH");
    assertThat(DockerfileEscaping.word("https://github.com/acme/app")).isEqualTo("https://github.com/acme/app");
  }

  @Test
  void quotesWordsWithSpacesQuotesOrBackslashesAndEmptyWords() {
    assertThat(DockerfileEscaping.word("ACME Ltd.")).isEqualTo("\"ACME Ltd.\"");
    assertThat(DockerfileEscaping.word("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(DockerfileEscaping.word("it's")).isEqualTo("\"it's\"");
    assertThat(DockerfileEscaping.word("C:\\dir\\")).isEqualTo("\"C:\\\\dir\\\\\"");
    assertThat(DockerfileEscaping.word("")).isEqualTo("\"\"");
    assertThat(DockerfileEscaping.word("a\u00a0b")).isEqualTo("\"a\u00a0b\"");
  }

  @Test
  void refusesWordsThatWouldEndTheInstruction() {
    assertThatThrownBy(() -> DockerfileEscaping.word("a\nb"))
        .hasMessage("A Dockerfile word must be on one line, without control characters: \"a\\nb\"");
  }
}
