package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mapping's keys are unique at every size, and a value built on read is built anew each time. */
class YamlNodeTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 15, 16, 17, 40})
  void aMappingRefusesADuplicateKeyAtAnySize(int size) {
    YamlNode.MappingBuilder builder = YamlNode.map();
    for (int i = 0; i < size; i++) {
      builder.putString("key-" + i, "value");
    }
    assertThatIllegalStateException().isThrownBy(() -> builder.putString("key-0", "again"))
        .withMessage("duplicate key key-0");
    assertThatIllegalStateException().isThrownBy(() -> builder.putBuiltOnRead("key-" + (size - 1), () -> null))
        .withMessage("duplicate key key-" + (size - 1));
    assertThat(builder.putString("key-" + size, "new").build().getEntries()).hasSize(size + 1);
  }

  @Test
  void aValueBuiltOnReadIsBuiltEachTimeItIsRead() {
    AtomicInteger builds = new AtomicInteger();
    YamlNode.Mapping mapping = YamlNode.map()
        .putBuiltOnRead("web", () -> YamlNode.map().putString("image", "nginx:" + builds.incrementAndGet()).build())
        .build();

    assertThat(mapping.get("web").plain()).isEqualTo(Map.of("image", "nginx:1"));
    assertThat(mapping.plain()).isEqualTo(Map.of("web", Map.of("image", "nginx:2")));
    assertThat(mapping.getEntries().get(0).getValue()).isNotSameAs(mapping.getEntries().get(0).getValue());
    assertThat(builds).hasValue(4);
  }
}
