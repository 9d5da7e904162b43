package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Feeds the reader documents of every shape: known keys with values of any type, so that each conversion meets
 * the wrong type, the wrong value and the missing one. Whatever it reads, it reports problems and never throws.
 */
class ComposeReaderRobustnessTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ComposeReader READER = ComposeReader.create();

  /** Keys the reader knows somewhere, and a few it does not. */
  private static final List<String> KEYS = List.of("image", "build", "extends", "container_name", "restart",
      "command", "entrypoint", "environment", "env_file", "ports", "expose", "volumes", "tmpfs", "networks",
      "depends_on", "healthcheck", "secrets", "configs", "labels", "logging", "deploy", "mem_limit", "cpus",
      "shm_size", "ulimits", "extra_hosts", "dns", "group_add", "devices", "privileged", "stop_grace_period",
      "sysctls", "context", "dockerfile", "dockerfile_inline", "args", "target", "published", "host_ip", "protocol",
      "mode", "name", "app_protocol", "type", "source", "read_only", "bind", "volume", "tmpfs", "size", "nocopy",
      "subpath", "propagation", "create_host_path", "selinux", "aliases", "ipv4_address", "priority", "condition",
      "required", "test", "interval", "retries", "disable", "uid", "gid", "driver", "options", "replicas",
      "resources", "limits", "reservations", "memory", "pids", "restart_policy", "update_config", "placement",
      "preferences", "spread", "constraints", "soft", "hard", "path", "service", "file", "external", "ipam",
      "config", "subnet", "aux_addresses", "driver_opts", "content", "order", "max_failure_ratio", "x-ext",
      "runtime", "unknown", "<<", "");

  private static final Arbitrary<String> TEXT = Arbitraries.oneOf(
      Arbitraries.of("", "80", "8080:80", "99999:80", "a:b:c:d", "[::1]:80", "${X}:80", "./a:/a:ro", "/a:/b:zz",
          "1g", "-1", "1.5", "10s", "1m30s", "always", "on-failure:x", "CMD", "CMD-SHELL", "NONE", "service_healthy",
          "tmpfs", "bind", "volume", "KEY=VALUE", "=", "KEY", "yes", "0777", "host", "tcp", "udp", "x", "-"),
      Arbitraries.strings().withChars("ab:/-=.$#{}[]0189 ").ofMaxLength(10));

  private static final Arbitrary<JsonNode> DOCUMENTS = Combinators.combine(node(4), node(3)).as((service, other) -> {
    ObjectNode root = NODES.objectNode();
    root.set("services", NODES.objectNode().set("web", service));
    root.set("networks", NODES.objectNode().set("front", other));
    root.set("volumes", NODES.objectNode().set("data", other));
    root.set("secrets", NODES.objectNode().set("key", other));
    root.set("configs", NODES.objectNode().set("conf", other));
    return root;
  });

  @Provide
  Arbitrary<JsonNode> documents() {
    return DOCUMENTS;
  }

  private static Arbitrary<JsonNode> node(int depth) {
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        TEXT.map(NODES::textNode),
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.of(0L, 12345678901L, Long.MIN_VALUE).map(l -> (JsonNode) NODES.numberNode(l)),
        Arbitraries.just((JsonNode) NODES.numberNode(new BigInteger("123456789012345678901234567890"))),
        Arbitraries.of("0.5", "-1.25", "1E+3").map(d -> (JsonNode) NODES.numberNode(new BigDecimal(d))),
        Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
        Arbitraries.just((JsonNode) NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> inner = node(depth - 1);
    Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(KEYS), inner).as(Tuple::of).list().ofMaxSize(5)
        .map(entries -> {
          ObjectNode out = NODES.objectNode();
          entries.forEach(e -> out.set(e.get1(), e.get2()));
          return out;
        });
    Arbitrary<JsonNode> array = inner.list().ofMaxSize(3).map(items -> {
      ArrayNode out = NODES.arrayNode();
      items.forEach(out::add);
      return out;
    });
    return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(3, object), Tuple.of(1, array));
  }

  @Property(tries = 1000)
  void readsAnyDocumentReportingProblemsWithoutThrowing(@ForAll("documents") JsonNode document) {
    ReadResult<Stack> base = READER.readBase(document);
    ReadResult<Layer> layer = READER.readLayer("dev", document);

    assertThat(base.value()).isNotNull();
    assertThat(layer.value()).isNotNull();
    assertThat(base.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  @Property(tries = 300)
  void readsAnyTextReportingProblemsWithoutThrowing(@ForAll("texts") String text) {
    assertThat(READER.readBase(text).value()).isNotNull();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(KEYS),
        Arbitraries.of(": ", ":", " ", "- ", ": &a ", ": *a", ": !reset ", ": [", ": {", "<<: *a", ": |", "\t"),
        TEXT).as((indent, key, sep, value) -> "  ".repeat(indent) + key + sep + value);
    return line.list().ofMaxSize(8).map(lines -> "services:\n  web:\n" + String.join("\n", lines) + "\n");
  }
}
