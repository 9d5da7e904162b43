package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** CG120: host ports published twice. */
class RulePortsTest {

  @Test
  void reportsSamePortPublishedTwice() {
    Stack stack = base(Service.builder("api").image("acme/api:1.0").port("8080:8080"),
        Service.builder("web").image("nginx:1.27").port("80:80").port("8080:80"));

    assertOnly(stack, "CG120", "services.web.ports[1]",
        "host port 8080/tcp is published twice (also by services.api.ports[0])");
  }

  @Test
  void reportsAddressOnAllInterfacesCollidingWithOneAddress() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").port("8080:80"),
        Service.builder("api").image("acme/api:1.0").port("127.0.0.1:8080:8080"));

    assertOnly(stack, "CG120", "services.api.ports[0]",
        "host port 127.0.0.1:8080/tcp is published twice (also by services.web.ports[0])");
  }

  @Test
  void reportsOverlappingRanges() {
    Stack stack = base(Service.builder("media").image("acme/media:1.0").port("8000-8010:8000-8010"),
        Service.builder("rtp").image("acme/rtp:1.0").port("8010-8012:5000-5002"));

    assertOnly(stack, "CG120", "services.rtp.ports[0]",
        "host ports 8010-8012/tcp overlap host ports 8000-8010/tcp (published by services.media.ports[0])");
  }

  @Test
  void acceptsOtherProtocolOtherAddressAndEphemeralPorts() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").port("127.0.0.1:8080:80").port("53:53/udp")
            .port("80"),
        Service.builder("api").image("acme/api:1.0").port("127.0.0.2:8080:8080").port("53:53").port("80")
            .port("8000-8100:9000"),
        Service.builder("admin").image("acme/admin:1.0").port("8050:80"));

    assertNone(stack, "CG120");
  }

  @Test
  void locatesCollisionInTheLayerFileThatAddsIt() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").port("8080:80")).toBuilder()
        .layer(Layer.dev().service(Service.builder("docs").image("squidfunk/mkdocs-material:9.5").port("8080:8000")))
        .build();

    assertThat(problems(stack, "CG120")).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("compose.override.yaml");
      assertThat(p.path()).hasToString("services.docs.ports[0]");
      assertThat(p.message())
          .isEqualTo("host port 8080/tcp is published twice (also by compose.yaml services.web.ports[0])");
      assertThat(p.environments()).containsExactly("dev");
    });
  }
  @Test
  void comparesThousandsOfEntriesOnOnePortOnlyWithThoseOnTheirAddress() {
    // 30,000 entries of host port 8080 on as many addresses, then one on every address: each entry was compared with
    // every earlier one on that port (the check ran for half a minute); now only with those that share its address
    Service.Builder web = Service.builder("web").image("nginx:1.27");
    for (int i = 0; i < 30_000; i++) {
      web.port("10." + i / 62_500 + "." + i / 250 % 250 + "." + (i % 250 + 1) + ":8080:80");
    }
    web.port("10.0.0.1:8080:81").port("8080:82");

    List<Problem> found = problems(base(web), "CG120");

    assertThat(found).extracting(p -> p.path().toString() + ": " + p.message()).containsExactly(
        "services.web.ports[30000]: host port 10.0.0.1:8080/tcp is published twice (also by services.web.ports[0])",
        "services.web.ports[30001]: host port 8080/tcp is published twice (also by services.web.ports[0])");
  }

  /** A ports entry: its host address as written ("" for none), its first host port, its length, its protocol. */
  record Entry(String address, int start, int length, String protocol) {
    String shortSyntax() {
      String range = length == 0 ? "" + start : start + "-" + (start + length);
      String target = length == 0 ? "80" : "9000-" + (9000 + length);
      return address + (address.isEmpty() ? "" : ":") + range + ":" + target + ("udp".equals(protocol) ? "/udp" : "");
    }

    boolean collides(Entry other) {
      boolean variable = address.startsWith("$") || other.address.startsWith("$");
      boolean addresses = variable ? address.equals(other.address)
          : any() || other.any() || address.equals(other.address);
      return protocol.equals(other.protocol) && addresses
          && start <= other.start + other.length && other.start <= start + length;
    }

    private boolean any() {
      return address.isEmpty() || address.equals("0.0.0.0");
    }
  }

  @Provide
  Arbitrary<List<List<Entry>>> services() {
    Arbitrary<Entry> entries = Combinators.combine(
        Arbitraries.of("", "0.0.0.0", "127.0.0.1", "10.0.0.1", "${IP}", "${OTHER_IP}"),
        Arbitraries.integers().between(8000, 8006), Arbitraries.integers().between(0, 3),
        Arbitraries.of("tcp", "tcp", "udp")).as(Entry::new);
    return entries.list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 300)
  void reportsEachEntryWithTheEarliestEntryItCollidesWith(@ForAll("services") List<List<Entry>> services) {
    Stack.Builder stack = Stack.builder("app");
    List<String> paths = new ArrayList<>();
    List<Entry> all = new ArrayList<>();
    for (int s = 0; s < services.size(); s++) {
      Service.Builder service = Service.builder("s" + s).image("acme/app:1.0");
      for (int i = 0; i < services.get(s).size(); i++) {
        service.port(services.get(s).get(i).shortSyntax());
        paths.add("services.s" + s + ".ports[" + i + "]");
        all.add(services.get(s).get(i));
      }
      stack.service(service);
    }
    // every earlier entry compared, as the rule reads
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (all.get(i).collides(all.get(j))) {
          expected.put(paths.get(i), paths.get(j));
          break;
        }
      }
    }

    Map<String, String> found = new TreeMap<>();
    Pattern by = Pattern.compile("by (services\\.\\S+)\\)$");
    for (Problem problem : problems(stack.build(), "CG120")) {
      Matcher earlier = by.matcher(problem.message());
      assertThat(earlier.find()).as(problem.message()).isTrue();
      found.put(problem.path().toString(), earlier.group(1));
    }
    assertThat(found).isEqualTo(expected);
  }
}
