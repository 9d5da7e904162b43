package io.composegen.generator;

import io.composegen.generator.check.Drift;
import io.composegen.generator.check.DriftCheck;
import io.composegen.generator.env.EnvExampleRenderer;
import io.composegen.generator.images.GeneratedImages;
import io.composegen.generator.render.ComposeTree;
import io.composegen.generator.render.LegacyCompatibility;
import io.composegen.generator.render.ReadBack;
import io.composegen.generator.render.RenderException;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.generator.render.YamlNode;
import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.ValidationException;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.generator.validate.dockerfile.DockerfileLint;
import io.composegen.generator.write.FileSetWriter;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.WriteReport;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.layer.Layers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The entry point for Java users: renders a {@link Stack} to its compose files and writes them.
 *
 * <p>For a stack with layers {@code dev} and {@code prod} it writes {@code compose.yaml},
 * {@code compose.override.yaml} and {@code compose.prod.yaml} (file names are configurable on the stack and its
 * layers), and {@code .env.example} when the stack reads variables. {@link #generate} first validates every
 * environment ({@link Validator}) and lints every generated Dockerfile ({@link DockerfileLint}), and writes nothing
 * when that fails; every file is then rendered, parsed back and checked against the model before anything is
 * written; then all files are written atomically, and only those whose content changed. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * WriteReport report = ComposeGenerator.create().generate(stack, Path.of("."));
 * }</pre>
 */
public final class ComposeGenerator {

  private static final String COMPOSE_TEMPLATE = "compose.yaml.ftl";

  private final TemplateEngine templates;
  private final Path templateFolder;
  private final boolean legacy;
  private final boolean force;
  private final Validator validator;

  private ComposeGenerator(Builder builder) {
    this.templates = builder.templateFolder == null
        ? TemplateEngine.create() : TemplateEngine.withOverrides(builder.templateFolder);
    this.templateFolder = builder.templateFolder;
    this.legacy = builder.legacy;
    this.force = builder.force;
    this.validator = builder.validator;
  }

  /** Returns a generator with the built-in templates, Compose v2 output and no forced overwrites. */
  public static ComposeGenerator create() {
    return builder().build();
  }

  /** Returns a builder of a generator with non-default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders every file of {@code stack} without validating or writing anything.
   *
   * @return the file names (relative to the output folder) and their contents, base first, then each layer
   *     in declaration order, then {@code .env.example} when the stack reads variables or secret files
   * @throws RenderException when a template fails
   * @throws IllegalStateException when a rendered file does not read back as the model (a bug)
   */
  public Map<String, String> render(Stack stack) {
    Objects.requireNonNull(stack, "stack");
    return render(GeneratedImages.resolve(stack, templates));
  }

  private Map<String, String> render(GeneratedImages.Result images) {
    Stack stack = images.stack();
    Stack files = Layers.factor(stack);
    checkFactoring(stack, files);
    if (legacy) {
      checkLegacy(files);
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put(stack.effectiveBaseFileName(), renderFile(stack.effectiveBaseFileName(), ComposeTree.ofBase(files, legacy)));
    for (Layer layer : files.layers().values()) {
      String name = layer.effectiveFileName();
      if (out.containsKey(name)) {
        throw new IllegalArgumentException("layer " + layer.name() + " renders to " + name
            + ", which another file of this stack already uses; give it another fileName");
      }
      out.put(name, renderFile(name, ComposeTree.ofLayer(layer)));
    }
    renderEnvExample(stack, out);
    images.files().forEach((name, text) -> {
      if (out.putIfAbsent(name, text) != null) {
        throw new IllegalArgumentException("a generated build writes " + name
            + ", which is also a compose file of this stack; give the build another context");
      }
    });
    return Collections.unmodifiableMap(out);
  }

  // Validation and .env.example (issue 3): kept apart from the compose rendering above.

  /**
   * Validates every environment of {@code stack} and lints every Dockerfile its generated builds write, with this
   * generator's validator, without rendering or writing.
   *
   * @return every problem found, those of a Dockerfile located in it (e.g. {@code app/Dockerfile
   *     stages.runtime.instructions[3]}); {@link ValidationReport#failed()} tells whether {@link #generate} would
   *     refuse
   */
  public ValidationReport validate(Stack stack) {
    return validate(GeneratedImages.resolve(Objects.requireNonNull(stack, "stack"), templates));
  }

  private ValidationReport validate(GeneratedImages.Result images) {
    List<Problem> lint = new ArrayList<>();
    images.dockerfiles().forEach((file, dockerfile) -> lint.addAll(DockerfileLint.check(dockerfile, file)));
    return validator.validate(images.stack(), lint);
  }

  /** Adds {@code .env.example}, stamped with the generated mark, when the stack reads variables or secret files. */
  private static void renderEnvExample(Stack stack, Map<String, String> out) {
    EnvExampleRenderer.render(stack).ifPresent(text -> {
      if (out.containsKey(EnvExampleRenderer.FILE_NAME)) {
        throw new IllegalArgumentException("a compose file of this stack is named " + EnvExampleRenderer.FILE_NAME
            + ", which composegen writes the stack's variables to; give that file another name");
      }
      out.put(EnvExampleRenderer.FILE_NAME, GeneratedMark.stamp(text));
    });
  }

  /**
   * Validates {@code stack} as {@link #validate} does, renders every file and writes those that changed into
   * {@code directory}.
   *
   * @return what happened to each file, with the backups a forced run kept
   * @throws ValidationException when validation fails (see {@link Builder#validator}), in a compose file or a
   *     Dockerfile; nothing is written then
   * @throws io.composegen.generator.write.FileConflictException when a file on disk was not generated by
   *     composegen or was edited since, and the generator does not force; nothing is written then
   */
  public WriteReport generate(Stack stack, Path directory) {
    Objects.requireNonNull(directory, "directory");
    GeneratedImages.Result images = GeneratedImages.resolve(Objects.requireNonNull(stack, "stack"), templates);
    ValidationReport report = validate(images);
    if (report.failed()) {
      throw new ValidationException(report);
    }
    Map<String, String> rendered = render(images);
    TreeMap<Path, String> files = new TreeMap<>();
    rendered.forEach((name, text) -> files.put(directory.resolve(name), text));
    return FileSetWriter.write(files, force);
  }

  /**
   * Compares what {@link #generate} would write into {@code directory} with what is there, writing nothing.
   *
   * @return one entry per file, drifted or not, then any stale generated compose file
   */
  public List<Drift> check(Stack stack, Path directory) {
    Objects.requireNonNull(directory, "directory");
    return DriftCheck.check(render(stack), directory);
  }

  private String renderFile(String fileName, YamlNode.Mapping tree) {
    String body = templates.render(COMPOSE_TEMPLATE, Map.of("root", tree, "fileName", fileName));
    String text = GeneratedMark.stamp(body);
    try {
      ReadBack.verify(fileName, text, tree);
    } catch (IllegalStateException e) {
      if (templateFolder == null) {
        throw e;
      }
      throw new IllegalStateException(e.getMessage().replace("; this is a bug in composegen, please report it with your model",
          "; check the templates in " + templateFolder + ": a template may change layout, not what the file says"), e);
    }
    return text;
  }

  private static void checkLegacy(Stack files) {
    List<String> problems = LegacyCompatibility.problems(files);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("docker-compose 1.x cannot read what this stack uses:\n  "
          + String.join("\n  ", problems)
          + "\nRender for Compose v2 (docker compose) instead, or remove these settings.");
    }
  }

  private static void checkFactoring(Stack stack, Stack files) {
    for (Layer layer : stack.layers().values()) {
      Stack meant = Layers.canonical(stack.resolve(layer.name()));
      Stack merged = Layers.canonical(Layers.resolve(files, files.layers().get(layer.name())));
      if (!meant.equals(merged)) {
        throw new IllegalStateException("composegen split environment " + layer.name()
            + " into files that do not merge back to it; this is a bug in composegen, please report it with your model");
      }
    }
  }

  /** Mutable builder of {@link ComposeGenerator}; not thread-safe. */
  public static final class Builder {
    private Path templateFolder;
    private boolean legacy;
    private boolean force;
    private Validator validator = Validator.create();

    private Builder() {}

    /** Takes templates from {@code folder} first, falling back to the built-in ones for names it lacks. */
    public Builder templates(Path folder) {
      this.templateFolder = folder;
      return this;
    }

    /**
     * Renders for the legacy {@code docker-compose} 1.x, which rejects the top-level {@code name:}; the
     * project name is then left to {@code -p} or the folder's name.
     */
    public Builder legacy(boolean value) {
      this.legacy = value;
      return this;
    }

    /**
     * Overwrites files that were not generated by composegen or were edited since, keeping the old content of each
     * in {@code <file>.bak}.
     */
    public Builder force(boolean value) {
      this.force = value;
      return this;
    }

    /**
     * Sets the validator {@link ComposeGenerator#generate} runs first (default {@link Validator#create()}: fails
     * on errors, acknowledges nothing); its acknowledgements and threshold decide whether anything is written.
     */
    public Builder validator(Validator value) {
      this.validator = Objects.requireNonNull(value, "validator");
      return this;
    }

    /** Returns the generator. */
    public ComposeGenerator build() {
      return new ComposeGenerator(this);
    }
  }
}
