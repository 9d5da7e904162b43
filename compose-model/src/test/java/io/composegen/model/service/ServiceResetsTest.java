package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** {@link ServiceAttributes#applyResets}: what a fragment's resets remove from the service it is merged onto. */
class ServiceResetsTest {

  private static final Service BASE = Service.builder("web").image("nginx:1.27")
      .env("A", "1").env("B", "2").env("C", "3")
      .port("8080:80").port("127.0.0.1:9000:9000").port("53:53/udp")
      .volume("./app:/app").volume("data:/data").volume("/cache")
      .label("team", "core").label("tier", "front")
      .containerName("web-1")
      .build();

  @Provide
  Arbitrary<List<Reset>> resets() {
    Arbitrary<Reset> whole = Arbitraries.of("environment", "ports", "volumes", "labels", "container_name")
        .map(Reset::of);
    Arbitrary<Reset> keyed = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.just("environment"), Arbitraries.of("A", "B", "C", "D")).as(Reset::element),
        Combinators.combine(Arbitraries.just("ports"), Arbitraries.of("8080:80", "127.0.0.1:9000:9000", "53:53/udp",
            "53:53", "9090")).as(Reset::element),
        Combinators.combine(Arbitraries.just("volumes"), Arbitraries.of("/app", "/data", "/cache", "/other"))
            .as(Reset::element),
        Combinators.combine(Arbitraries.just("labels"), Arbitraries.of("team", "tier", "other")).as(Reset::element));
    return Arbitraries.frequencyOf(Tuple.of(1, whole), Tuple.of(4, keyed)).list().ofMaxSize(8);
  }

  @Property
  void removesWhatTheResetsRemoveOneAfterAnother(@ForAll("resets") List<Reset> resets) {
    Service oneByOne = BASE;
    for (Reset reset : resets) {
      oneByOne = ServiceAttributes.applyResets(oneByOne, List.of(reset));
    }

    assertThat(ServiceAttributes.applyResets(BASE, resets)).isEqualTo(oneByOne);
  }

  @Test
  void appliesTensOfThousandsOfKeyedResetsOfOneAttributeAtOnce() {
    // each keyed reset built the whole service and copied the list without one element: 40,000 resets of a list of
    // 40,000 variables copied 1.6 billion entries
    Service.Builder service = Service.builder("web").image("nginx:1.27");
    List<Reset> resets = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      service.env("VAR_" + i, "value");
      if (i % 2 == 0) {
        resets.add(Reset.element("environment", "VAR_" + i));
      }
    }

    Service reset = ServiceAttributes.applyResets(service.build(), resets);

    assertThat(reset.environment()).hasSize(20_000).containsKey("VAR_1").doesNotContainKey("VAR_0")
        .containsKey("VAR_39999").doesNotContainKey("VAR_39998");
  }
}
