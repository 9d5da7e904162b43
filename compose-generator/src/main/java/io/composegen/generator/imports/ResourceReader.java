package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.generator.imports.Reading.BareKey;
import io.composegen.model.ModelPath;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Ipam;
import io.composegen.model.resource.IpamPool;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import java.util.ArrayList;
import java.util.List;

/** Reads the entries of the top-level {@code networks}, {@code volumes}, {@code secrets} and {@code configs}. */
final class ResourceReader {

  private static final String STRING_HINT = "write a string; quote it if YAML reads it as something else";
  private static final String LABELS_HINT = "write a mapping of KEY: value, or a list of \"KEY=value\" strings";
  private static final String OPTIONS_HINT = "write a mapping of option names to values";
  private static final String EXTERNAL_HINT = "write external: true, and the resource's name under name";

  private ResourceReader() {}

  /** Reads a network; null or an empty mapping gives Compose's defaults. */
  static Network network(Reading r, JsonNode node, ModelPath path) {
    if (node.isNull()) {
      return Network.defaults();
    }
    Fields f = r.fields(node, path, "a network", "write a mapping with driver, external, ipam ... or nothing");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Network.Builder b = Network.builder();
    f.string("driver", STRING_HINT, b::driver);
    f.stringMap("driver_opts", OPTIONS_HINT, b::driverOpts);
    f.read("external", (n, p) -> r.bool(n, p, EXTERNAL_HINT), b::external);
    f.string("name", STRING_HINT, b::name);
    f.bool("internal", b::internal);
    f.bool("attachable", b::attachable);
    f.bool("enable_ipv6", b::enableIpv6);
    f.read("ipam", (n, p) -> ipam(r, n, p), b::ipam);
    f.keyValues("labels", BareKey.EMPTY, LABELS_HINT, b::labels);
    f.extensions(b::extension);
    f.unsupported("enable_ipv4");
    f.finish();
    return r.since(mark) ? null : r.attempt(path, "drop driver, driver_opts, ipam and internal from an external network",
        b::build);
  }

  private static Ipam ipam(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "ipam", "write a mapping with driver, config and options");
    if (f == null) {
      return null;
    }
    Ipam.Builder b = Ipam.builder();
    f.string("driver", STRING_HINT, b::driver);
    f.read("config", (n, p) -> pools(r, n, p), b::config);
    f.stringMap("options", OPTIONS_HINT, b::options);
    f.finish();
    return b.build();
  }

  private static List<IpamPool> pools(Reading r, JsonNode node, ModelPath path) {
    String hint = "write a list of mappings with subnet, ip_range, gateway and aux_addresses";
    if (!node.isArray()) {
      r.wrongType(path, "a list", node, hint);
      return null;
    }
    List<IpamPool> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      Fields f = r.fields(node.get(i), path.index(i), "an address pool", hint);
      if (f == null) {
        continue;
      }
      IpamPool.Builder b = IpamPool.builder();
      f.string("subnet", STRING_HINT, b::subnet);
      f.string("ip_range", STRING_HINT, b::ipRange);
      f.string("gateway", STRING_HINT, b::gateway);
      f.stringMap("aux_addresses", "write a mapping of host names to addresses", b::auxAddresses);
      f.finish();
      out.add(b.build());
    }
    return out;
  }

  /** Reads a named volume; null or an empty mapping gives Compose's defaults. */
  static Volume volume(Reading r, JsonNode node, ModelPath path) {
    if (node.isNull()) {
      return Volume.defaults();
    }
    Fields f = r.fields(node, path, "a volume", "write a mapping with driver, external, name ... or nothing");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Volume.Builder b = Volume.builder();
    f.string("driver", STRING_HINT, b::driver);
    f.stringMap("driver_opts", OPTIONS_HINT, b::driverOpts);
    f.read("external", (n, p) -> r.bool(n, p, EXTERNAL_HINT), b::external);
    f.string("name", STRING_HINT, b::name);
    f.keyValues("labels", BareKey.EMPTY, LABELS_HINT, b::labels);
    f.extensions(b::extension);
    f.finish();
    return r.since(mark) ? null : r.attempt(path, "drop driver and driver_opts from an external volume", b::build);
  }

  /** Reads a secret. */
  static Secret secret(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "a secret", "write a mapping with file, environment or external");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Secret.Builder b = Secret.builder();
    f.string("file", STRING_HINT, b::file);
    f.string("environment", STRING_HINT, b::environment);
    f.read("external", (n, p) -> r.bool(n, p, EXTERNAL_HINT), b::external);
    f.string("name", STRING_HINT, b::name);
    f.keyValues("labels", BareKey.EMPTY, LABELS_HINT, b::labels);
    f.extensions(b::extension);
    f.unsupported("driver", "driver_opts", "template_driver");
    f.finish();
    return r.since(mark) ? null : r.attempt(path, "keep one of file, environment and external", b::build);
  }

  /** Reads a config. */
  static Config config(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "a config", "write a mapping with file, content, environment or external");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    Config.Builder b = Config.builder();
    f.string("file", STRING_HINT, b::file);
    f.string("content", STRING_HINT, b::content);
    f.string("environment", STRING_HINT, b::environment);
    f.read("external", (n, p) -> r.bool(n, p, EXTERNAL_HINT), b::external);
    f.string("name", STRING_HINT, b::name);
    f.keyValues("labels", BareKey.EMPTY, LABELS_HINT, b::labels);
    f.extensions(b::extension);
    f.unsupported("template_driver");
    f.finish();
    return r.since(mark) ? null : r.attempt(path, "keep one of file, content, environment and external", b::build);
  }
}
