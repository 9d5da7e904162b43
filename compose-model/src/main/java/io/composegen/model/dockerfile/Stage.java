package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ComposeDuration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stage of a multi-stage Dockerfile: {@code FROM base AS name} and its instructions; immutable.
 *
 * <p>The base is either an image or a previous stage of the same Dockerfile; exactly one of {@code image} and
 * {@code baseStage} is given. Build one with {@link #builder(String)}:
 * <pre>{@code
 * Stage.builder("build").from("maven:3.9-eclipse-temurin-17").workdir("/src").copy("pom.xml", "./").build()
 * }</pre>
 *
 * @param name the stage's name: a lowercase letter, then lowercase letters, digits, {@code -}, {@code _} and
 *     {@code .}; never null
 * @param image the base image; null when the stage builds on another stage
 * @param baseStage the name of the previous stage this stage builds on; null when it builds on an image
 * @param platform the platform to pull the base for, such as {@code linux/amd64} or {@code $BUILDPLATFORM};
 *     null for the target platform
 * @param instructions the instructions after {@code FROM}, in order; never null
 */
public record Stage(String name, ImageRef image, String baseStage, String platform, List<Instruction> instructions) {

  /** The stage names Docker accepts. */
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]*");

  /** Copies the instructions and checks name, base and platform. */
  public Stage {
    Objects.requireNonNull(name, "stage.name must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("stage.name \"" + Checks.printable(name)
          + "\" must start with a lowercase letter and contain only lowercase letters, digits, '-', '_' and '.'");
    }
    if ((image == null) == (baseStage == null)) {
      throw new IllegalArgumentException("stage \"" + name + "\" needs exactly one base: an image or a previous stage");
    }
    if (baseStage != null && !NAME.matcher(baseStage).matches()) {
      throw new IllegalArgumentException("stage \"" + name + "\": baseStage \"" + Checks.printable(baseStage)
          + "\" is not a valid stage name");
    }
    if (platform != null) {
      Checks.word(platform, "stage \"" + name + "\": platform");
    }
    instructions = Copies.list(instructions, "stage \"" + name + "\": instructions");
  }

  /** Returns a builder of a stage of the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns a builder initialised with this stage, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.image = image;
    b.baseStage = baseStage;
    b.platform = platform;
    b.instructions.addAll(instructions);
    return b;
  }

  /** Returns the base as written after {@code FROM}: the image reference or the stage name. */
  public String base() {
    return image != null ? image.toString() : baseStage;
  }

  /** Returns the instructions of the given type, in order. */
  public <T extends Instruction> List<T> instructionsOf(Class<T> type) {
    return instructions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Mutable builder of {@link Stage}; not thread-safe. Each instruction method appends one instruction;
   * {@link #instructions(List)} replaces them all.
   */
  public static final class Builder {
    private final String name;
    private ImageRef image;
    private String baseStage;
    private String platform;
    private final List<Instruction> instructions = new ArrayList<>();

    Builder(String name) {
      this.name = Objects.requireNonNull(name, "stage.name must not be null");
    }

    /** Sets the base image, parsed from {@code [REGISTRY/]REPOSITORY[:TAG][@DIGEST]}; replaces a base stage. */
    public Builder from(String imageReference) {
      return from(ImageRef.parse(imageReference));
    }

    /** Sets the base image; replaces a base stage. */
    public Builder from(ImageRef reference) {
      this.image = Objects.requireNonNull(reference, "stage.image");
      this.baseStage = null;
      return this;
    }

    /** Sets a previous stage of the same Dockerfile as the base; replaces a base image. */
    public Builder fromStage(String stageName) {
      this.baseStage = Objects.requireNonNull(stageName, "stage.baseStage");
      this.image = null;
      return this;
    }

    /** Sets the platform of the base image, such as {@code linux/amd64} or {@code $BUILDPLATFORM}; null for none. */
    public Builder platform(String value) {
      this.platform = value;
      return this;
    }

    /** Replaces all instructions. */
    public Builder instructions(List<? extends Instruction> values) {
      this.instructions.clear();
      if (values != null) {
        values.forEach(this::instruction);
      }
      return this;
    }

    /** Appends one instruction. */
    public Builder instruction(Instruction instruction) {
      this.instructions.add(Objects.requireNonNull(instruction, "instruction"));
      return this;
    }

    /** Appends {@code ARG name}. */
    public Builder arg(String argName) {
      return instruction(Arg.of(argName));
    }

    /** Appends {@code ARG name=defaultValue}. */
    public Builder arg(String argName, String defaultValue) {
      return instruction(Arg.of(argName, defaultValue));
    }

    /** Appends {@code ENV name=value}. */
    public Builder env(String variable, String value) {
      return instruction(Env.of(variable, value));
    }

    /** Appends one {@code ENV} setting all the given variables, in the map's order. */
    public Builder env(Map<String, String> variables) {
      return instruction(new Env(variables));
    }

    /** Appends a shell-form {@code RUN} with the given mounts. */
    public Builder run(String commandLine, RunMount... mounts) {
      return instruction(new Run(Objects.requireNonNull(commandLine, "run"), List.of(), Arrays.asList(mounts)));
    }

    /** Appends a {@code RUN}. */
    public Builder run(Run run) {
      return instruction(run);
    }

    /** Appends {@code COPY source dest} from the build context. */
    public Builder copy(String source, String dest) {
      return instruction(Copy.of(source, dest));
    }

    /** Appends a {@code COPY}. */
    public Builder copy(Copy copy) {
      return instruction(copy);
    }

    /** Appends an {@code ADD} of remote files. */
    public Builder add(Add add) {
      return instruction(add);
    }

    /** Appends {@code WORKDIR path}. */
    public Builder workdir(String path) {
      return instruction(new Workdir(path));
    }

    /** Appends {@code USER user[:group]}. */
    public Builder user(String spec) {
      return instruction(User.parse(spec));
    }

    /** Appends {@code USER uid:gid}. */
    public Builder user(int uid, int gid) {
      return instruction(User.of(uid, gid));
    }

    /** Appends {@code EXPOSE port} (TCP). */
    public Builder expose(int port) {
      return instruction(Expose.tcp(port));
    }

    /** Appends an {@code EXPOSE}. */
    public Builder expose(Expose expose) {
      return instruction(expose);
    }

    /** Appends a {@code HEALTHCHECK}. */
    public Builder healthcheck(Healthcheck healthcheck) {
      return instruction(healthcheck);
    }

    /** Appends an exec-form {@code HEALTHCHECK} with the given timing; null leaves an option at its default. */
    public Builder healthcheck(List<String> command, ComposeDuration interval, ComposeDuration timeout,
        ComposeDuration startPeriod, Integer retries) {
      return instruction(new Healthcheck(command, interval, timeout, startPeriod, retries));
    }

    /** Appends an exec-form {@code ENTRYPOINT}. */
    public Builder entrypoint(String... args) {
      return instruction(Entrypoint.of(args));
    }

    /** Appends an exec-form {@code CMD}. */
    public Builder cmd(String... args) {
      return instruction(Cmd.of(args));
    }

    /** Appends {@code LABEL key=value}. */
    public Builder label(String key, String value) {
      return instruction(Label.of(key, value));
    }

    /** Appends one {@code LABEL} with all the given labels in the map's order; nothing if the map is empty. */
    public Builder labels(Map<String, String> labels) {
      return labels == null || labels.isEmpty() ? this : instruction(new Label(labels));
    }

    /** Appends {@code VOLUME paths}. */
    public Builder volume(String... paths) {
      return instruction(Volume.of(paths));
    }

    /** Appends {@code STOPSIGNAL signal}. */
    public Builder stopSignal(String signal) {
      return instruction(new StopSignal(signal));
    }

    /** Appends an exec-form {@code SHELL}. */
    public Builder shell(String... args) {
      return instruction(Shell.of(args));
    }

    /** Returns the immutable stage; checks its invariants. */
    public Stage build() {
      return new Stage(name, image, baseStage, platform, instructions);
    }
  }
}
