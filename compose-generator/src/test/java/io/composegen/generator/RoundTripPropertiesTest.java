package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.imports.ComposeReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.layer.Layers;
import io.composegen.model.service.BindOptions;
import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttribute;
import io.composegen.model.service.ServiceAttributes;
import io.composegen.model.service.ServiceVolume;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Renders arbitrary stacks full of hostile strings and reads the files back with {@link ComposeReader}: what
 * was written is what the model says, byte for byte the same each time, and layered files merge to each
 * environment.
 */
class RoundTripPropertiesTest {

  private static final ComposeGenerator GENERATOR = ComposeGenerator.create();
  private static final ComposeReader READER = ComposeReader.create();

  @Provide
  Arbitrary<Stack> stacks() {
    return HostileStacks.STACK;
  }

  @Provide
  Arbitrary<Stack> layeredStacks() {
    return HostileStacks.LAYERED_STACK;
  }

  @Property(tries = 1000)
  void baseFileReadsBackAsTheStack(@ForAll("stacks") Stack stack) {
    String text = GENERATOR.render(stack).get("compose.yaml");

    ReadResult<Stack> read = READER.readBase(text);

    assertThat(read.problems()).as(text).isEmpty();
    assertThat(read.value()).as(() -> differences(stack, read.value()) + "\n" + text).isEqualTo(stack);
    assertThat(read.value().toString()).as("declaration order").isEqualTo(stack.toString());
  }

  @Property(tries = 1000)
  void renderingTwiceAndRenderingWhatWasReadGiveTheSameBytes(@ForAll("layeredStacks") Stack stack) {
    Map<String, String> first = GENERATOR.render(stack);
    Map<String, String> second = GENERATOR.render(stack);

    assertThat(second).isEqualTo(first);
    Stack reread = READER.readBase(first.get("compose.yaml")).value();
    assertThat(GENERATOR.render(reread).get("compose.yaml")).isEqualTo(first.get("compose.yaml"));
  }

  /** Stacks on which the properties once failed, kept as examples of what each fix is for. */
  static List<Stack> foundByTheProperties() {
    return List.of(
        // a file of comments only failed the renderer's own read-back
        Stack.builder(null).build(),
        // build's x-* extensions were left out of the file
        Stack.builder(null).service(Service.builder("a").build(BuildSpec.builder().dockerfileInline("")
            .extension("x-", true).build())).build(),
        // create_host_path: true went into the short syntax, which reads back without it
        Stack.builder(null).service(Service.builder("a").image("")
            .volume(ServiceVolume.bind(".", "/data").withReadOnly(true).withBind(new BindOptions(null, true, null))))
            .build(),
        // an unclosed ${ in a source swallowed the colons after it in the short syntax
        Stack.builder(null).service(Service.builder("a").image("")
            .volume(ServiceVolume.bind("/${", "/data").withReadOnly(true))).build(),
        // KEY=VALUE list form for a key holding '='
        Stack.builder(null).service(Service.builder("a").image("").env("\\b=", null).env("x", null)).build(),
        // a dependency without condition among others wrote condition: service_started
        Stack.builder(null).service(Service.builder("a").image("").dependsOn("a")
            .dependsOn("b", new Dependency(null, false, true))).build(),
        // a long decimal was compared as a double by the read-back check
        Stack.builder(null).extension("x-a", new BigDecimal("922337203685477580.7")).build(),
        // a device without container path broke sorting by merge key
        Stack.builder(null).service(Service.builder("a").image("").device(":").device(""))
            .layer(Layer.prod().service("a", a -> a.device("/dev/x"))).build());
  }

  @Example
  void stacksThatOnceFailedReadBackAsThemselves() {
    for (Stack stack : foundByTheProperties()) {
      if (stack.layers().isEmpty()) {
        baseFileReadsBackAsTheStack(stack);
      } else {
        baseAndLayerFilesMergeToEachEnvironment(stack);
      }
      renderingTwiceAndRenderingWhatWasReadGiveTheSameBytes(stack);
    }
  }

  /** Returns where two stacks differ, attribute by attribute, to make a failure readable. */
  private static String differences(Stack meant, Stack read) {
    StringBuilder out = new StringBuilder();
    for (Service service : meant.services().values()) {
      Service other = read.services().get(service.name());
      if (other == null) {
        out.append("services.").append(service.name()).append(" is missing; ");
        continue;
      }
      for (ServiceAttribute<?> attribute : ServiceAttributes.all()) {
        Object a = attribute.get(service);
        Object b = attribute.get(other);
        if (!Objects.equals(a, b)) {
          out.append("services.").append(service.name()).append('.').append(attribute.yamlName())
              .append(": meant ").append(a).append(", read ").append(b).append("; ");
        }
      }
    }
    compare(out, "name", meant.name(), read.name());
    compare(out, "services (names)", meant.services().keySet(), read.services().keySet());
    compare(out, "networks", meant.networks(), read.networks());
    compare(out, "volumes", meant.volumes(), read.volumes());
    compare(out, "secrets", meant.secrets(), read.secrets());
    compare(out, "configs", meant.configs(), read.configs());
    compare(out, "extensions", meant.extensions(), read.extensions());
    return out.toString();
  }

  private static void compare(StringBuilder out, String what, Object meant, Object read) {
    if (!Objects.equals(meant, read)) {
      out.append(what).append(": meant ").append(meant).append(", read ").append(read).append("; ");
    }
  }

  @Property(tries = 1000)
  void baseAndLayerFilesMergeToEachEnvironment(@ForAll("layeredStacks") Stack stack) {
    Map<String, String> files = GENERATOR.render(stack);
    ReadResult<Stack> base = READER.readBase(files.get(stack.effectiveBaseFileName()));
    assertThat(base.problems()).as(files.get(stack.effectiveBaseFileName())).isEmpty();

    for (Layer layer : stack.layers().values()) {
      String text = files.get(layer.effectiveFileName());
      ReadResult<Layer> read = READER.readLayer(layer.name(), text);

      assertThat(read.problems()).as(text).isEmpty();
      Stack merged = Layers.canonical(Layers.resolve(base.value(), read.value()));
      Stack meant = Layers.canonical(stack.resolve(layer.name()));
      assertThat(merged).as(() -> layer.name() + ": " + differences(meant, merged) + "\n" + text).isEqualTo(meant);
    }
  }
}
