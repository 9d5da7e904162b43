package io.composegen.generator.validate;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.layer.Environments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Checks a stack in every environment it describes and reports every problem at once; immutable and thread-safe.
 *
 * <p>The environments are {@code base}, the base file as composegen writes it (read alone by
 * {@code docker compose -f compose.yaml}), and each layer resolved onto the base ({@link Stack#resolve(String)}),
 * production ones ({@link Layer#production()}) with the stricter production and Swarm rules. Each problem names
 * the file that declares the offending element and its path there; a problem found identically in several
 * environments is reported once, naming those environments unless it was found in all. Problems covered by an
 * {@link Acknowledgement} are listed as acknowledged and do not count. Problems of other files, such as the
 * Dockerfiles a stack's generated builds write, join the same report through {@link #validate(Stack, Collection)};
 * {@code ComposeGenerator.validate} passes them.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .acknowledge("watchtower", "CG203", "watchtower must control Docker to update the other containers")
 *     .failOn(Severity.WARNING)
 *     .build();
 * ValidationReport report = validator.validate(stack);
 * System.out.print(report.toText());
 * }</pre>
 */
public final class Validator {

  /** The checks, each run on every environment; production-only ones look at {@link Environment#production()}. */
  private static final List<Consumer<Environment>> CHECKS = List.of(
      ReferenceChecks::run,
      DependencyChecks::run,
      PortChecks::run,
      StructureChecks::run,
      SecurityChecks::run,
      ProductionChecks::run,
      SwarmChecks::run);

  private final List<Acknowledgement> acknowledgements;
  private final Severity failOn;

  private Validator(Builder builder) {
    this.acknowledgements = List.copyOf(builder.acknowledgements);
    this.failOn = builder.failOn;
  }

  /** Returns a validator without acknowledgements that fails on errors. */
  public static Validator create() {
    return builder().build();
  }

  /** Returns a builder of a validator with acknowledgements or another threshold. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the acknowledgements, in the order given. */
  public List<Acknowledgement> acknowledgements() {
    return acknowledgements;
  }

  /** Returns the least severity that fails a run. */
  public Severity failOn() {
    return failOn;
  }

  /** Validates every environment of {@code stack} and returns what was found; never throws for a bad stack. */
  public ValidationReport validate(Stack stack) {
    return validate(stack, List.of());
  }

  /**
   * Validates every environment of {@code stack} and adds problems found outside its compose model, such as those
   * {@link io.composegen.generator.validate.dockerfile.DockerfileLint} finds in the Dockerfiles written with it;
   * acknowledgements and the threshold apply to them as to the others. Never throws for a bad stack.
   *
   * @param more further problems, each located in its own file; a problem equal to another is reported once
   */
  public ValidationReport validate(Stack stack, Collection<Problem> more) {
    return validate(stack, more, Map.of());
  }

  /**
   * Validates as {@link #validate(Stack, Collection)} does, knowing what the images some services run do on their
   * own (as composegen knows of the Dockerfiles it generates): a {@code HEALTHCHECK} gives the service a
   * healthcheck without one in the compose file, and an image's {@code CMD} is what a service's
   * {@code entrypoint} would clear.
   *
   * @param images the images of services, by service name, for the services whose image is known; never null
   */
  public ValidationReport validate(Stack stack, Collection<Problem> more, Map<String, BuiltImage> images) {
    return validate(Environments.of(Objects.requireNonNull(stack, "stack")), more, images);
  }

  /**
   * Validates as {@link #validate(Stack, Collection, Map)} does, with the environments of the stack already
   * resolved and its layers factored, as a generation run computes them once for all its steps.
   *
   * @param resolved the stack's environments; never null
   */
  public ValidationReport validate(Environments resolved, Collection<Problem> more,
      Map<String, BuiltImage> images) {
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(more, "more");
    Map<String, BuiltImage> checked = Map.copyOf(images);
    Stack stack = resolved.stack();
    Stack files = resolved.files();
    String baseFile = stack.effectiveBaseFileName();
    List<Environment> environments = new ArrayList<>();
    environments.add(new Environment(Stack.BASE, false, files.withoutLayers(), Locator.ofBase(baseFile), checked));
    for (Layer layer : stack.layers().values()) {
      Layer written = files.layers().get(layer.name());
      environments.add(new Environment(layer.name(), layer.production(), resolved.resolved(layer.name()),
          Locator.ofLayer(baseFile, files.withoutLayers(), written), checked));
    }
    // each check of each environment collects its own problems, so they run side by side on the cores there are
    // (a single environment too) and are merged below in their order: by environment, then by check
    List<Environment> runs = new ArrayList<>(environments.size() * CHECKS.size());
    for (Environment environment : environments) {
      CHECKS.forEach(check -> runs.add(environment.anew()));
    }
    IntStream.range(0, runs.size()).parallel().forEach(i -> CHECKS.get(i % CHECKS.size()).accept(runs.get(i)));
    Map<Problem, List<String>> found = new LinkedHashMap<>();
    for (Environment environment : runs) {
      for (Problem problem : environment.problems()) {
        List<String> in = found.computeIfAbsent(problem, k -> new ArrayList<>());
        if (!in.contains(environment.name())) {
          in.add(environment.name());
        }
      }
    }
    Set<Problem> located = new LinkedHashSet<>();
    found.forEach((problem, in) -> located.add(
        problem.withEnvironments(in.size() == environments.size() ? List.of() : in)));
    more.forEach(problem -> located.add(Objects.requireNonNull(problem, "problem")));
    List<Problem> problems = new ArrayList<>();
    List<ValidationReport.Acknowledged> acknowledged = new ArrayList<>();
    for (Problem problem : located) {
      Acknowledgement by = acknowledgements.stream().filter(a -> a.covers(problem)).findFirst().orElse(null);
      if (by == null) {
        problems.add(problem);
      } else {
        acknowledged.add(new ValidationReport.Acknowledged(problem, by));
      }
    }
    return new ValidationReport(problems, acknowledged, stack.environments(), failOn);
  }

  /**
   * Validates {@code stack} and returns the report when it did not fail.
   *
   * @throws ValidationException when a problem that counts is at least as severe as {@link #failOn()}
   */
  public ValidationReport check(Stack stack) {
    ValidationReport report = validate(stack);
    if (report.failed()) {
      throw new ValidationException(report);
    }
    return report;
  }

  /** Mutable builder of {@link Validator}; not thread-safe. */
  public static final class Builder {
    private final List<Acknowledgement> acknowledgements = new ArrayList<>();
    private Severity failOn = Severity.ERROR;

    private Builder() {}

    /** Adds an acknowledgement. */
    public Builder acknowledge(Acknowledgement acknowledgement) {
      acknowledgements.add(Objects.requireNonNull(acknowledgement, "acknowledgement"));
      return this;
    }

    /** Adds an acknowledgement of problems of {@code code} about {@code service} ({@code *} for any). */
    public Builder acknowledge(String service, String code, String reason) {
      return acknowledge(new Acknowledgement(service, code, reason));
    }

    /** Replaces the acknowledgements. */
    public Builder acknowledgements(List<Acknowledgement> values) {
      acknowledgements.clear();
      values.forEach(this::acknowledge);
      return this;
    }

    /** Sets the least severity that fails a run: {@link Severity#ERROR} (the default) or a lesser one. */
    public Builder failOn(Severity value) {
      this.failOn = Objects.requireNonNull(value, "failOn");
      return this;
    }

    /** Returns the validator. */
    public Validator build() {
      return new Validator(this);
    }
  }
}
