package io.composegen.generator;

import io.composegen.generator.check.Drift;
import io.composegen.generator.check.DriftCheck;
import io.composegen.generator.docs.Diagrams;
import io.composegen.generator.docs.GraphFormat;
import io.composegen.generator.docs.ReadmeRenderer;
import io.composegen.generator.env.EnvExampleRenderer;
import io.composegen.generator.images.GeneratedImages;
import io.composegen.generator.render.ComposeTree;
import io.composegen.generator.render.LegacyCompatibility;
import io.composegen.generator.render.ReadBack;
import io.composegen.generator.render.RenderException;
import io.composegen.generator.render.TemplateEngine;
import io.composegen.generator.render.TemplateFolders;
import io.composegen.generator.render.YamlNode;
import io.composegen.generator.state.Fingerprint;
import io.composegen.generator.state.GenerationState;
import io.composegen.generator.validate.BuiltImage;
import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.ValidationException;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.generator.validate.dockerfile.DockerfileLint;
import io.composegen.generator.write.FileSetWriter;
import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.GeneratedMark.Syntax;
import io.composegen.generator.write.WriteReport;
import io.composegen.generator.write.WriteStatus;
import io.composegen.model.Stack;
import io.composegen.model.internal.Tasks;
import io.composegen.model.layer.Environments;
import io.composegen.model.layer.Layer;
import io.composegen.model.layer.Layers;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The entry point for Java users: renders a {@link Stack} to its compose files and writes them.
 *
 * <p>For a stack with layers {@code dev} and {@code prod} it writes {@code compose.yaml},
 * {@code compose.override.yaml} and {@code compose.prod.yaml} (file names are configurable on the stack and its
 * layers), {@code .env.example} when the stack reads variables, and {@code README.Docker.md}, which says how to
 * run each environment and draws it (unless {@link Builder#readme(boolean) turned off}). {@link #generate} first validates every
 * environment ({@link Validator}) and lints every generated Dockerfile ({@link DockerfileLint}), and writes nothing
 * when that fails; every file is then rendered, parsed back and checked against the model before anything is
 * written; then all files are written atomically, and only those whose content changed. With a {@link Builder#state
 * state file}, a generate whose stack and options are those of the last one, every file of which is still intact,
 * does none of that work. Instances are immutable and thread-safe; FreeMarker is configured on first use. Rendering
 * uses a second thread of the common fork-join pool for the base compose file; a {@link #render} right after a
 * {@link #validate} of the same stack instance reuses what the validation computed.
 *
 * <pre>{@code
 * WriteReport report = ComposeGenerator.create().generate(stack, Path.of("."));
 * }</pre>
 */
public final class ComposeGenerator {

  private static final String COMPOSE_TEMPLATE = "compose.yaml.ftl";

  /** Written into every fingerprint; change it when the same model and options would give other files. */
  private static final String STATE_VERSION = "composegen generate 1";

  private final Path templateFolder;
  private final boolean legacy;
  private final boolean force;
  private final boolean readme;
  private final Validator validator;
  private final String imageCreated;
  private final Path stateFile;
  private final boolean upToDateCheck;
  /** Created on first use: a generate that finds everything up to date never loads FreeMarker. */
  private volatile TemplateEngine templates;
  /**
   * The run of the last {@link #validate}, held weakly until a {@link #render} of the same stack takes it: validate
   * then render (the usual order of the calls) computes the images and environments once. Every validate computes
   * its own run, and a run is used by one render at most, so that no call is ever spared its work by an earlier one
   * but the validate just before it.
   */
  private final AtomicReference<WeakReference<Run>> validated = new AtomicReference<>(new WeakReference<>(null));

  private ComposeGenerator(Builder builder) {
    if (builder.templateFolder != null) {
      TemplateFolders.check(builder.templateFolder);
    }
    this.templateFolder = builder.templateFolder;
    this.legacy = builder.legacy;
    this.force = builder.force;
    this.readme = builder.readme;
    this.validator = builder.validator;
    this.imageCreated = builder.imageCreated;
    this.stateFile = builder.stateFile;
    this.upToDateCheck = builder.upToDateCheck;
  }

  private TemplateEngine templates() {
    TemplateEngine engine = templates;
    if (engine == null) {
      synchronized (this) {
        engine = templates;
        if (engine == null) {
          engine = templateFolder == null ? TemplateEngine.create() : TemplateEngine.withOverrides(templateFolder);
          templates = engine;
        }
      }
    }
    return engine;
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
   *     in declaration order, then {@code .env.example} when the stack reads variables or secret files, then the
   *     generated Dockerfiles and {@code .dockerignore} files, then {@code README.Docker.md} when enabled
   * @throws RenderException when a template fails
   * @throws IllegalStateException when a rendered file does not read back as the model (a bug)
   */
  public Map<String, String> render(Stack stack) {
    return render(prepareToRender(stack));
  }

  /**
   * What one run computes once for all its steps: the generated images, and the environments of the stack in plain
   * Compose terms, resolved and factored into files.
   */
  private record Run(Stack modelled, GeneratedImages.Result images, Environments plain) {

    /** Returns the environments of the stack as modelled, which differ from the plain ones only with images. */
    Environments modelledEnvironments() {
      return modelled == plain.stack() ? plain : Environments.of(modelled);
    }
  }

  private Run prepare(Stack stack) {
    Objects.requireNonNull(stack, "stack");
    GeneratedImages.Result images = GeneratedImages.resolve(stack, templates(), imageCreated);
    return new Run(stack, images, Environments.of(images.stack()));
  }

  /** Prepares the run of {@code stack} for a validate, and keeps it for a render of the same stack that follows. */
  private Run prepareToValidate(Stack stack) {
    Run run = prepare(stack);
    validated.set(new WeakReference<>(run));
    return run;
  }

  /**
   * Returns the run the last validate prepared when it was for this very stack (a stack is immutable, and so is
   * everything else a run depends on) and no render took it yet, else a new one.
   */
  private Run prepareToRender(Stack stack) {
    WeakReference<Run> last = validated.get();
    Run run = last.get();
    if (run != null && run.modelled() == stack && validated.compareAndSet(last, new WeakReference<>(null))) {
      return run;
    }
    return prepare(stack);
  }

  private Map<String, String> render(Run run) {
    Stack stack = run.images().stack();
    Stack files = run.plain().files();
    if (legacy) {
      checkLegacy(files);
    }
    // The check that the files merge back and the base file, the largest, are done on another core while this thread
    // renders the rest; what they throw is thrown first, as if they had been done first.
    String baseName = stack.effectiveBaseFileName();
    CompletableFuture<String> base = CompletableFuture.supplyAsync(() -> {
      checkFactoring(run.plain());
      return renderFile(baseName, ComposeTree.ofBase(files, legacy));
    });
    Map<String, String> out;
    try {
      out = renderRest(run, baseName);
    } catch (RuntimeException | Error e) {
      Tasks.join(base);
      throw e;
    }
    out.put(baseName, Tasks.join(base));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Renders every file but the base compose file, in the order {@link #render(Stack)} returns them, with an empty
   * text for the base file in its place.
   */
  private Map<String, String> renderRest(Run run, String baseName) {
    GeneratedImages.Result images = run.images();
    Stack files = run.plain().files();
    Map<String, String> out = new LinkedHashMap<>();
    out.put(baseName, "");
    for (Layer layer : files.layers().values()) {
      String name = layer.effectiveFileName();
      if (out.containsKey(name)) {
        throw new IllegalArgumentException("layer " + layer.name() + " renders to " + name
            + ", which another file of this stack already uses; give it another fileName");
      }
      out.put(name, renderFile(name, ComposeTree.ofLayer(layer)));
    }
    EnvExampleRenderer.Summary variables = EnvExampleRenderer.summarize(run.plain());
    renderEnvExample(variables, out);
    images.files().forEach((name, text) -> {
      if (out.putIfAbsent(name, text) != null) {
        throw new IllegalArgumentException("a generated build writes " + name
            + ", which is also a compose file of this stack; give the build another context");
      }
    });
    if (readme) {
      renderReadme(run, variables, out);
    }
    return out;
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
    return validate(prepareToValidate(stack));
  }

  /**
   * Validates as {@link #validate(Stack)} does and adds {@code more} problems found outside the model, such as
   * those {@link io.composegen.generator.imports.UnsetVariables} finds in the compose files the stack was read from;
   * acknowledgements and the threshold apply to them as to the others.
   */
  public ValidationReport validate(Stack stack, java.util.Collection<Problem> more) {
    return validate(prepareToValidate(stack), more);
  }

  private ValidationReport validate(Run run) {
    return validate(run, List.of());
  }

  private ValidationReport validate(Run run, java.util.Collection<Problem> more) {
    List<Problem> lint = new ArrayList<>(more);
    run.images().dockerfiles().forEach((file, dockerfile) -> lint.addAll(DockerfileLint.check(dockerfile, file)));
    return validator.validate(run.plain(), lint, builtImages(run.modelled()));
  }

  /**
   * Returns the images built from generated Dockerfiles, by the services that run them (their own, or another
   * service's through {@code image_of}): the plain stack the validator checks names only their build or image.
   */
  private static Map<String, BuiltImage> builtImages(Stack modelled) {
    List<Service> all = new ArrayList<>(modelled.services().values());
    modelled.layers().values().forEach(layer -> all.addAll(layer.services().values()));
    Map<String, BuiltImage> building = new TreeMap<>();
    all.forEach(s -> {
      if (s.generatedBuild() != null) {
        building.putIfAbsent(s.name(), BuiltImage.of(s.generatedBuild()));
      }
    });
    Map<String, BuiltImage> images = new TreeMap<>(building);
    all.forEach(s -> {
      if (s.imageOf() != null && building.containsKey(s.imageOf())) {
        images.putIfAbsent(s.name(), building.get(s.imageOf()));
      }
    });
    return images;
  }

  /** Adds {@code .env.example}, stamped with the generated mark, when the stack reads variables or secret files. */
  private static void renderEnvExample(EnvExampleRenderer.Summary variables, Map<String, String> out) {
    variables.text().ifPresent(text -> {
      if (out.containsKey(EnvExampleRenderer.FILE_NAME)) {
        throw new IllegalArgumentException("a compose file of this stack is named " + EnvExampleRenderer.FILE_NAME
            + ", which composegen writes the stack's variables to; give that file another name");
      }
      out.put(EnvExampleRenderer.FILE_NAME, GeneratedMark.stamp(text));
    });
  }

  /** Adds {@code README.Docker.md}, stamped with the generated mark in a Markdown comment. */
  private void renderReadme(Run run, EnvExampleRenderer.Summary variables, Map<String, String> out) {
    if (out.containsKey(ReadmeRenderer.FILE_NAME)) {
      throw new IllegalArgumentException("a compose file of this stack is named " + ReadmeRenderer.FILE_NAME
          + ", which composegen writes the stack's documentation to; give that file another name or turn the "
          + "README off");
    }
    String text = ReadmeRenderer.render(run.modelledEnvironments(), variables,
        List.copyOf(run.images().files().keySet()), out.containsKey(EnvExampleRenderer.FILE_NAME), templates());
    out.put(ReadmeRenderer.FILE_NAME, GeneratedMark.stamp(text, GeneratedMark.Syntax.MARKDOWN));
  }

  /**
   * Draws {@code environment} of {@code stack} in {@code format}, stamped with the generated mark (a Mermaid
   * {@code %%} comment after the {@code flowchart} line, a {@code #} line atop a DOT file, which Graphviz skips).
   *
   * @param environment {@link Stack#BASE} or the name of a layer; see
   *     {@link io.composegen.generator.docs.StackCommands#defaultEnvironment} for the one {@code docker compose up}
   *     runs
   * @throws IllegalArgumentException when the stack has no such environment
   */
  public String graph(Stack stack, String environment, GraphFormat format) {
    Objects.requireNonNull(stack, "stack");
    String text = Diagrams.render(stack, environment, format, templates());
    return format == GraphFormat.MERMAID
        ? GeneratedMark.stampAfterFirstLine(text, GeneratedMark.Syntax.MERMAID)
        : GeneratedMark.stamp(text, GeneratedMark.Syntax.HASH);
  }

  /**
   * Writes {@link #graph} to {@code file} as {@link #generate} writes its files: only when changed, and never over
   * a file composegen did not write or that was edited since, unless the generator forces.
   *
   * @return what happened to the file
   * @throws io.composegen.generator.write.FileConflictException when the file on disk was not generated by
   *     composegen or was edited since, and the generator does not force
   */
  public WriteReport writeGraph(Stack stack, String environment, GraphFormat format, Path file) {
    Objects.requireNonNull(file, "file");
    TreeMap<Path, String> files = new TreeMap<>();
    files.put(file, graph(stack, environment, format));
    return FileSetWriter.write(files, force);
  }

  /**
   * Validates {@code stack} as {@link #validate} does, renders every file and writes those that changed into
   * {@code directory}; with a {@link Builder#state state file} that says the stack, the options and every file are
   * those of the last run, does none of that.
   *
   * @return what happened to each file, with the backups a forced run kept; every file {@link
   *     WriteStatus#UP_TO_DATE} when nothing was done
   * @throws ValidationException when validation fails (see {@link Builder#validator}), in a compose file or a
   *     Dockerfile; nothing is written then
   * @throws io.composegen.generator.write.FileConflictException when a file on disk was not generated by
   *     composegen or was edited since, and the generator does not force; nothing is written then
   */
  public WriteReport generate(Stack stack, Path directory) {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(directory, "directory");
    String fingerprint = stateFile == null ? null : fingerprint(stack, directory);
    if (fingerprint != null && upToDateCheck) {
      Optional<GenerationState> last = GenerationState.read(stateFile);
      if (last.isPresent() && last.get().isCurrent(fingerprint, directory)) {
        List<WriteReport.Entry> entries = new ArrayList<>();
        last.get().files().keySet().forEach(name ->
            entries.add(new WriteReport.Entry(directory.resolve(name), WriteStatus.UP_TO_DATE)));
        return new WriteReport(entries);
      }
    }
    Run run = prepare(stack);
    ValidationReport report = validate(run);
    if (report.failed()) {
      throw new ValidationException(report);
    }
    Map<String, String> rendered = render(run);
    TreeMap<Path, String> files = new TreeMap<>();
    rendered.forEach((name, text) -> files.put(directory.resolve(name), text));
    WriteReport written = FileSetWriter.write(files, force);
    if (stateFile != null) {
      record(fingerprint, directory, files);
    }
    return written;
  }

  /**
   * Returns the fingerprint of what {@link #generate} would write into {@code directory}: the stack, every option
   * that changes the files or whether they are written, the user's templates, and the code of composegen itself;
   * null when the stack holds a value that cannot be fingerprinted or a template cannot be read, so that the run is
   * a full one.
   */
  private String fingerprint(Stack stack, Path directory) {
    try {
      Fingerprint fingerprint = Fingerprint.create()
          .add("version", STATE_VERSION)
          .addCode("code", ComposeGenerator.class, Stack.class)
          .add("directory", directory.toAbsolutePath().normalize().toString())
          .add("legacy", legacy)
          .add("readme", readme)
          .add("imageCreated", imageCreated)
          .add("acknowledgements", validator.acknowledgements())
          .add("failOn", validator.failOn())
          .add("templateFolder", templateFolder == null ? null : templateFolder.toAbsolutePath().toString());
      if (templateFolder != null) {
        fingerprint.addFolder("templates", templateFolder);
      }
      return fingerprint.add("stack", stack).hex();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * Records what was just written in the state file; without a fingerprint, removes the state so that no later run
   * trusts it. A state that cannot be written only costs the next run its shortcut.
   */
  private void record(String fingerprint, Path directory, TreeMap<Path, String> files) {
    try {
      if (fingerprint == null) {
        Files.deleteIfExists(stateFile);
        return;
      }
      Map<String, String> hashes = new LinkedHashMap<>();
      files.forEach((path, text) -> hashes.put(directory.relativize(path).toString(),
          Fingerprint.sha256(text.getBytes(StandardCharsets.UTF_8))));
      new GenerationState(fingerprint, hashes).write(stateFile);
    } catch (IllegalArgumentException | UncheckedIOException | IOException e) {
      // the next run renders everything again
    }
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

  /** Prints a compose file in the built-in layout, or with the user's {@code compose.yaml.ftl} when there is one. */
  private String renderFile(String fileName, YamlNode.Mapping tree) {
    if (templateFolder == null || !templates().overrides(COMPOSE_TEMPLATE)) {
      // printed as it is read back, one service's tree at a time
      StringBuilder text = ReadBack.printVerified(fileName, tree, GeneratedMark.lineLength(Syntax.HASH));
      return GeneratedMark.stampReserved(text, Syntax.HASH);
    }
    String text = GeneratedMark.stamp(templates().render(COMPOSE_TEMPLATE, Map.of("root", tree, "fileName", fileName)));
    try {
      ReadBack.verify(fileName, text, tree);
    } catch (IllegalStateException e) {
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

  private static void checkFactoring(Environments environments) {
    Stack files = environments.files();
    for (Layer layer : environments.stack().layers().values()) {
      if (!Layers.resolvesTo(files, files.layers().get(layer.name()), environments.resolved(layer.name()))) {
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
    private boolean readme = true;
    private Validator validator = Validator.create();
    private String imageCreated;
    private Path stateFile;
    private boolean upToDateCheck = true;

    private Builder() {}

    /**
     * Records in {@code file} what each successful {@link ComposeGenerator#generate} made its files from (a
     * fingerprint of the stack, the options, the user's templates and composegen's own code) and the SHA-256 of each
     * file it wrote; while both are unchanged, a later {@code generate} renders and writes nothing and reports every
     * file as {@link WriteStatus#UP_TO_DATE}. Anything else, such as a file edited or deleted since, means the full
     * run, which refuses an edited file as always. Null (the default) records nothing. A build keeps the file among
     * its outputs, such as {@code target/composegen/generate.state}.
     */
    public Builder state(Path file) {
      this.stateFile = file;
      return this;
    }

    /**
     * Whether {@link ComposeGenerator#generate} may skip the work when the {@link #state} file says nothing changed
     * (default true); false renders and checks every file, and still records the state.
     */
    public Builder upToDateCheck(boolean value) {
      this.upToDateCheck = value;
      return this;
    }

    /**
     * Labels every image built from a generated Dockerfile with {@code org.opencontainers.image.created} at
     * {@code time} (seconds precision), unless its recipe sets that label itself; null (the default) for no such
     * label. Give a fixed time, such as a release's reproducible-build timestamp: the time of each build would make
     * every build of the same sources differ.
     */
    public Builder imageCreated(Instant time) {
      this.imageCreated = time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
      return this;
    }

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
     * Whether to render and write {@code README.Docker.md} beside the compose files (default true): the services,
     * the commands that run each environment, the variables to set, and a diagram of each environment.
     */
    public Builder readme(boolean value) {
      this.readme = value;
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
