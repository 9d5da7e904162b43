package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Services read while their file is parsed ({@link ServiceStream}) come out as reading the whole tree after the load
 * gives them: the same services in the same order and the same problems, with anchors, merge keys, duplicate names,
 * broken YAML and the loader's limits anywhere among them, below and above the count from which another thread
 * helps.
 */
class ServiceStreamTest {

  private static final JacksonYamlLoader LOADER = new JacksonYamlLoader();
  private static final ComposeReader READER = ComposeReader.withLoader(LOADER);

  /** The base file's text read from its whole tree: the loader's problems, then the reader's. */
  private static ReadResult<Stack> baseFromTree(String text) {
    YamlLoader.Loaded loaded = LOADER.load(text);
    ReadResult<Stack> read = READER.readBase(loaded.tree());
    return new ReadResult<>(read.value(), Stream.concat(loaded.problems().stream(), read.problems().stream()).toList());
  }

  private static ReadResult<Layer> layerFromTree(String text) {
    YamlLoader.Loaded loaded = LOADER.load(text);
    ReadResult<Layer> read = READER.readLayer(Layer.PROD, loaded.tree());
    return new ReadResult<>(read.value(), Stream.concat(loaded.problems().stream(), read.problems().stream()).toList());
  }

  private static void assertStreamedAsFromTree(String text) {
    ReadResult<Stack> streamed = READER.readBase(text);
    ReadResult<Stack> fromTree = baseFromTree(text);
    assertThat(List.copyOf(streamed.value().services().values()))
        .containsExactlyElementsOf(fromTree.value().services().values());
    assertThat(streamed.value()).isEqualTo(fromTree.value());
    assertThat(streamed.problems()).map(Problem::toString).containsExactlyElementsOf(
        fromTree.problems().stream().map(Problem::toString).toList());

    ReadResult<Layer> layer = READER.readLayer(Layer.PROD, text);
    ReadResult<Layer> layerFromTree = layerFromTree(text);
    assertThat(List.copyOf(layer.value().services().values()))
        .containsExactlyElementsOf(layerFromTree.value().services().values());
    assertThat(layer.problems()).map(Problem::toString).containsExactlyElementsOf(
        layerFromTree.problems().stream().map(Problem::toString).toList());
  }

  private static String services(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(String.format(Locale.ROOT, "  s%03d:%n    image: nginx:1.27%n    ports: [\"%d:80\"]%n", i, 8000 + i));
    }
    return out.toString();
  }

  @Test
  void theTreeKeepsAPlaceholderForEachServiceHandedOver() {
    ServiceStream stream = new ServiceStream(io.composegen.model.ModelPath.of("services"), true);
    YamlLoader.Loaded loaded = LOADER.load("services:\n" + services(100) + "x-after: 1\n", null, null, stream);
    stream.loaded();

    JsonNode services = loaded.tree().get("services");
    assertThat(services.size()).isEqualTo(100);
    services.elements().forEachRemaining(node -> assertThat(ServiceStream.slotOf(node)).isNotNull());
    assertThat(loaded.tree().get("x-after").intValue()).isEqualTo(1);
    stream.cancel();
  }

  @Test
  void aServicesMappingWithAnAnchorIsNotHandedOverSinceAnAliasOfItWouldHoldPlaceholders() {
    String text = "services: &all\n" + services(80) + "x-copy: *all\n";

    ReadResult<Stack> read = READER.readBase(text);

    assertThat(read.value().services()).hasSize(80);
    assertThat(read.value().extensions().get("x-copy")).asString().contains("nginx:1.27");
    assertStreamedAsFromTree(text);
  }

  @Test
  void aMergeKeyInTheServicesMappingMixesPlaceholdersWithTheServicesItCopiesIn() {
    String text = "x-more: &more\n  extra:\n    image: redis:7\n  s005:\n    image: merged-but-overridden\n"
        + "services:\n  <<: *more\n" + services(100);

    ReadResult<Stack> read = READER.readBase(text);

    assertThat(read.value().services()).hasSize(101);
    assertThat(read.value().services().keySet()).startsWith("extra", "s005", "s000");
    assertThat(read.value().services().get("s005").image()).isEqualTo("nginx:1.27");
    assertStreamedAsFromTree(text);
  }

  @Test
  void servicesBeforeBrokenYamlAreNotHandedOn() {
    String text = "services:\n" + services(120) + "  broken: [\n";

    ReadResult<Stack> read = READER.readBase(text);

    assertThat(read.value().services()).isEmpty();
    assertThat(read.problems()).singleElement().extracting(Problem::code).isEqualTo(Problem.INVALID_YAML);
    assertStreamedAsFromTree(text);
  }

  @Test
  void anAliasBombAfterManyServicesStopsTheLoadAsItDoesWithoutThem() {
    StringBuilder bomb = new StringBuilder("x-a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      bomb.append("x-").append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous))).append("]\n");
    }
    String text = "services:\n" + services(100) + bomb;

    ReadResult<Stack> read = READER.readBase(text);

    assertThat(read.value().services()).isEmpty();
    assertThat(read.problems()).singleElement().extracting(Problem::message).asString().contains("alias");
    assertStreamedAsFromTree(text);
  }

  @Test
  void aDuplicateServiceNameKeepsTheFirstAsWithoutStreaming() {
    String text = "services:\n" + services(70) + "  s003:\n    image: second\n" + services(2).replace("s00", "t00");

    ReadResult<Stack> read = READER.readBase(text);

    assertThat(read.value().services().get("s003").image()).isEqualTo("nginx:1.27");
    assertThat(read.value().services()).hasSize(72);
    assertStreamedAsFromTree(text);
  }

  @ParameterizedTest
  @MethodSource("io.composegen.generator.imports.Corpus#files")
  void everyCorpusFileReadsAsFromItsTree(Path file) throws IOException {
    assertStreamedAsFromTree(Files.readString(file));
  }

  /** One entry of the services mapping, or a line that breaks it. */
  private static final List<String> PIECES = List.of(
      "  %s:\n    image: nginx:1.27\n    environment: {A: \"1\"}\n",
      "  %s:\n    image: app\n    imagee: app\n",
      "  %s:\n    image: app\n    ports: [\"abc\", \"80:80\"]\n",
      "  .%s:\n    image: app\n",
      "  %s: nginx\n",
      "  %s:\n",
      "  %s:\n    restart: sometimes\n",
      "  %s: &%s\n    image: anchored:1\n    labels: [a=b]\n",
      "  %s:\n    <<: *s001\n    image: merged\n",
      "  %s:\n    image: *nowhere\n",
      "  %s: !reset\n    image: tagged\n",
      "  %s:\n    image: [unclosed\n",
      "  s001:\n    image: duplicate\n",
      "  <<: {%s: {image: merged-in}}\n");

  @Provide
  Arbitrary<List<Integer>> files() {
    return Arbitraries.integers().between(0, PIECES.size() * 12 - 1).list().ofMinSize(1).ofMaxSize(150);
  }

  /** Mostly valid services, with any of the other pieces anywhere: the streamed read is the tree's. */
  @Property(tries = 60)
  void anyFileReadsAsFromItsTree(@ForAll("files") List<Integer> pieces) {
    StringBuilder text = new StringBuilder("x-base: &s001\n  image: base:1\nservices:\n");
    for (int i = 0; i < pieces.size(); i++) {
      int piece = pieces.get(i) < PIECES.size() * 11 ? 0 : pieces.get(i) % PIECES.size();
      String name = String.format(Locale.ROOT, "n%03d", i);
      text.append(PIECES.get(piece).replace("%s", name));
    }
    assertStreamedAsFromTree(text.toString());
  }

  /** The thread that helps ends with each read, whether the file loaded or not. */
  @Test
  void noHelperOutlivesItsRead() throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      READER.readBase("services:\n" + services(100));
      READER.readBase("services:\n" + services(100) + "  broken: [\n");
      READER.readLayer(Layer.PROD, "services:\n" + services(100) + "x-a: *nowhere\n");
    }

    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (helpers() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(helpers()).isZero();
  }

  private static long helpers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("composegen-services") && t.isAlive()).count();
  }

  /** The services are those of one read: none is lost or read twice when two threads share them. */
  @Test
  void manyServicesComeOutOnceEachInOrder() {
    String text = "services:\n" + services(1000);

    List<String> names = new ArrayList<>();
    READER.readBase(text).value().services().values().stream().map(Service::name).forEach(names::add);

    assertThat(names).hasSize(1000).isSorted().doesNotHaveDuplicates();
  }
}
