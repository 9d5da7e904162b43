package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.DescriptorWriter;
import io.composegen.generator.imports.ReadResult;
import io.composegen.model.Stack;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writes arbitrary stacks full of hostile strings, with layers, all-services fragments and resets, as stack
 * descriptors and reads them back: {@code read(write(stack))} is the stack, in declaration order.
 */
class DescriptorRoundTripPropertiesTest {

  private static final DescriptorWriter WRITER = DescriptorWriter.create();
  private static final DescriptorReader READER = DescriptorReader.create();

  @Provide
  Arbitrary<Stack> layeredStacks() {
    return HostileStacks.LAYERED_STACK;
  }

  @Property(tries = 500)
  void descriptorReadsBackAsTheStack(@ForAll("layeredStacks") Stack stack) {
    String text = WRITER.write(stack);

    ReadResult<Stack> read = READER.read(text, "stack.yaml");

    assertThat(read.problems()).as(text).isEmpty();
    assertThat(read.value()).as(text).isEqualTo(stack);
    assertThat(read.value().toString()).as("declaration order").isEqualTo(stack.toString());
  }
}
