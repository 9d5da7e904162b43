package io.composegen.generator.imports;

import io.composegen.generator.env.Interpolation;
import io.composegen.generator.env.Interpolation.Reference;
import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.RuleRegistry;
import io.composegen.model.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the variable references of compose files that Compose would replace with an empty string, or stop at: a
 * {@code ${NAME}}, {@code $NAME}, {@code ${NAME:?message}} or {@code ${NAME?message}} whose variable neither the
 * environment nor the {@code .env} file of the project folder sets (rule
 * {@link RuleRegistry#UNSET_VARIABLE CG601}).
 *
 * <p>The project folder is the folder of the first file, as for Compose. Every string value is checked where it is
 * written, keys are not (Compose interpolates values only); a reference inside a default or an alternative counts
 * only when Compose would use that default or alternative. {@code .env} is read here and nowhere else: imported
 * files keep their references as written. Stateless.
 */
public final class UnsetVariables {

  /** The file Compose reads variables from, in the project folder. */
  public static final String DOT_ENV = ".env";

  private UnsetVariables() {}

  /**
   * Returns a problem for each unset reference in {@code files}, each naming the variable and its
   * {@code file:line:column}. Files that cannot be read are skipped: reading them reports that.
   *
   * @param files the compose files, the base first, as given to {@link ComposeFileSet#read(List, Path)}
   * @param shownFrom the folder file names are shown relative to, or null to show them as given
   * @param environment the environment Compose runs in, such as {@link System#getenv()}
   */
  public static List<Problem> find(List<Path> files, Path shownFrom, Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    if (files.isEmpty()) {
      return List.of();
    }
    Variables variables = Variables.of(files, shownFrom, environment);
    List<Problem> out = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue;
      }
      if (mayHaveUnset(text, variables.isSet)) {
        variables.check(SourceLocations.scalars(ComposeFileSet.shown(file, shownFrom), text), out);
      }
    }
    return out;
  }

  /**
   * The stack read from compose files and their unset references, both from one parse of each file: what
   * {@code compose:validate -Dcompose.files=...} needs.
   *
   * @param read the stack and the problems of reading the files, as
   *     {@link ComposeFileSet#read(List, Path, JacksonYamlLoader.Limits)} gives them
   * @param unset a problem for each unset reference, as {@link #find} gives them; when some file could not be read,
   *     those of the files that could
   */
  public record Read(ReadResult<Stack> read, List<Problem> unset) {

    /** Copies the problems. */
    public Read {
      Objects.requireNonNull(read, "read");
      unset = List.copyOf(unset);
    }
  }

  /**
   * Reads {@code files} as {@link ComposeFileSet#read(List, Path, JacksonYamlLoader.Limits)} does and finds their
   * unset references as {@link #find} does, without parsing any file a second time: the YAML reader keeps the
   * strings that hold a {@code $}, with their places, as it reads them.
   *
   * @param files the compose files, the base first
   * @param shownFrom the folder file names are shown relative to, or null to show them as given
   * @param limits the YAML reader's limits
   * @param environment the environment Compose runs in, such as {@link System#getenv()}
   */
  public static Read read(List<Path> files, Path shownFrom, JacksonYamlLoader.Limits limits,
      Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    Map<String, List<SourceLocations.Scalar>> strings = new HashMap<>();
    ReadResult<Stack> read = ComposeFileSet.read(files, shownFrom, limits, strings);
    Variables variables = Variables.of(files, shownFrom, environment);
    List<Problem> out = new ArrayList<>();
    for (Path file : files) {
      variables.check(strings.getOrDefault(ComposeFileSet.shown(file, shownFrom), List.of()), out);
    }
    return new Read(read, out);
  }

  /** The variables Compose would find set for files of one project folder, and how to word what is not. */
  private static final class Variables {
    private final Predicate<String> isSet;
    private final String dotEnvShown;
    private final String hintEnd;

    private Variables(Predicate<String> isSet, String dotEnvShown, String hintEnd) {
      this.isSet = isSet;
      this.dotEnvShown = dotEnvShown;
      this.hintEnd = hintEnd;
    }

    /** Reads the {@code .env} of the folder of the first of {@code files}, the project folder. */
    static Variables of(List<Path> files, Path shownFrom, Map<String, String> environment) {
      Path project = files.get(0).toAbsolutePath().normalize().getParent();
      Path dotEnvFile = project.resolve(DOT_ENV);
      DotEnv dotEnv = new DotEnv(Set.of(), null);
      if (Files.isRegularFile(dotEnvFile)) {
        try {
          dotEnv = DotEnv.parse(Files.readString(dotEnvFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
          dotEnv = new DotEnv(Set.of(), "it is not readable UTF-8 text (" + e.getClass().getSimpleName() + ")");
        }
      }
      String dotEnvShown = ComposeFileSet.shown(dotEnvFile, shownFrom);
      Set<String> fromDotEnv = dotEnv.names();
      String hintEnd = dotEnv.error() == null ? "" : "; Compose cannot read all of " + dotEnvShown + ": "
          + dotEnv.error();
      return new Variables(name -> environment.containsKey(name) || fromDotEnv.contains(name), dotEnvShown, hintEnd);
    }

    /** Adds a problem to {@code out} for each unset reference of {@code scalars}, in order. */
    void check(List<SourceLocations.Scalar> scalars, List<Problem> out) {
      for (SourceLocations.Scalar scalar : scalars) {
        for (Reference unset : unset(scalar.value(), isSet)) {
          String name = unset.name();
          io.composegen.generator.imports.Problem.Location at = scalar.location();
          Problem problem = new Problem(at.file(), scalar.path(), RuleRegistry.UNSET_VARIABLE.severity(),
              RuleRegistry.UNSET_VARIABLE.code(), "variable " + name + " is set neither in the environment nor in "
                  + dotEnvShown + ": Compose " + (unset.modifier().isRequired()
                  ? "stops with an error" : "substitutes an empty string"),
              "add " + name + "=<value> to " + dotEnvShown + " (or export " + name + " where Compose runs), or "
                  + "give the reference a default: ${" + name + ":-<value>}" + hintEnd);
          out.add(at.line() == 0 ? problem : problem.at(at.line(), at.column()));
        }
      }
    }
  }

  /**
   * Returns false when no string of {@code text} can hold an unset reference, so that the text need not be parsed
   * again for the places of its strings: it has no {@code $}, or every reference written anywhere in it (in values,
   * keys and comments alike) names a set variable. A string's text as YAML reads it is its text as written, with
   * quotes undone and line breaks folded into spaces, neither of which makes a reference; only an escape could
   * (a double-quoted {@code \x24} is a {@code $}, in a text that holds none), so a text with a backslash, or with a
   * {@code ${...}} Compose would reject, is parsed.
   */
  static boolean mayHaveUnset(String text, Predicate<String> isSet) {
    if (text.indexOf('\\') >= 0) {
      return true;
    }
    if (!Interpolation.hasDollar(text)) {
      return false;
    }
    Interpolation.Result written = Interpolation.parse(text);
    return !written.errors().isEmpty() || written.tooDeep()
        || !written.references().stream().map(Reference::name).allMatch(isSet);
  }

  /** Returns the references of {@code value} that Compose would find unset, in order. */
  static List<Reference> unset(String value, Predicate<String> isSet) {
    Interpolation.Result parsed = Interpolation.parse(value);
    List<Reference> references = parsed.references();
    List<Reference> out = new ArrayList<>();
    // a reference is read when the one holding it is read and uses its argument, and so on out to the string
    boolean[] read = new boolean[references.size()];
    for (int i = 0; i < references.size(); i++) {
      Reference reference = references.get(i);
      int outer = parsed.enclosing().get(i); // always before i
      read[i] = outer < 0
          || read[outer] && usesArgument(references.get(outer), isSet.test(references.get(outer).name()));
      if (!read[i]) {
        continue;
      }
      boolean needsValue = reference.modifier() == Interpolation.Modifier.NONE || reference.modifier().isRequired();
      if (needsValue && !isSet.test(reference.name())) {
        out.add(reference);
      }
    }
    return out;
  }

  /** Returns true when Compose interpolates the argument of {@code outer}: a default of an unset variable, and so on. */
  private static boolean usesArgument(Reference outer, boolean set) {
    if (outer.modifier().hasDefault()) {
      return !set;
    }
    boolean alternative = outer.modifier() == Interpolation.Modifier.ALTERNATIVE_IF_NON_EMPTY
        || outer.modifier() == Interpolation.Modifier.ALTERNATIVE_IF_SET;
    return alternative && set;
  }
}
