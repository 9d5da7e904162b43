package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.images.GeneratedImages;
import io.composegen.model.Stack;
import io.composegen.model.layer.Environments;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The read-back's two paths: the fast one, on SnakeYAML's events, accepts exactly what reads back as meant and
 * leaves anything else to the slow one, which reads the file with Jackson and names the first difference.
 */
class ReadBackTest {

  private static final YamlNode.Mapping MEANT = YamlNode.map()
      .putString("name", "web")
      .putString("reserved", "yes")
      .putString("number-like", "010")
      .putBool("enabled", true)
      .putBool("disabled", false)
      .putNumber("cpus", new BigDecimal("0.50"))
      .putNumber("replicas", 3)
      .putNumber("offset", -12)
      .put("nothing", YamlNode.nullValue())
      .put("ports", YamlNode.list(List.of(YamlNode.string("8080:80"), YamlNode.number(443))))
      .put("labels", YamlNode.map().putString("com.example.team", "core").build())
      .put("empty", YamlNode.map().build())
      .build();

  private static final String TEXT = """
      name: web
      reserved: "yes"
      number-like: "010"
      enabled: true
      disabled: false
      cpus: 0.50
      replicas: 3
      offset: -12
      nothing: null
      ports:
        - "8080:80"
        - 443
      labels:
        com.example.team: core
      empty: {}
      """;

  @Test
  void theFastPathAcceptsWhatReadsBackAsMeant() {
    assertThat(ReadBack.readsBackDirectly(TEXT, MEANT)).isTrue();
    assertThatCode(() -> ReadBack.verify("compose.yaml", TEXT, MEANT)).doesNotThrowAnyException();
  }

  @Test
  void theFastPathAcceptsEveryComposeFileOfTheSeeds() {
    // the generator verifies each file it renders; the fast path alone must accept them, or every file would be
    // read a second time by the slow path
    TemplateEngine templates = TemplateEngine.create();
    seedFileTrees(templates).forEach((file, tree) -> {
      String fileName = file.substring(file.indexOf('/') + 1);
      String text = templates.render("compose.yaml.ftl", Map.of("root", tree, "fileName", fileName));
      assertThat(ReadBack.readsBackDirectly(text, tree)).as(file).isTrue();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "reserved: yes", // YAML 1.1 reads a boolean
      "number-like: 010", // YAML 1.1 reads the octal 8
      "replicas: 3.5",
      "replicas: \"3\"",
      "enabled: \"true\"",
      "nothing: \"\"",
      "name: !!str web",
  })
  void theFastPathRejectsAnyOtherReading(String line) {
    String key = line.substring(0, line.indexOf(':'));
    String text = TEXT.lines().map(l -> l.startsWith(key + ":") ? line : l).reduce("", (a, b) -> a + b + "\n");

    assertThat(ReadBack.readsBackDirectly(text, MEANT)).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name: web\n",
      "name: web\nreserved: \"yes\"\nextra: 1\n",
      "- name\n",
      "name: [\n",
      "",
  })
  void theFastPathRejectsOtherShapesAndBrokenText(String text) {
    assertThat(ReadBack.readsBackDirectly(text, MEANT)).isFalse();
  }

  @Test
  void anEmptyFileStandsForTheEmptyMappingOnly() {
    assertThat(ReadBack.readsBackDirectly("# nothing here\n", YamlNode.map().build())).isTrue();
    assertThat(ReadBack.readsBackDirectly("# nothing here\n", MEANT)).isFalse();
  }

  @Test
  void theSlowPathDecidesWhatTheFastPathLeavesAndNamesTheDifference() {
    YamlNode.Mapping sixteen = YamlNode.map().putNumber("replicas", 16).build();
    assertThat(ReadBack.readsBackDirectly("replicas: 0x10\n", sixteen)).isFalse();
    assertThatCode(() -> ReadBack.verify("compose.yaml", "replicas: 0x10\n", sixteen)).doesNotThrowAnyException();

    assertThatThrownBy(() -> ReadBack.verify("compose.yaml", TEXT.replace("cpus: 0.50", "cpus: 0.6"), MEANT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("compose.yaml")
        .hasMessageContaining("cpus: expected the number 0.50");
    assertThatThrownBy(() -> ReadBack.verify("compose.yaml", "name: [\n", MEANT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not parse");
  }

  @Test
  void printingAsItIsReadBackGivesThePrintersTextForEverySeedFile() {
    seedFileTrees(TemplateEngine.create()).forEach((file, tree) -> {
      ComposeYamlPrinter.Printing printing = new ComposeYamlPrinter.Printing(tree, 3);
      assertThat(ReadBack.readsBackWhilePrinted(printing, tree)).as(file).isTrue();
      assertThat(printing.text().toString()).isEqualTo("   " + ComposeYamlPrinter.print(tree));
      assertThat(ReadBack.printVerified(file, tree, 0).toString()).isEqualTo(ComposeYamlPrinter.print(tree));
    });
  }

  @Test
  void aServiceBuiltOnReadIsBuiltOnceAndHeldOnlyUntilCompared() {
    AtomicReference<ComposeYamlPrinter.Printing> current = new AtomicReference<>();
    AtomicInteger builds = new AtomicInteger();
    AtomicInteger mostWaiting = new AtomicInteger();
    YamlNode.MappingBuilder services = YamlNode.map();
    for (int i = 0; i < 500; i++) {
      String name = "svc-" + i;
      services.putBuiltOnRead(name, () -> {
        builds.incrementAndGet();
        mostWaiting.accumulateAndGet(current.get().waiting(), Math::max);
        return YamlNode.map().putString("image", "registry.example/" + name + ":1.0")
            .put("ports", YamlNode.strings(List.of("8080:80", "9090"))).build();
      });
    }
    YamlNode.Mapping tree = YamlNode.map().putString("name", "many").put("services", services.build())
        .put("volumes", YamlNode.map().put("data", YamlNode.map().build()).build()).build();
    current.set(new ComposeYamlPrinter.Printing(tree, 0));

    assertThat(ReadBack.readsBackWhilePrinted(current.get(), tree)).isTrue();
    assertThat(builds).hasValue(500);
    // the parser asks for about a thousand characters at a time, a dozen services of about eighty; printing
    // everything first would leave up to 499 waiting
    assertThat(mostWaiting.get()).isBetween(1, 20);
    assertThat(current.get().waiting()).isZero();
    assertThat(current.get().text().toString()).isEqualTo(ComposeYamlPrinter.print(tree)).endsWith("  data: {}\n");
  }

  @Test
  void aTextThatDoesNotReadBackIsStillPrintedWhole() {
    YamlNode.MappingBuilder services = YamlNode.map();
    for (int i = 0; i < 100; i++) {
      services.putBuiltOnRead("svc-" + i, () -> YamlNode.map().putString("image", "app").build());
    }
    YamlNode.Mapping printed = YamlNode.map().put("services", services.build()).build();
    ComposeYamlPrinter.Printing printing = new ComposeYamlPrinter.Printing(printed, 0);

    assertThat(ReadBack.readsBackWhilePrinted(printing, MEANT)).isFalse();
    assertThat(printing.text().toString()).isEqualTo(ComposeYamlPrinter.print(printed));
    assertThat(printing.waiting()).isZero();
  }

  @Test
  void theFastReaderGivesSnakeYamlsOwnEventsAndFailuresWithOneMarkForAll() {
    List<String> texts = new ArrayList<>(List.of(TEXT, "name: [\n", "a: b\n  c: d\n", "- x\n- \"y\n",
        "key: \"tab\\there\"\nother: [1, {a: b}]\n", "bad: \u0001\n", "\ufeffname: \"\ud83d\ude00\"\r\n"));
    TemplateEngine templates = TemplateEngine.create();
    seedFileTrees(templates).values()
        .forEach(tree -> texts.add(templates.render("compose.yaml.ftl", Map.of("root", tree, "fileName", "f"))));
    for (String text : texts) {
      Set<Mark> marks = Collections.newSetFromMap(new IdentityHashMap<>());
      List<String> fast = events(new ReadBack.Unmarked(text), marks);
      assertThat(fast).as(text).isEqualTo(events(new StreamReader(text), null));
      assertThat(marks).as(text).hasSize(1);
    }
    assertThat(events(new ReadBack.Unmarked(new StringReader(TEXT)), null))
        .isEqualTo(events(new StreamReader(TEXT), null));
  }

  /** The events SnakeYAML's parser reads from {@code reader}, then what it failed with, if it failed. */
  private static List<String> events(StreamReader reader, Set<Mark> marks) {
    List<String> events = new ArrayList<>();
    Parser parser = new ParserImpl(reader, new LoaderOptions());
    try {
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        events.add(event.toString());
        if (marks != null) {
          marks.add(event.getStartMark());
          marks.add(event.getEndMark());
        }
      }
    } catch (YAMLException e) {
      String problem = e instanceof MarkedYAMLException marked ? marked.getProblem() : e.getMessage();
      events.add(e.getClass().getName() + ": " + problem);
    }
    return events;
  }

  /** The view tree of every compose file of every seed, by seed and file name. */
  private static Map<String, YamlNode.Mapping> seedFileTrees(TemplateEngine templates) {
    Map<String, YamlNode.Mapping> trees = new LinkedHashMap<>();
    SeedStacks.all().forEach((name, stack) -> {
      Stack files = Environments.of(GeneratedImages.resolve(stack, templates).stack()).files();
      trees.put(name + "/" + files.effectiveBaseFileName(), ComposeTree.ofBase(files, false));
      files.layers().values()
          .forEach(layer -> trees.put(name + "/" + layer.effectiveFileName(), ComposeTree.ofLayer(layer)));
    });
    return trees;
  }
}
