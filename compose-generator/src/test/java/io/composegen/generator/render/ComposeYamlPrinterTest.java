package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.golden.SeedStacks;
import io.composegen.model.Stack;
import io.composegen.model.layer.Environments;
import io.composegen.model.layer.Layer;
import io.composegen.model.resource.Network;
import io.composegen.model.service.Service;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ComposeYamlPrinter} prints what the shipped {@code compose.yaml.ftl}, rendered by FreeMarker through the
 * real {@link TemplateEngine}, prints for the same tree: the template is the specification of the built-in layout.
 */
class ComposeYamlPrinterTest {

  private static final TemplateEngine TEMPLATES = TemplateEngine.create();

  /** Returns the text of the shipped template for {@code root}, and checks that the printer's is the same. */
  private static String printsAsTheTemplate(YamlNode.Mapping root) {
    String template = TEMPLATES.render("compose.yaml.ftl", Map.of("root", root, "fileName", "compose.yaml"));
    assertThat(ComposeYamlPrinter.print(root)).isEqualTo(template);
    return template;
  }

  static Stream<Arguments> goldenFiles() {
    List<Arguments> out = new ArrayList<>();
    SeedStacks.all().forEach((name, stack) -> {
      Stack files = Environments.of(stack).files();
      out.add(Arguments.of(name, "base", ComposeTree.ofBase(files, false)));
      out.add(Arguments.of(name, "base, legacy", ComposeTree.ofBase(files, true)));
      for (Layer layer : files.layers().values()) {
        out.add(Arguments.of(name, layer.name(), ComposeTree.ofLayer(layer)));
      }
    });
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("goldenFiles")
  void printsEveryGoldenFileAsTheTemplateDoes(String name, String file, YamlNode.Mapping root) {
    assertThat(printsAsTheTemplate(root)).isNotEmpty();
  }

  @Test
  void printsAnEmptyStackAsTheTemplateDoes() {
    assertThat(printsAsTheTemplate(YamlNode.map().build())).isEmpty();
    assertThat(printsAsTheTemplate(ComposeTree.ofBase(Stack.builder(null).build(), false))).isEmpty();
    printsAsTheTemplate(ComposeTree.ofBase(Stack.builder("empty").build(), false));
    printsAsTheTemplate(ComposeTree.ofBase(Stack.builder("empty").build(), true));
  }

  @Test
  void printsEmptySectionsAndEmptyServicesOnTheLineOfTheirKey() {
    YamlNode.Mapping root = YamlNode.map()
        .putString("name", "shop")
        .put("services", YamlNode.map().put("web", YamlNode.map().build()).put("db", YamlNode.map().build()).build())
        .put("networks", YamlNode.map().build())
        .put("volumes", YamlNode.list(List.of()))
        .build();

    assertThat(printsAsTheTemplate(root)).isEqualTo("""
        name: shop

        services:
          web: {}

          db: {}

        networks: {}

        volumes: []
        """);
  }

  @Test
  void printsInlineAndBlockValuesAsTheTemplateDoes() {
    YamlNode.Mapping web = YamlNode.map()
        .putString("image", "web:1")
        .putNumber("cpus", new BigDecimal("0.5"))
        .putBool("init", true)
        .put("entrypoint", YamlNode.nullValue())
        .put("command", YamlNode.strings(List.of("run", "--port: 80", "")))
        .put("labels", YamlNode.map().putString("a b", "#c").putString("x", "y").build())
        .put("tmpfs", YamlNode.list(List.of()))
        .build();
    YamlNode.Mapping root = YamlNode.map()
        .put("services", YamlNode.map().put("web", web).build())
        .put("x-top", YamlNode.string("one line"))
        .build();

    assertThat(printsAsTheTemplate(root)).isEqualTo("""
        services:
          web:
            image: web:1
            cpus: 0.5
            init: true
            entrypoint: null
            command:
              - run
              - "--port: 80"
              - ""
            labels:
              a b: "#c"
              x: "y"
            tmpfs: []

        x-top: one line
        """);
  }

  @Test
  void printsSequencesOfMappingsAndOfSequencesAsTheTemplateDoes() {
    YamlNode port = YamlNode.map().putNumber("target", 80).putString("published", "8080").build();
    YamlNode nested = YamlNode.map()
        .put("inner", YamlNode.list(List.of(YamlNode.map().putString("k", "v").build(), YamlNode.string("s"))))
        .putString("after", "a")
        .build();
    YamlNode.Mapping root = YamlNode.map()
        .put("services", YamlNode.map().put("web", YamlNode.map()
            .put("ports", YamlNode.list(List.of(port, YamlNode.map().build(), YamlNode.list(List.of()))))
            .put("matrix", YamlNode.list(List.of(
                YamlNode.list(List.of(YamlNode.string("a"), YamlNode.list(List.of(YamlNode.string("b"))))),
                YamlNode.list(List.of(nested)))))
            .build()).build())
        .put("x-list", YamlNode.list(List.of(YamlNode.list(List.of(YamlNode.bool(false))), YamlNode.number(1))))
        .build();

    assertThat(printsAsTheTemplate(root)).isEqualTo("""
        services:
          web:
            ports:
              - target: 80
                published: "8080"
              - {}
              - []
            matrix:
              - - a
                - - b
              - - inner:
                    - k: v
                    - s
                  after: a

        x-list:
          - - false
          - 1
        """);
  }

  @Test
  void printsDeeplyNestedValuesAsTheTemplateDoes() {
    YamlNode deep = YamlNode.string("bottom");
    for (int i = 0; i < 24; i++) {
      deep = i % 2 == 0 ? YamlNode.list(List.of(deep)) : YamlNode.map().put("k" + i, deep).build();
    }
    printsAsTheTemplate(YamlNode.map().put("services", YamlNode.map().put("s", deep).build()).put("x", deep).build());
  }

  @Test
  void printsAServicesSectionThatIsNotAMappingAsAnyOtherSection() {
    printsAsTheTemplate(YamlNode.map().put("services", YamlNode.string("none")).build());
    printsAsTheTemplate(YamlNode.map().put("services", YamlNode.list(List.of())).build());
  }

  @Test
  void printsALegacyFileAsTheTemplateDoes() {
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web").image("web:1").port("8080:80").network("front"))
        .network("front", Network.builder().build())
        .build();

    String legacy = printsAsTheTemplate(ComposeTree.ofBase(stack, true));

    assertThat(legacy).doesNotContain("name: shop").startsWith("services:\n  web:\n");
    assertThat(printsAsTheTemplate(ComposeTree.ofBase(stack, false))).startsWith("name: shop\n\nservices:\n");
  }

  @Property(tries = 500)
  void printsAnyTreeAsTheTemplateDoes(@ForAll("roots") YamlNode.Mapping root) {
    printsAsTheTemplate(root);
  }

  /** Keys and strings YAML quotes in different ways: plain, quoted, escaped, empty, non-ASCII. */
  private static final Arbitrary<String> TEXT = Arbitraries.oneOf(
      Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(4),
      Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\u00e9\u20ac").ofMaxLength(6),
      Arbitraries.of("services", "name", "x-a", "true", "null", "1e3", "- a", "a: b", "#", "\ud83d\ude00", ""));

  private static final Arbitrary<YamlNode> SCALAR = Arbitraries.oneOf(
      TEXT.map(YamlNode::string),
      Arbitraries.integers().map(YamlNode::number),
      Arbitraries.doubles().map(YamlNode::number),
      Arbitraries.of(true, false).map(YamlNode::bool),
      Arbitraries.just(YamlNode.nullValue()));

  @Provide
  Arbitrary<YamlNode.Mapping> roots() {
    // the template lists a services section that is a mapping service by service, and cannot print it otherwise
    return mapping(node(4), 6).filter(root -> root.get("services") == null || root.get("services").isInline()
        || root.get("services").isMapping());
  }

  /** Returns scalars, mappings and sequences nested at most {@code depth} deep, empty ones among them. */
  private static Arbitrary<YamlNode> node(int depth) {
    if (depth == 0) {
      return SCALAR;
    }
    Arbitrary<YamlNode> child = Arbitraries.lazy(() -> node(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, SCALAR),
        Tuple.of(2, mapping(child, 4)),
        Tuple.of(2, child.list().ofMaxSize(4).map(YamlNode::list)));
  }

  private static Arbitrary<YamlNode.Mapping> mapping(Arbitrary<YamlNode> values, int maxSize) {
    return Combinators.combine(TEXT.list().uniqueElements().ofMaxSize(maxSize), values.list().ofSize(maxSize))
        .as((keys, nodes) -> {
          YamlNode.MappingBuilder out = YamlNode.map();
          for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), nodes.get(i));
          }
          return out.build();
        });
  }
}
