package io.composegen.maven;

import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.Problem;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.project.StackSources;
import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.preset.Presets;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * The part of the model written in the plugin's {@code <configuration>}: services, presets, layers and top-level
 * networks, volumes, secrets and configs, merged onto the stack from zero configuration and the descriptor.
 *
 * <p>The XML is turned into the tree a stack descriptor holds and read by {@link DescriptorReader}, so every
 * attribute and syntax of a descriptor works the same here; each problem is reported at the pom element it comes
 * from, e.g. {@code <services><service>[2]<ports><port>[1]}. XML to tree:
 * <ul>
 *   <li>an element with text is a string; {@code true} and {@code false} are booleans, whole numbers written
 *       without leading zeros are numbers, and an empty element is a key without a value;</li>
 *   <li>an element whose children are all named {@code item}, or the element's name without its plural ending
 *       ({@code <ports><port>}), or that has several children of one name, is a list;</li>
 *   <li>any other element with children is a mapping from child names (or their {@code key} attribute, for keys
 *       that are no XML names) to values.</li>
 * </ul>
 * One instance per goal run; not thread-safe.
 */
final class PomConfiguration {

  /** The layer name the base additions are read under; never shown. */
  private static final String ADDITIONS = "pom";

  private static final List<String> RESOURCES = List.of("networks", "volumes", "secrets", "configs");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
  private static final String XML_HINT = "in the pom, a list is child elements named <item> or the element's "
      + "singular (<ports><port>), a mapping is child elements named by key (<environment><DEBUG>)";
  private static final String PRESET_HINT = "write one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, "
      + "elasticsearch, optionally with a tag, e.g. redis:7.0";

  private final PlexusConfiguration services;
  private final PlexusConfiguration presets;
  private final PlexusConfiguration layers;
  private final Map<String, PlexusConfiguration> resources = new LinkedHashMap<>();

  /** The pom element of each path read, with its place in document order. */
  private final Map<ModelPath, Element> elements = new HashMap<>();
  private final List<Reported> problems = new ArrayList<>();
  private final Set<String> layersSettingProduction = new HashSet<>();

  private record Element(String at, int order) {}

  private record Reported(int order, String line) {}

  PomConfiguration(PlexusConfiguration services, PlexusConfiguration presets, PlexusConfiguration layers,
      PlexusConfiguration networks, PlexusConfiguration volumes, PlexusConfiguration secrets,
      PlexusConfiguration configs) {
    this.services = services;
    this.presets = presets;
    this.layers = layers;
    resources.put("networks", networks);
    resources.put("volumes", volumes);
    resources.put("secrets", secrets);
    resources.put("configs", configs);
  }

  /** Returns true when the pom configures none of services, presets, layers and top-level resources. */
  boolean isEmpty() {
    return empty(services) && empty(presets) && empty(layers) && resources.values().stream().allMatch(c -> empty(c));
  }

  private static boolean empty(PlexusConfiguration configuration) {
    return configuration == null || configuration.getChildCount() == 0;
  }

  /**
   * Returns {@code stack} with the pom's services, presets, resources and layers merged onto it; logs what the pom
   * adds.
   *
   * @throws MojoFailureException after logging every problem, each at its pom element
   */
  Stack applyTo(Stack stack, Log log) throws MojoFailureException {
    return applyTo(stack, log, log::info);
  }

  /**
   * Returns {@code stack} with the pom's services, presets, resources and layers merged onto it; tells {@code info}
   * what the pom adds.
   *
   * @throws MojoFailureException after logging every problem to {@code log}, each at its pom element
   */
  Stack applyTo(Stack stack, Log log, Consumer<CharSequence> info) throws MojoFailureException {
    Map<String, Object> additions = new LinkedHashMap<>();
    Map<String, Object> serviceTree = new LinkedHashMap<>();
    if (services != null) {
      services(services, ModelPath.of("services"), "<services>", false, serviceTree);
    }
    if (presets != null) {
      presets(presets, serviceTree);
    }
    if (!serviceTree.isEmpty()) {
      additions.put("services", serviceTree);
    }
    for (String section : RESOURCES) {
      PlexusConfiguration configured = resources.get(section);
      if (configured != null) {
        additions.put(section, mapping(configured, ModelPath.of(section), "<" + section + ">"));
      }
    }
    Map<String, Object> layerTree = new LinkedHashMap<>();
    if (layers != null) {
      layers(layers, layerTree);
    }

    ReadResult<Stack> base = read(Map.of("layers", Map.of(ADDITIONS, additions)), 2);
    ReadResult<Stack> layered = read(Map.of("layers", layerTree), 0);

    Layer added = base.value().layers().getOrDefault(ADDITIONS, Layer.named(ADDITIONS).build());
    List<Layer> amended = new ArrayList<>();
    for (Layer layer : layered.value().layers().values()) {
      Layer lower = stack.layers().get(layer.name());
      amended.add(lower == null || layersSettingProduction.contains(layer.name()) ? layer
          : layer.toBuilder().production(lower.production()).build());
    }
    ReadResult<Stack> result = StackSources.amend(stack, added, amended);
    result.problems().forEach(p -> report(p, 0));
    fail(log);
    info.accept("composegen: pom configuration: " + summary(stack, added, layered.value()));
    return result.value();
  }

  /**
   * Returns the configuration as written, for a fingerprint: each element as its name, attributes, text and children
   * (null for an element not given), in the order services, presets, layers, networks, volumes, secrets, configs.
   */
  List<Object> written() {
    List<Object> out = new ArrayList<>();
    out.add(written(services));
    out.add(written(presets));
    out.add(written(layers));
    resources.values().forEach(element -> out.add(written(element)));
    return out;
  }

  private static List<Object> written(PlexusConfiguration element) {
    if (element == null) {
      return null;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String name : element.getAttributeNames()) {
      attributes.put(name, element.getAttribute(name, null));
    }
    List<Object> children = new ArrayList<>();
    for (PlexusConfiguration child : element.getChildren()) {
      children.add(written(child));
    }
    return Arrays.asList(element.getName(), attributes, element.getValue(null), children);
  }

  /** Returns what the pom adds and amends: {@code services mailhog, admin; merged onto web; layers prod}. */
  private static String summary(Stack stack, Layer added, Stack layered) {
    List<String> parts = new ArrayList<>();
    List<String> merged = added.services().keySet().stream().filter(stack.services()::containsKey).toList();
    List<String> fresh = added.services().keySet().stream().filter(n -> !stack.services().containsKey(n)).toList();
    if (!fresh.isEmpty()) {
      parts.add("services " + String.join(", ", fresh));
    }
    if (!merged.isEmpty()) {
      parts.add("merged onto " + String.join(", ", merged));
    }
    if (!layered.layers().isEmpty()) {
      parts.add("layers " + String.join(", ", layered.layers().keySet()));
    }
    return parts.isEmpty() ? "no services" : String.join("; ", parts);
  }

  /**
   * Reads a descriptor tree, reporting its problems at pom elements; the first {@code skip} segments of a problem's
   * path are not the pom's.
   */
  private ReadResult<Stack> read(Map<String, Object> tree, int skip) {
    ReadResult<Stack> read = DescriptorReader.create().read(Json.write(tree), "pom.xml");
    read.problems().forEach(p -> report(p, skip));
    return read;
  }

  private void fail(Log log) throws MojoFailureException {
    if (problems.isEmpty()) {
      return;
    }
    problems.sort(Comparator.comparingInt(Reported::order));
    problems.forEach(p -> log.error(p.line()));
    int count = problems.size();
    throw new MojoFailureException("composegen: " + count + (count == 1 ? " problem" : " problems")
        + " in the plugin's <configuration> in the pom; fix them and run again");
  }

  private void report(Problem problem, int skip) {
    List<Object> segments = problem.path().segments();
    ModelPath path = ModelPath.root();
    for (Object segment : segments.subList(Math.min(skip, segments.size()), segments.size())) {
      path = segment instanceof Integer i ? path.index(i) : path.key((String) segment);
    }
    ModelPath known = path;
    while (!known.isRoot() && !elements.containsKey(known)) {
      known = known.parent();
    }
    Element element = elements.getOrDefault(known, new Element("<configuration>", -1));
    String rest = path.segments().size() > known.segments().size() ? " (" + path + ")" : "";
    boolean shape = problem.code().equals(Problem.WRONG_TYPE)
        && (problem.message().contains("list") || problem.message().contains("mapping"));
    String hint = shape ? problem.hint() + "; " + XML_HINT : problem.hint();
    problems.add(new Reported(element.order(),
        element.at() + rest + ": " + problem.code() + " " + problem.message() + " (" + hint + ")"));
  }

  private void problem(String at, int order, String code, String message, String hint) {
    problems.add(new Reported(order, at + ": " + code + " " + message + " (" + hint + ")"));
  }

  private int register(ModelPath path, String at) {
    int order = elements.size();
    elements.put(path, new Element(at, order));
    return order;
  }

  /**
   * Reads {@code <services>}: {@code <service>} elements with a {@code <name>}, or elements named after their
   * service.
   */
  private void services(PlexusConfiguration parent, ModelPath path, String at, boolean inLayer,
      Map<String, Object> into) {
    register(path, at);
    PlexusConfiguration[] children = parent.getChildren();
    for (int i = 0; i < children.length; i++) {
      PlexusConfiguration child = children[i];
      boolean listed = child.getName().equals("service");
      String childAt = at + "<" + child.getName() + ">" + (listed ? "[" + (i + 1) + "]" : "");
      int order = register(path.key("<" + i + ">"), childAt);
      String name = listed ? text(child.getChild("name", false)) : child.getName();
      if (name == null) {
        problem(childAt, order, Problem.MISSING_VALUE, "the service has no <name>",
            "add the service's name, e.g. <name>web</name>");
        continue;
      }
      if (!inLayer && name.equals(Service.ALL_SERVICES)) {
        problem(childAt, order, Problem.INVALID_VALUE, "\"*\" is not a service name",
            "use \"*\" in a layer's services, where it patches every service of the environment");
        continue;
      }
      if (into.containsKey(name)) {
        problem(childAt, order, Problem.INVALID_VALUE, "service \"" + name + "\" is configured twice",
            "keep one <service> per name");
        continue;
      }
      ModelPath servicePath = path.key(name);
      register(servicePath, childAt);
      Map<String, Object> body = new LinkedHashMap<>();
      for (PlexusConfiguration attribute : child.getChildren()) {
        if (listed && attribute.getName().equals("name")) {
          continue;
        }
        put(body, attribute.getName(), attribute, servicePath, childAt);
      }
      into.put(name, body);
    }
  }

  /** Reads {@code <presets><preset>redis:7.0</preset></presets>}: a service named as the preset names it. */
  private void presets(PlexusConfiguration parent, Map<String, Object> into) {
    PlexusConfiguration[] children = parent.getChildren();
    for (int i = 0; i < children.length; i++) {
      String at = "<presets><" + children[i].getName() + ">[" + (i + 1) + "]";
      int order = register(ModelPath.of("presets").index(i), at);
      String reference = text(children[i]);
      if (reference == null) {
        problem(at, order, Problem.MISSING_VALUE, "the preset is empty", PRESET_HINT);
        continue;
      }
      String name;
      try {
        name = Presets.named(reference).name();
      } catch (IllegalArgumentException e) {
        problem(at, order, Problem.INVALID_VALUE, e.getMessage(), PRESET_HINT);
        continue;
      }
      if (into.containsKey(name)) {
        problem(at, order, Problem.INVALID_VALUE, "preset " + reference + " makes a service \"" + name
            + "\", which <services> configures too", "set <preset>" + reference + "</preset> in that <service>");
        continue;
      }
      register(ModelPath.of("services", name), at);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("preset", reference);
      into.put(name, body);
    }
  }

  /** Reads {@code <layers>}: {@code <layer>} elements with a {@code <name>}, or elements named after their layer. */
  private void layers(PlexusConfiguration parent, Map<String, Object> into) {
    PlexusConfiguration[] children = parent.getChildren();
    for (int i = 0; i < children.length; i++) {
      PlexusConfiguration child = children[i];
      boolean listed = child.getName().equals("layer");
      String at = "<layers><" + child.getName() + ">" + (listed ? "[" + (i + 1) + "]" : "");
      int order = register(ModelPath.of("layers").index(i), at);
      String name = listed ? text(child.getChild("name", false)) : child.getName();
      if (name == null) {
        problem(at, order, Problem.MISSING_VALUE, "the layer has no <name>",
            "add the layer's name, e.g. <name>prod</name>");
        continue;
      }
      if (into.containsKey(name)) {
        problem(at, order, Problem.INVALID_VALUE, "layer \"" + name + "\" is configured twice",
            "keep one <layer> per name");
        continue;
      }
      ModelPath path = ModelPath.of("layers", name);
      register(path, at);
      Map<String, Object> body = new LinkedHashMap<>();
      for (PlexusConfiguration part : child.getChildren()) {
        String key = part.getName();
        if (listed && key.equals("name")) {
          continue;
        }
        if (body.containsKey(key)) {
          problem(at + "<" + key + ">", register(path.key(key).key("<twice>"), at + "<" + key + ">"),
              Problem.INVALID_VALUE, "<" + key + "> appears twice", "keep one of them");
        } else if (key.equals("services")) {
          Map<String, Object> layerServices = new LinkedHashMap<>();
          services(part, path.key("services"), at + "<services>", true, layerServices);
          body.put(key, layerServices);
        } else if (RESOURCES.contains(key)) {
          body.put(key, mapping(part, path.key(key), at + "<" + key + ">"));
        } else {
          if (key.equals("production")) {
            layersSettingProduction.add(name);
          }
          body.put(key, value(part, path.key(key), at + "<" + key + ">"));
        }
      }
      into.put(name, body);
    }
  }

  /** Adds {@code element} to {@code body} under {@code key}, reporting a key given twice. */
  private void put(Map<String, Object> body, String key, PlexusConfiguration element, ModelPath path, String at) {
    String elementAt = at + "<" + element.getName() + ">";
    if (body.containsKey(key)) {
      problem(elementAt, register(path.key(key).key("<twice>"), elementAt), Problem.INVALID_VALUE,
          "<" + element.getName() + "> appears twice", "keep one of them, or list the values inside one element");
      return;
    }
    body.put(key, value(element, path.key(key), elementAt));
  }

  /** Returns a mapping of the children of {@code element}, keyed by their names or {@code key} attributes. */
  private Map<String, Object> mapping(PlexusConfiguration element, ModelPath path, String at) {
    register(path, at);
    Map<String, Object> out = new LinkedHashMap<>();
    for (PlexusConfiguration child : element.getChildren()) {
      String key = child.getAttribute("key", null);
      if (key == null) {
        put(out, child.getName(), child, path, at);
      } else {
        String childAt = at + "<" + child.getName() + " key=\"" + key + "\">";
        if (out.containsKey(key)) {
          problem(childAt, register(path.key(key).key("<twice>"), childAt), Problem.INVALID_VALUE,
              "key \"" + key + "\" appears twice", "keep one of them");
        } else {
          out.put(key, value(child, path.key(key), childAt));
        }
      }
    }
    return out;
  }

  /** Returns the tree value of one element: a scalar, a list or a mapping. */
  private Object value(PlexusConfiguration element, ModelPath path, String at) {
    PlexusConfiguration[] children = element.getChildren();
    if (children.length == 0) {
      register(path, at);
      return scalar(text(element));
    }
    boolean keyed = true;
    boolean sameName = true;
    for (PlexusConfiguration child : children) {
      keyed &= child.getAttribute("key", null) != null;
      sameName &= child.getName().equals(children[0].getName());
    }
    if (!keyed && sameName && (children.length > 1 || isItemName(element.getName(), children[0].getName()))) {
      register(path, at);
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < children.length; i++) {
        out.add(value(children[i], path.index(i), at + "<" + children[i].getName() + ">[" + (i + 1) + "]"));
      }
      return out;
    }
    return mapping(element, path, at);
  }

  /** Returns true when {@code child} names an item of the list {@code parent}: {@code item}, or its singular. */
  private static boolean isItemName(String parent, String child) {
    return child.equals("item")
        || parent.endsWith("ies") && child.equals(parent.substring(0, parent.length() - 3) + "y")
        || parent.endsWith("es") && child.equals(parent.substring(0, parent.length() - 2))
        || parent.endsWith("s") && child.equals(parent.substring(0, parent.length() - 1));
  }

  private static Object scalar(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (NUMBER.matcher(text).matches()) {
      return Long.valueOf(text);
    }
    return text;
  }

  /** Returns the element's text, or null when it has none. */
  private static String text(PlexusConfiguration element) {
    if (element == null) {
      return null;
    }
    String value = element.getValue(null);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Writes a tree of maps, lists, strings, numbers, booleans and nulls as YAML flow text (JSON, but for YAML's
   * {@code \U} escape), which the descriptor reader reads back as the same tree.
   */
  static final class Json {

    private Json() {}

    static String write(Object tree) {
      StringBuilder out = new StringBuilder();
      write(tree, out);
      return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof Boolean || value instanceof Long) {
        out.append(value);
      } else if (value instanceof String text) {
        string(text, out);
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          write(list.get(i), out);
        }
        out.append(']');
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(first ? "" : ", ");
          first = false;
          string((String) entry.getKey(), out);
          out.append(": ");
          write(entry.getValue(), out);
        }
        out.append('}');
      } else {
        throw new IllegalArgumentException("not a tree value: " + value.getClass());
      }
    }

    /** Writes a double-quoted string with everything but printable ASCII escaped. */
    private static void string(String text, StringBuilder out) {
      out.append('"');
      text.codePoints().forEach(c -> {
        if (c == '"' || c == '\\') {
          out.append('\\').append((char) c);
        } else if (c >= 0x20 && c < 0x7f) {
          out.append((char) c);
        } else if (c <= 0xffff) {
          out.append(String.format("\\u%04x", c));
        } else {
          out.append(String.format("\\U%08x", c));
        }
      });
      out.append('"');
    }
  }
}
