package io.composegen.generator.imports;

import io.composegen.generator.render.ComposeTree;
import io.composegen.generator.render.ReadBack;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.generator.render.YamlNode;
import io.composegen.generator.render.YamlNode.MappingBuilder;
import io.composegen.generator.write.FileConflictException;
import io.composegen.generator.write.FileSetWriter;
import io.composegen.generator.write.WriteReport;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Reset;
import io.composegen.model.service.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a {@link Stack} as a stack descriptor that {@link DescriptorReader} reads back as the same stack.
 *
 * <p>Every attribute is written plainly, in the syntax the generated compose files use and through the same view
 * tree and escaping ({@link ComposeTree}, {@link io.composegen.generator.render.YamlScalars}); a service that runs
 * another's image gets {@code image_of}, a layer's fragment its {@code reset} list. Key order: {@code name},
 * {@code base_file}, {@code services}, {@code networks}, {@code volumes}, {@code secrets}, {@code configs},
 * {@code x-*}, {@code layers}; in a layer {@code file}, {@code production} (only when it differs from the default:
 * true for {@code prod}), {@code services}, then its resources. The text is parsed back and compared with what was
 * meant before it is returned. Immutable and thread-safe.
 *
 * <p>A service built from a generated Dockerfile cannot be written: the model keeps the Dockerfile, not the recipe
 * parameters it came from.
 */
public final class DescriptorWriter {

  private static final String TEMPLATE = "compose.yaml.ftl";
  private static final Set<String> SECTIONS = Set.of("name", "services");

  private final TemplateEngine templates;

  private DescriptorWriter(TemplateEngine templates) {
    this.templates = templates;
  }

  /** Returns a writer with the built-in layout. */
  public static DescriptorWriter create() {
    return new DescriptorWriter(TemplateEngine.create());
  }

  /**
   * Returns the descriptor of {@code stack}.
   *
   * @throws IllegalArgumentException when a service is built from a generated Dockerfile, naming it
   */
  public String write(Stack stack) {
    return write(stack, List.of());
  }

  /**
   * Returns the descriptor of {@code stack}, preceded by {@code comment} as {@code #} lines (one per element,
   * line breaks inside an element start new comment lines).
   *
   * @throws IllegalArgumentException when a service is built from a generated Dockerfile, naming it
   */
  public String write(Stack stack, List<String> comment) {
    Objects.requireNonNull(stack, "stack");
    YamlNode.Mapping tree = tree(stack);
    String body = templates.render(TEMPLATE, Map.of("root", tree, "fileName", DescriptorReader.DEFAULT_PATH));
    ReadBack.verify(DescriptorReader.DEFAULT_PATH, body, tree);
    StringBuilder out = new StringBuilder();
    for (String line : comment) {
      for (String part : line.split("\\R", -1)) {
        out.append(part.isEmpty() ? "#" : "# " + part.replaceAll("\\p{Cntrl}", "?")).append('\n');
      }
    }
    return out.append(body).toString();
  }

  /**
   * Writes the descriptor of {@code stack} to {@code file} atomically, creating its folder.
   *
   * @param force whether to replace an existing file, keeping its old content in {@code <file>.bak}
   * @return what was written
   * @throws FileConflictException when the file exists and {@code force} is false; nothing is written then
   * @throws IllegalArgumentException when a service is built from a generated Dockerfile, naming it
   */
  public WriteReport writeFile(Stack stack, Path file, boolean force, List<String> comment) {
    String text = write(stack, comment);
    if (!force && Files.exists(file) && !sameText(file, text)) {
      throw new FileConflictException(List.of(new FileConflictException.Conflict(file,
          "is a stack descriptor already, which composegen does not replace unless forced", true)));
    }
    TreeMap<Path, String> files = new TreeMap<>();
    files.put(file, text);
    return FileSetWriter.write(files, true);
  }

  private static boolean sameText(Path file, String text) {
    try {
      return Files.readString(file).equals(text);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static YamlNode.Mapping tree(Stack stack) {
    MappingBuilder root = YamlNode.map();
    root.putString("name", stack.name());
    root.putString("base_file", stack.baseFileName());
    root.put("services", services(stack.services(), false));
    copySections(ComposeTree.ofBase(stack.withoutLayers(), false), root);
    if (!stack.layers().isEmpty()) {
      MappingBuilder layers = YamlNode.map();
      stack.layers().forEach((name, layer) -> layers.put(name, layer(layer)));
      root.put("layers", layers.build());
    }
    return root.build();
  }

  private static YamlNode layer(Layer layer) {
    MappingBuilder out = YamlNode.map();
    out.putString("file", layer.fileName());
    if (layer.production() != layer.name().equals(Layer.PROD)) {
      out.putBool("production", layer.production());
    }
    out.put("services", services(layer.services(), true));
    copySections(ComposeTree.ofLayer(layer), out);
    return out.build();
  }

  /** Copies the entries of a compose tree other than the project name and the services. */
  private static void copySections(YamlNode.Mapping tree, MappingBuilder into) {
    for (YamlNode.Entry entry : tree.getEntries()) {
      if (!SECTIONS.contains(entry.getRawKey())) {
        into.put(entry.getRawKey(), entry.getValue());
      }
    }
  }

  private static YamlNode services(Map<String, Service> services, boolean fragments) {
    if (services.isEmpty()) {
      return null;
    }
    MappingBuilder out = YamlNode.map();
    services.forEach((name, service) -> out.put(name, service(service, fragments)));
    return out.build();
  }

  /**
   * Returns the element key of a reset as a person writes it: a port as {@code 8080:80} rather than its merge key
   * {@code 0.0.0.0:8080:80/tcp}, when both stand for the same element.
   */
  private static String shortKey(Reset reset) {
    String key = reset.key();
    if (reset.attribute().equals("ports")) {
      String shorter = key.replaceFirst("^0\\.0\\.0\\.0:", "").replaceFirst("/tcp$", "");
      try {
        if (!shorter.equals(key) && Reset.element("ports", shorter).equals(reset)) {
          return shorter;
        }
      } catch (IllegalArgumentException notAPort) {
        return key;
      }
    }
    return key;
  }

  private static YamlNode service(Service service, boolean fragment) {
    if (service.generatedBuild() != null) {
      throw new IllegalArgumentException("service " + service.name() + " is built from a generated Dockerfile, "
          + "which a stack descriptor cannot hold (it keeps recipes, not Dockerfiles); write its recipe by hand");
    }
    MappingBuilder out = YamlNode.map();
    out.putString("image_of", service.imageOf());
    if (!service.resets().isEmpty()) {
      if (!fragment) {
        throw new IllegalArgumentException("service " + service.name()
            + " resets attributes, which only a layer's service can do");
      }
      List<YamlNode> resets = new ArrayList<>();
      for (Reset reset : service.resets()) {
        resets.add(reset.isWhole() ? YamlNode.string(reset.attribute())
            : YamlNode.map().putString(reset.attribute(), shortKey(reset)).build());
      }
      out.put("reset", YamlNode.list(resets));
    }
    for (YamlNode.Entry entry : ComposeTree.service(service).getEntries()) {
      out.put(entry.getRawKey(), entry.getValue());
    }
    return out.build();
  }
}
