package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlScalarsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Pieces of strings that trip YAML readers; the property tests glue them together with arbitrary text. */
  private static final List<String> HOSTILE_FRAGMENTS = List.of(
      "\"", "'", ": ", ":", " #", "#", "-", "- ", "?", "? ", ",", "[", "]", "{", "}", "*", "&", "!", "|", ">",
      "%", "@", "`", "\\", "\\n", "\\u0041", " ", "  ", "\t", "\n", "\r", "\r\n", "\u0000", "\u0007", "\u001b",
      "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u00a0", "\u202e", "\ufffe", "\uffff", "${VAR}", "$$",
      "${VAR:-default}", "$", "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "Null", "NULL", "~",
      "0123", "1e3", "0x1F", "10s", "1m30s", "512m", "2g", "1b", "7d", "0o17", "0b101", ".inf", "-.Inf", ".nan", "1_000", "+1", "1.", ".5", "_", ".",
      "1:20", "190:20:30", "5050:5000", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "=", "<<", "---", "...",
      "é", "日本", "😀", "👨\u200d👩\u200d👧", "a", "Z", "/", "x-foo", "com.example.x", "e", "E", "inf");

  static Stream<Arguments> hostileStrings() {
    return Stream.of(
        // Plain, because nothing in them means anything to YAML.
        Arguments.of("nginx", "nginx"),
        // Numbers with a unit are plain; those whose letter could start an exponent or a base prefix are not.
        Arguments.of("10s", "10s"),
        Arguments.of("1m30s", "1m30s"),
        Arguments.of("512m", "512m"),
        Arguments.of("2g", "2g"),
        Arguments.of("1e3", "\"1e3\""),
        Arguments.of("1E3", "\"1E3\""),
        Arguments.of("0b101", "\"0b101\""),
        Arguments.of("0B101", "\"0B101\""),
        Arguments.of("0x1F", "\"0x1F\""),
        Arguments.of("0o17", "\"0o17\""),
        Arguments.of("1.5s", "\"1.5s\""),
        Arguments.of("nginx:1.25-alpine", "nginx:1.25-alpine"),
        Arguments.of("/var/lib/postgresql/data", "/var/lib/postgresql/data"),
        Arguments.of("./data", "./data"),
        Arguments.of(".env", ".env"),
        Arguments.of("http://example.com:8080/x?y", "\"http://example.com:8080/x?y\""),
        Arguments.of("http://example.com:8080/x", "http://example.com:8080/x"),
        Arguments.of("echo hello world", "echo hello world"),
        Arguments.of("a#b", "a#b"),
        Arguments.of("x-foo", "x-foo"),
        Arguments.of("com.example.x", "com.example.x"),
        Arguments.of("POSTGRES_PASSWORD", "POSTGRES_PASSWORD"),
        Arguments.of("_private", "_private"),
        Arguments.of("yesterday", "yesterday"),
        Arguments.of("nothing", "nothing"),
        Arguments.of("online", "online"),
        Arguments.of("inf", "inf"),
        Arguments.of("nan", "nan"),
        Arguments.of("e5", "e5"),
        Arguments.of("echo $$HOME", "echo $$HOME"),
        // Quotes, colons, comments.
        Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
        Arguments.of("it's", "\"it's\""),
        Arguments.of("key: value", "\"key: value\""),
        Arguments.of("trailing:", "\"trailing:\""),
        Arguments.of("a :b", "a :b"),
        Arguments.of("value #comment", "\"value #comment\""),
        Arguments.of("#comment", "\"#comment\""),
        // Indicators at the start.
        Arguments.of("-", "\"-\""),
        Arguments.of("--flag", "\"--flag\""),
        Arguments.of("- item", "\"- item\""),
        Arguments.of("?x", "\"?x\""),
        Arguments.of(":x", "\":x\""),
        Arguments.of(",x", "\",x\""),
        Arguments.of("[x]", "\"[x]\""),
        Arguments.of("]x", "\"]x\""),
        Arguments.of("{x}", "\"{x}\""),
        Arguments.of("}x", "\"}x\""),
        Arguments.of("*alias", "\"*alias\""),
        Arguments.of("&anchor", "\"&anchor\""),
        Arguments.of("!tag", "\"!tag\""),
        Arguments.of("!!str", "\"!!str\""),
        Arguments.of("|", "\"|\""),
        Arguments.of(">-", "\">-\""),
        Arguments.of("'single'", "\"'single'\""),
        Arguments.of("\"double\"", "\"\\\"double\\\"\""),
        Arguments.of("%YAML", "\"%YAML\""),
        Arguments.of("@handle", "\"@handle\""),
        Arguments.of("`cmd`", "\"`cmd`\""),
        Arguments.of("---", "\"---\""),
        Arguments.of("...", "\"...\""),
        Arguments.of("..", "\"..\""),
        Arguments.of(".", "\".\""),
        // Flow indicators inside.
        Arguments.of("a,b", "\"a,b\""),
        Arguments.of("a[0]", "\"a[0]\""),
        Arguments.of("a{b}", "\"a{b}\""),
        // Whitespace and line breaks.
        Arguments.of(" leading", "\" leading\""),
        Arguments.of("trailing ", "\"trailing \""),
        Arguments.of(" ", "\" \""),
        Arguments.of("two\nlines", "\"two\\nlines\""),
        Arguments.of("crlf\r\n", "\"crlf\\r\\n\""),
        Arguments.of("tab\there", "\"tab\\there\""),
        Arguments.of("nul\u0000", "\"nul\\0\""),
        Arguments.of("esc\u001b[0m", "\"esc\\e[0m\""),
        Arguments.of("bell\u0007", "\"bell\\x07\""),
        Arguments.of("del\u007f", "\"del\\x7F\""),
        Arguments.of("nel\u0085", "\"nel\\u0085\""),
        Arguments.of("c1\u0080\u009f", "\"c1\\u0080\\u009F\""),
        Arguments.of("ls\u2028ps\u2029", "\"ls\\u2028ps\\u2029\""),
        Arguments.of("\ufeffbom", "\"\\uFEFFbom\""),
        Arguments.of("rlo\u202etxt", "\"rlo\\u202Etxt\""),
        Arguments.of("nonchar\ufffe\uffff", "\"nonchar\\uFFFE\\uFFFF\""),
        Arguments.of("C:\\Program Files\\x", "\"C:\\\\Program Files\\\\x\""),
        Arguments.of("\\", "\"\\\\\""),
        // Compose interpolation is left exactly as written.
        Arguments.of("${VAR}", "\"${VAR}\""),
        Arguments.of("${VAR:-default}", "\"${VAR:-default}\""),
        Arguments.of("prefix-${VAR}", "\"prefix-${VAR}\""),
        Arguments.of("$$", "\"$$\""),
        Arguments.of("$HOME", "\"$HOME\""),
        Arguments.of("pa$$word", "pa$$word"),
        // YAML 1.1 booleans in any case.
        Arguments.of("yes", "\"yes\""),
        Arguments.of("Yes", "\"Yes\""),
        Arguments.of("YES", "\"YES\""),
        Arguments.of("no", "\"no\""),
        Arguments.of("No", "\"No\""),
        Arguments.of("on", "\"on\""),
        Arguments.of("ON", "\"ON\""),
        Arguments.of("off", "\"off\""),
        Arguments.of("Off", "\"Off\""),
        Arguments.of("y", "\"y\""),
        Arguments.of("Y", "\"Y\""),
        Arguments.of("n", "\"n\""),
        Arguments.of("N", "\"N\""),
        Arguments.of("true", "\"true\""),
        Arguments.of("True", "\"True\""),
        Arguments.of("FALSE", "\"FALSE\""),
        Arguments.of("tRuE", "\"tRuE\""),
        // Null.
        Arguments.of("null", "\"null\""),
        Arguments.of("Null", "\"Null\""),
        Arguments.of("NULL", "\"NULL\""),
        Arguments.of("~", "\"~\""),
        Arguments.of("", "\"\""),
        // Numbers in YAML 1.1 or 1.2.
        Arguments.of("0123", "\"0123\""),
        Arguments.of("8080", "\"8080\""),
        Arguments.of("1e3", "\"1e3\""),
        Arguments.of("0x1F", "\"0x1F\""),
        Arguments.of("0o17", "\"0o17\""),
        Arguments.of("0b101", "\"0b101\""),
        Arguments.of(".inf", "\".inf\""),
        Arguments.of(".Inf", "\".Inf\""),
        Arguments.of("-.Inf", "\"-.Inf\""),
        Arguments.of("+.INF", "\"+.INF\""),
        Arguments.of(".nan", "\".nan\""),
        Arguments.of(".NaN", "\".NaN\""),
        Arguments.of(".5", "\".5\""),
        Arguments.of("._5", "\"._5\""),
        Arguments.of(".e+5", "\".e+5\""),
        Arguments.of("1_000", "\"1_000\""),
        Arguments.of("+1", "\"+1\""),
        Arguments.of("-1", "\"-1\""),
        Arguments.of("1.", "\"1.\""),
        Arguments.of("1.0", "\"1.0\""),
        Arguments.of("1:20", "\"1:20\""),
        Arguments.of("190:20:30", "\"190:20:30\""),
        Arguments.of("5050:5000", "\"5050:5000\""),
        Arguments.of("127.0.0.1:5432:5432", "\"127.0.0.1:5432:5432\""),
        Arguments.of("2001-12-14", "\"2001-12-14\""),
        Arguments.of("2001-12-14t21:59:43.10-05:00", "\"2001-12-14t21:59:43.10-05:00\""),
        // YAML 1.1 value key and merge key.
        Arguments.of("=", "\"=\""),
        Arguments.of("<<", "\"<<\""),
        Arguments.of("a=b", "a=b"),
        // Unicode stays UTF-8 (quoted, because only ASCII is written plain).
        Arguments.of("café", "\"café\""),
        Arguments.of("日本語", "\"日本語\""),
        Arguments.of("😀", "\"😀\""),
        Arguments.of("👨\u200d👩\u200d👧", "\"👨\u200d👩\u200d👧\""),
        Arguments.of("nbsp\u00a0", "\"nbsp\u00a0\""));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("hostileStrings")
  void quotesHostileStringsExactlyAsExpected(String value, String expected) {
    assertThat(YamlScalars.quote(value)).isEqualTo(expected);
    assertThat(YamlScalars.quoteKey(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("hostileStrings")
  void hostileStringsReadBackUnchangedThroughJackson(String value, String ignored) throws IOException {
    assertReadsBackThroughJackson(value);
  }

  @Test
  void keysReadBackAsTheSameStrings() throws IOException {
    Map<String, Object> map = YAML.readValue(
        YamlScalars.quoteKey("com.example.x") + ": 1\n" + YamlScalars.quoteKey("x-foo") + ": 2\n"
            + YamlScalars.quoteKey("<<") + ": 3\n" + YamlScalars.quoteKey("DB: host") + ": 4\n",
        new TypeReference<Map<String, Object>>() { });
    assertThat(map).containsOnlyKeys("com.example.x", "x-foo", "<<", "DB: host");
  }

  @Test
  void rejectsKeysTooLongForAnImplicitKey() {
    String longest = "k".repeat(YamlScalars.MAX_KEY_LENGTH);
    assertThat(YamlScalars.quoteKey(longest)).isEqualTo(longest);
    assertThatThrownBy(() -> YamlScalars.quoteKey(longest + "k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024");
    assertThat(YamlScalars.quote(longest + "k")).isEqualTo(longest + "k");
  }

  @Test
  void aKeyOfTheLongestAllowedLengthReadsBack() throws IOException {
    String key = "é".repeat(YamlScalars.MAX_KEY_LENGTH - 2);
    Map<String, Object> map = YAML.readValue(YamlScalars.quoteKey(key) + ": v\n",
        new TypeReference<Map<String, Object>>() { });
    assertThat(map).containsOnlyKeys(key);
  }

  @Test
  void rejectsLoneSurrogates() {
    assertThatThrownBy(() -> YamlScalars.quote("a\ud800b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+D800");
    assertThatThrownBy(() -> YamlScalars.quote("\udc00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> YamlScalars.quote(null)).isInstanceOf(NullPointerException.class);
  }

  @Property(tries = 1000)
  void anyStringReadsBackUnchangedThroughJackson(@ForAll("hostileText") String value) throws IOException {
    assertReadsBackThroughJackson(value);
  }

  @Property(tries = 1000)
  void outputIsAlwaysOneLine(@ForAll("hostileText") String value) {
    assertThat(YamlScalars.quote(value)).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029");
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> fragment = Arbitraries.of(HOSTILE_FRAGMENTS);
    Arbitrary<String> anyCodePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .map(Character::toString);
    Arbitrary<String> asciiRun = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(5, fragment),
        Tuple.of(3, asciiRun),
        Tuple.of(2, anyCodePoint));
    return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  @Test
  void hostileStringsReadBackUnchangedThroughPyYaml() throws Exception {
    Assumptions.assumeTrue(pyYamlAvailable(),
        "python3 with PyYAML is not available: skipping the YAML 1.1 (docker-compose 1.x) read-back check");
    List<String> values = new ArrayList<>();
    hostileStrings().forEach(arguments -> values.add((String) arguments.get()[0]));
    values.addAll(HOSTILE_FRAGMENTS);
    hostileText().sampleStream().limit(2000).forEach(values::add);
    values.add("k".repeat(YamlScalars.MAX_KEY_LENGTH));
    values.add("é".repeat(YamlScalars.MAX_KEY_LENGTH - 2));

    StringBuilder document = new StringBuilder("values:\n");
    for (String value : values) {
      document.append("- ").append(YamlScalars.quote(value)).append('\n');
    }
    document.append("keys:\n");
    for (int i = 0; i < values.size(); i++) {
      document.append("  ").append(YamlScalars.quoteKey(values.get(i))).append(": ").append(i).append('\n');
    }

    String script = String.join("\n",
        "import sys, json, yaml",
        "doc = yaml.safe_load(sys.stdin.buffer)",
        "out = {",
        "  'values': doc['values'],",
        "  'valueTypes': sorted({type(v).__name__ for v in doc['values']}),",
        "  'keys': {k: v for k, v in doc['keys'].items() if isinstance(k, str)},",
        "  'keyTypes': sorted({type(k).__name__ for k in doc['keys']}),",
        "  'version': yaml.__version__,",
        "}",
        "sys.stdout.write(json.dumps(out, ensure_ascii=True))",
        "");
    Process process = new ProcessBuilder("python3", "-c", script).redirectErrorStream(false).start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(document.toString().getBytes(StandardCharsets.UTF_8));
    }
    String stdout = readAll(process.getInputStream());
    String stderr = readAll(process.getErrorStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("PyYAML failed: %s", stderr).isZero();

    Map<String, Object> result = JSON.readValue(stdout, new TypeReference<Map<String, Object>>() { });
    assertThat(result.get("valueTypes")).as("PyYAML %s value types", result.get("version"))
        .isEqualTo(List.of("str"));
    assertThat(result.get("keyTypes")).isEqualTo(List.of("str"));
    assertThat(result.get("values")).isEqualTo(values);
    Map<String, Integer> expectedKeys = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      expectedKeys.put(values.get(i), i);
    }
    assertThat(result.get("keys")).isEqualTo(expectedKeys);
  }

  private static void assertReadsBackThroughJackson(String value) throws IOException {
    String quoted = YamlScalars.quote(value);

    Map<String, Object> map = YAML.readValue("key: " + quoted + "\n", new TypeReference<Map<String, Object>>() { });
    assertThat(map.get("key")).as("key: %s", quoted).isInstanceOf(String.class).isEqualTo(value);

    List<Object> list = YAML.readValue("- " + quoted + "\n", new TypeReference<List<Object>>() { });
    assertThat(list).as("- %s", quoted).singleElement().isInstanceOf(String.class).isEqualTo(value);

    Map<String, Object> keyed = YAML.readValue(YamlScalars.quoteKey(value) + ": v\n",
        new TypeReference<Map<String, Object>>() { });
    assertThat(keyed).as("%s: v", YamlScalars.quoteKey(value)).containsOnlyKeys(value);
  }

  private static boolean pyYamlAvailable() {
    try {
      Process process = new ProcessBuilder("python3", "-c", "import yaml").redirectErrorStream(true).start();
      readAll(process.getInputStream());
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
